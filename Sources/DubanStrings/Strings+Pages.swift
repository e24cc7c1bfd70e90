/// Every word the web pages show.
extension Strings {
    public enum Pages {
        public static let government = "政府"
        public static func sinceLastMonth(_ delta: Int) -> String { delta == 0 ? "较上月持平" : delta > 0 ? "较上月 +\(delta)" : "较上月 −\(-delta)" }
        public static let turnedRed = "本月新亮红灯"
        public static let leftRed = "本月摘掉红灯"
        public static func andMore(_ count: Int) -> String { "等，另有 \(count) 项" }
        public static let yearIfMissing = "年度（文档未写明时填写）"
        public static func unitListTitle(_ name: String) -> String { "\(name) · 一单位一清单" }
        public static func leaderListTitle(_ name: String) -> String { "\(name) · 一领导一清单" }
        public static let closeConfirm = "确认办结此任务？"
        public static func tier(_ tier: String?) -> String { tier == "stretch" ? "（力争）" : tier == "committed" ? "（确保）" : "" }
        public static func yearMonth(_ year: Substring, _ month: Int) -> String { "\(year)年\(month)月" }
        public static let appName = "督办"
        public static let appFullName = "政府工作报告督办系统"
        public static let login = "登录"
        public static let logout = "退出"
        public static let username = "用户名"
        public static let password = "密码"
        public static let home = "首页"
        public static let plans = "方案"
        public static let myTasks = "我的任务"
        public static let importPlan = "导入方案"
        public static let notifications = "通知"
        public static let directory = "单位目录"
        public static let accounts = "账户"
        public static let search = "搜索"
        public static let filter = "筛选"
        public static let all = "全部"
        public static let task = "任务"
        public static let standard = "工作标准"
        public static let leaders = "分管领导"
        public static let leadUnits = "牵头单位"
        public static let coopUnits = "配合单位"
        public static let deadline = "完成时限"
        public static let yearEnd = "年底"
        public static let light = "状态"
        public static let reasons = "原因"
        public static let kind = "类型"
        public static let section = "分组"
        public static let indicators = "指标"
        public static let target = "目标值"
        public static let reports = "进展报告"
        public static let urgings = "催办督办"
        public static let instructions = "领导批示"
        public static let history = "调整记录"
        public static let audit = "操作记录"
        public static let workItems = "二次分解"
        public static let acknowledge = "签收"
        public static let acknowledged = "已签收"
        public static let notAcknowledged = "未签收"
        public static let submitReport = "提交进展报告"
        public static let period = "报告期"
        public static let narrative = "本期工作进展"
        public static let percentComplete = "完成百分比（里程碑类）"
        public static let problems = "存在问题"
        public static let nextSteps = "下步打算"
        public static let evidence = "佐证材料"
        public static let submit = "提交"
        public static let accept = "通过"
        public static let returnReport = "退回"
        public static let returnReason = "退回理由"
        public static let urge = "催办"
        public static let urgeMessage = "催办内容"
        public static let replyBy = "回复期限"
        public static let answer = "回复"
        public static let answerText = "回复内容"
        public static let escalate = "升级为督办单"
        public static let instruct = "写批示"
        public static let instructionText = "批示内容"
        public static let close = "办结销号"
        public static let amend = "目标调整"
        public static let amendReason = "调整理由"
        public static let amendOverCeiling = "超过报送上限仍调整"
        public static let newText = "调整后的工作标准"
        public static let upload = "上传"
        public static let chooseFile = "方案文件（.docx .xlsx .csv .txt）"
        public static let publish = "发布方案"
        public static let draft = "草稿"
        public static let published = "已发布"
        public static let warnings = "导入提示"
        public static let findings = "检查发现"
        public static let proposedUnits = "新出现的单位（发布时确认）"
        public static let noTasks = "暂无任务"
        public static let noReports = "暂无报告"
        public static let none = "无"
        public static let expected = "应完成"
        public static let judgedBy = "判断方式"
        public static let judgedAsItStands = "按指标现值与目标比较（增速、比率、控制性指标不按序时进度折算）"
        public static let subscribeCalendar = "订阅报送日历（ICS，可导入手机或 Outlook 日历）"
        /// The audit trail's action codes as a clerk reads them.
        public static func auditAction(_ code: String) -> String {
            let names: [String: String] = [
                "account.create": "创建账户", "account.enable": "启用账户", "account.disable": "停用账户", "bulletin.draft": "起草通报", "bulletin.edit": "修改通报",
                "bulletin.publish": "发布通报",
                "draft.task.add": "草稿新增任务", "draft.task.delete": "草稿删除任务", "draft.task.edit": "草稿修改任务",
                "draft.unit.map": "单位并入名录", "government.create": "创建政府", "government.webhook": "设置群机器人",
                "login": "登录", "login.failed": "登录失败", "audit.keyed": "启用审计密钥", "notification.read": "通知标为已读", "logout": "退出", "plan.import": "导入方案",
                "plan.publish": "发布方案",
                "report.submit": "提交报告", "report.accept": "审核通过", "report.return": "退回报告",
                "task.acknowledge": "签收", "task.workItems": "二次分解", "task.amend": "目标调整", "task.close": "办结",
                "task.instruct": "领导批示", "token.create": "创建令牌", "urging.answer": "回复催办", "urging.create": "催办",
                "urging.escalate": "升级为督办单", "assessment.weights": "修改考核权重", "inspection.rules": "修改督查规则",
                "plan.create": "起草空白方案", "draft.task.split": "草稿拆分任务", "draft.task.merge": "草稿合并任务",
                "draft.task.move": "草稿移动任务", "draft.section.add": "草稿新增栏目", "draft.section.rename": "草稿栏目改名",
                "draft.section.delete": "草稿删除栏目", "directory.unit.add": "名录新增单位", "directory.unit.change": "名录修改单位",
                "directory.alias.add": "名录新增别称", "directory.alias.remove": "名录删除别称", "directory.leader.add": "名录新增领导",
                "directory.leader.rename": "名录领导改名", "import.columns": "指定导入表格的列",
                "change.apply": "提出延期或目标调整申请", "change.approve": "同意申请", "change.refuse": "不同意申请",
                "sheet.upload": "上传填报表", "sheet.confirm": "确认导入填报表",
                "report.hold": "提交单位领导审签", "report.sign_off": "审签通过并报送", "report.sign_off.return": "审签退回",
                "government.sign_off": "设置审签", "account.signer": "设为审签人", "account.signer.remove": "取消审签人",
            ]
            return names[code] ?? code
        }
        public static func needsWords(_ light: String) -> String { "本任务当前为\(light)：存在问题和下步打算（整改措施）必须填写。" }
        public static let unitColumn = "单位"
        public static let kindColumn = "类别"
        public static let listColumn = "清单"
        public static let publicTaskNote = "进展报告、催办、领导批示和操作记录仅对登录用户显示。"
        public static let escalateNote = "督办意见"
        public static let signIn = "登录"
        public static let mainNavigation = "主导航"
        public static func unitKind(_ kind: String) -> String {
            switch kind {
            case "department": "部门"
            case "town": "街道（镇）"
            case "park": "园区"
            case "company": "国有企业"
            case "collective": "集合称谓"
            default: "其他"
            }
        }
        public static let critique = "审核提示"
        public static let searchHint = "任务、单位或领导（任意几个字）"
        public static func searchSummary(tasks: Int, units: Int, leaders: Int) -> String { "找到任务 \(tasks) 项、单位 \(units) 个、领导 \(leaders) 位" }
        public static func predecessor(_ year: Int) -> String { "\(year)年对应任务" }
        public static func similarity(_ value: Double) -> String { "文字相似度\(Int((value * 100).rounded()))%" }
        /// Where last year's matching task comes from: 常州市钟楼区…方案，文字相似度82%.
        public static func predecessorSource(_ planTitle: String, similarity value: Double) -> String {
            "\(planTitle)，\(similarity(value))"
        }
        public static let noSection = "（未分部分）"
        public static let chartsBySection = "各部分红黄绿灯"
        public static let chartsUnitLeague = "牵头单位进度排名（绿灯与已办结占比）"
        public static let chartsCompletion = "各部分完成进度（实际与序时）"
        public static func chartCompletion(_ sections: Int) -> String { "\(sections) 个部分的平均实际完成进度与序时进度" }
        public static func completionLine(actual: Int, expected: Int, measured: Int, total: Int) -> String {
            measured == 0 ? "序时 \(expected)% · \(total) 项均无进度数据" : "实际 \(actual)% · 序时 \(expected)% · \(measured)/\(total) 项有进度"
        }
        public static let expectedMark = "序时进度"
        public static let chartsTrajectory = "进度曲线（序时进度与实际）"
        public static func chartLightsBySection(_ sections: Int) -> String { "\(sections) 个部分的任务按红黄绿灯统计" }
        public static let chartUnitLeague = "牵头单位按绿灯与已办结任务占比排名"
        public static func chartPoint(_ period: String, expected: Double, actual: Double) -> String {
            "\(period)：应完成\(Int(expected.rounded()))%，实际\(Int(actual.rounded()))%"
        }
        public static let chartNoActual = "尚无已通过审核的进度报告"
        public static let actual = "实际完成"
        public static let overview = "总体情况"
        public static let reviewQueue = "待审核报告"
        public static let openUrgings = "未回复的催办"
        public static let dueThisPeriod = "本期应报"
        public static let returnedReports = "被退回的报告"
        public static let urgingsToAnswer = "待回复的催办"
        public static let noticesForMe = "督办单"
        public static let lead = "牵头"
        public static let coop = "配合"
        public static let version = "版本"
        public static let late = "补报"
        public static let status = "状态"
        public static let submittedAt = "提交时间"
        public static let unread = "未读"
        public static let markRead = "标为已读"
        public static let back = "返回"
        public static let valueNotNumber = "指标数值必须是数字"
        public static let publicView = "公开方案"
        public static let markAllRead = "全部标为已读"
        public static func tasksCount(_ n: Int) -> String { "\(n) 项任务" }
        public static func versionLabel(_ n: Int) -> String { "第\(n)版" }
        public static func reportStatus(_ status: String) -> String {
            switch status {
            case "submitted": "待审核"
            case "accepted": "已通过"
            case "returned": "已退回"
            case "superseded": "已被新版本取代"
            default: status
            }
        }
        public static func kindName(_ kind: String) -> String {
            switch kind {
            case "quantitative": "量化"
            case "milestone": "节点"
            case "qualitative": "定性"
            default: kind
            }
        }
        public static func roleName(_ role: String) -> String {
            switch role {
            case "admin": "系统管理员"
            case "supervisor": "督查室"
            case "leader": "区领导"
            case "unit": "单位联络员"
            case "viewer": "查阅"
            default: role
            }
        }
        public static func done(_ what: String) -> String {
            switch what {
            case "ack": "已签收"
            case "report": "报告已提交"
            case "review": "审核已保存"
            case "urge": "催办已发出"
            case "answer": "回复已提交"
            case "escalate": "已升级为督办单"
            case "instruct": "批示已保存"
            case "close": "任务已办结"
            case "amend": "目标调整已保存"
            case "publish": "方案已发布"
            case "confirm": "已确认，记入操作日志"
            case "rate": "评定已保存"
            case "edit": "修改已保存"
            case "delete": "已删除"
            case "add": "已新增一行"
            case "map": "已并入名录中的单位"
            case "bulletin": "通报已发布，内容已固定"
            case "account": "账户已保存"
            case "split": "已拆分为多行"
            case "merge": "已与下一行合并"
            case "move": "已移动"
            case "section": "栏目已保存"
            case "created": "空白方案已建立，请逐栏新增任务"
            case "unit": "单位已保存"
            case "alias": "别称已保存"
            case "leader": "领导已保存"
            case "change-apply": "申请已提交，等待督查室审批"
            case "change-decide": "审批已保存"
            case "report-held": "报告已提交单位领导审签，审签通过后报送督查室"
            case "signed": "已审签，报告已报送督查室"
            case "sign-return": "已退回联络员修改"
            case "sign-off": "审签设置已保存"
            case "pass-down": "已下达"
            case "propose": "对接建议已生成"
            case "link-confirm": "已确认对接，本级报告将同时回应上级任务"
            case "link-reject": "已否决该对接建议"
            case "link-move": "已改为对接所选上级任务"
            case "place": "已指定本级任务承接"
            case "parent": "上级政府已保存"
            case "carry": "所选任务已结转到本方案"
            case "inspection-issued": "本季督查清单已下发，各牵头单位已收到督查通知"
            case "weights": "权重已保存，比率类指标按权重加权平均"
            default: "已保存"
            }
        }
    }
}
