/// The year-end account (政府工作报告目标任务完成情况对照表): its title and headers, the status
/// words, and the sentences that give each row's reason.
extension Strings {
    public enum YearEnd {
        /// `常州市2022年《政府工作报告》目标任务完成情况对照表`: `place` is the government's name
        /// without 人民政府; without one, the title starts at the year.
        public static func title(year: Int, place: String) -> String {
            "\(place)\(year)年《政府工作报告》目标任务完成情况对照表"
        }
        /// The ending a government's name drops to name its place (常州市人民政府 → 常州市).
        public static let governmentSuffix = "人民政府"

        public static let downloadWord = "完成情况对照表（Word）"
        public static let downloadExcel = "完成情况对照表（Excel）"
        public static let completed = "完成"
        public static let basicallyCompleted = "基本完成"
        public static let notCompleted = "未完成"
        public static let notJudged = "待判定"

        // The column headers. The importer reads 目标任务 as the work standard and 牵头单位 as the
        // lead units; the other three are notes it leaves alone, so the table reads back as the plan.
        public static let columnNumber = "序号"
        public static let columnTask = "目标任务"
        public static let columnLeadUnits = "牵头单位"
        public static let columnYearEnd = "年末完成情况"
        public static let columnStatus = "完成等次"
        public static let columnReason = "说明"
        public static let sheetName = "完成情况对照表"

        /// `新增高新技术企业92家，目标100家，完成92%`.
        public static func cumulative(metric: String, reported: String, target: String, share: String) -> String {
            "\(metric)\(reported)，目标\(target)，完成\(share)"
        }
        /// `地区生产总值增长6.6%，目标6.5%左右`.
        public static func levelMet(metric: String, reported: String, target: String) -> String {
            "\(metric)\(reported)，目标\(target)"
        }
        /// Below target, but within the tolerance the lights allow.
        public static func levelNear(metric: String, reported: String, target: String) -> String {
            "\(metric)\(reported)，略低于目标\(target)"
        }
        public static func levelShort(metric: String, reported: String, target: String) -> String {
            "\(metric)\(reported)，低于目标\(target)"
        }
        /// `PM2.5浓度33微克/立方米，控制在35微克/立方米以内`.
        public static func capKept(metric: String, reported: String, cap: String) -> String {
            "\(metric)\(reported)，控制在\(cap)"
        }
        public static func capBroken(metric: String, reported: String, cap: String) -> String {
            "\(metric)\(reported)，超过控制目标\(cap)"
        }
        /// One counted indicator left blank while others were reported.
        public static func metricNotReported(_ metric: String) -> String { "“\(metric)”未报年末数据，需督查室判定" }

        // A target with the bound the plan states.
        public static func approximately(_ figure: String) -> String { "\(figure)左右" }
        public static func atLeast(_ figure: String) -> String { "\(figure)以上" }
        public static func above(_ figure: String) -> String { "超过\(figure)" }
        public static func atMost(_ figure: String) -> String { "\(figure)以内" }
        public static func below(_ figure: String) -> String { "\(figure)以下" }

        /// `地区生产总值增长6.6%`: one reported figure, as the year-end column shows it.
        public static func figure(metric: String, value: String) -> String { "\(metric)\(value)" }
        /// `完成进度95%`.
        public static func percentComplete(_ percent: String) -> String { "完成进度\(percent)" }
        public static let closed = "已办结"
        /// `评定等次为“良好”`.
        public static func rated(_ grade: String) -> String { "评定等次为“\(grade)”" }

        // No year-end data: the office must judge the row itself.
        public static let noFigures = "未报年末数据，需督查室判定"
        public static let noFiguresClosed = "任务已办结，但未报年末数据，需督查室判定"
        public static let noProgress = "未报年末进展，需督查室判定"
        public static let unrated = "待评定，需督查室判定"
        /// The year-end column of a row nothing was reported for.
        public static let nothingReported = "未报送"

        /// Between the figures or findings of one row.
        public static let separator = "；"
        /// Where a long progress text is cut.
        public static let ellipsis = "…"
    }
}
