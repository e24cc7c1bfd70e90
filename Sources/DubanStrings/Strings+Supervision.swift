/// What the supervision rules say: permission refusals, periods, lights, urging.
extension Strings {
    public enum Supervision {
        /// A number as people write it: at most one decimal, no trailing `.0`.
        public static func number(_ value: Double) -> String {
            guard value.isFinite else { return "\(value)" }
            let rounded = (value * 10).rounded() / 10
            if rounded == rounded.rounded(), abs(rounded) < 1e15 { return "\(Int(rounded))" }
            return "\(rounded)"
        }

        public static func percent(_ value: Double) -> String { "\(number(value))%" }

        /// A figure with its unit as a plan writes it: `400亿元`, `1.2万平方米`, `37个`.
        public static func quantity(_ value: Double, _ unit: String) -> String {
            let magnitude = abs(value)
            if magnitude >= 1e8, unit != "%" { return number(value / 1e8) + "亿" + unit }
            if magnitude >= 1e4, ["元", "美元", "平方米", "立方米", "吨", "千瓦"].contains(unit) { return number(value / 1e4) + "万" + unit }
            return number(value) + unit
        }

        public static func month(_ year: Int, _ month: Int) -> String { "\(year)年\(month)月" }
        public static func monthDay(_ month: Int, _ day: Int) -> String { "\(month)月\(day)日" }
        /// `3月`, a period named within its year.
        public static func monthOnly(_ month: Int) -> String { "\(month)月" }
        /// `2022年3月`, `2022年第一季度`.
        public static func inYear(_ year: Int, _ period: String) -> String { "\(year)年\(period)" }

        /// 第一季度 … 第四季度.
        public static func quarter(_ index: Int) -> String {
            let names = ["一", "二", "三", "四"]
            return "第\((1...4).contains(index) ? names[index - 1] : "\(index)")季度"
        }

        public enum Roles {
            public static let admin = "系统管理员"
            public static let supervisor = "督查室"
            public static let leader = "区领导"
            public static let unit = "单位联络员"
            public static let viewer = "查看账号"
        }

        /// Verb phrases, so a refusal reads "区领导无权审核报告".
        public enum Actions {
            public static let readPlan = "查看方案"
            public static let readTask = "查看任务"
            public static let readAudit = "查看操作记录"
            public static let importPlan = "导入方案"
            public static let editPlan = "编辑方案"
            public static let publishPlan = "发布方案"
            public static let amendTask = "调整任务"
            public static let acknowledgeTask = "签收任务"
            public static let editWorkItems = "编辑二次分解"
            public static let submitReport = "提交进展报告"
            public static let contributeReport = "填报配合情况"
            public static let signOffReport = "审签本单位报告"
            public static let reviewReport = "审核报告"
            public static let urge = "发起催办"
            public static let answerUrging = "回复催办"
            public static let escalateUrging = "升级督办"
            public static let writeInstruction = "作出批示"
            public static let closeTask = "办结销号"
            public static let manageDirectory = "管理单位名录"
            public static let manageAccounts = "管理账号"
            public static let manageGovernments = "管理政府"
            public static let manageCalendar = "维护节假日安排"
            public static let publishBulletin = "发布通报"
            public static let runAssessment = "开展考核"
            public static let readNotifications = "查看通知"
            public static let enterSheetReports = "录入填报表"
            public static let requestChange = "提出延期或目标调整申请"
            public static let linkLevels = "办理上下级任务对接"
            public static let setBurdenCeiling = "设定报送上限"
        }

        public enum Denial {
            public static let notSignedIn = "请先登录"
            public static let noGovernment = "账号未关联政府，无权访问"
            public static let otherGovernment = "该事项属于其他政府，无权访问"
            public static let notPublished = "方案尚未发布"
            public static let noUnit = "账号未关联单位"
            public static let otherUnit = "不能代其他单位办理报告或催办"
            public static let notTaskUnit = "本单位不是该任务的牵头或配合单位"
            public static let signerOnly = "只有单位领导（审签人）账号可以审签本单位报告"
            public static let leaderOnly = "只有区领导可以作出批示"
            public static func roleCannot(role: String, action: String) -> String { "\(role)无权\(action)" }
            public static func unitOnly(action: String) -> String { "只有责任单位可以\(action)" }
            public static func leadOnly(action: String) -> String { "只有牵头单位可以\(action)" }
        }

        public enum Lights {
            public static let green = "绿灯"
            public static let yellow = "黄灯"
            public static let red = "红灯"
            public static let done = "已办结"
            public static let pending = "未到期"

            public static let closed = "已办结销号"
            public static let nothingDue = "尚无到期的进展报告"
            /// `截至8月底应完成66.7%，实际30%`: the sentence names the date its 序时 is read at.
            public static func behind(by clock: String, expected: Double, actual: Double) -> String {
                "截至\(clock)应完成\(percent(expected))，实际\(percent(actual))"
            }
            public static func endOfMonth(_ month: Int) -> String { "\(month)月底" }
            public static func stale(_ since: String) -> String { "最近数据：\(since)" }
            public static func staleAwaitingReview(_ since: String) -> String { "最近数据：\(since)（新一期报告待审核）" }
            public static func inCorrection(until: String) -> String { "报告已退回修改，\(until)前重新报送仍按时" }
            public static func pastDeadline(year: Int, month: Int) -> String {
                "已过完成时限（\(Supervision.month(year, month))）"
            }
            public static func reportMissing(period: String, daysPastGrace: Int) -> String {
                "\(period)报告逾期未报（已超过宽限期\(daysPastGrace)天）"
            }
            public static func reportOverdue(period: String, days: Int, graceEnds: String) -> String {
                "\(period)报告已逾期\(days)天，请于\(graceEnds)前补报"
            }
            public static func reportLate(period: String, days: Int) -> String { "\(period)报告为补报（逾期\(days)天）" }
            public static let returnedNotResubmitted = "退回的报告尚未重新提交"
            public static func urgingOverdue(_ count: Int) -> String {
                count > 1 ? "催办逾期未回复（\(count)件）" : "催办逾期未回复"
            }
            public static func urgingOpen(_ count: Int) -> String {
                count > 1 ? "有\(count)件催办待回复" : "有催办待回复"
            }
        }

        public enum Progress {
            public static func exceedsCap(metric: String, reported: String, cap: String) -> String {
                "\(metric)\(reported)，超过控制目标\(cap)"
            }
            public static func notReported(metric: String) -> String { "“\(metric)”本期未填报" }
            public static func requiredBlank(metric: String) -> String { "“\(metric)”本期未填报，报告不完整" }
            public static func belowTarget(metric: String, reported: String, target: String) -> String {
                "\(metric)\(reported)，低于目标\(target)"
            }
            public static func milestoneReached(metric: String, figure: String) -> String { "\(metric)已达\(figure)" }
        }

        public enum Urging {
            public static let open = "待回复"
            public static let answered = "已回复"
            public static let overdue = "逾期未回复"
            public static let escalated = "已升级督办"
        }
    }
}
