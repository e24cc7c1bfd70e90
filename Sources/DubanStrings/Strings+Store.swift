/// What the store says when it refuses or names things.
extension Strings {
    public enum Store {
        public static let systemAccount = "系统"
        public static let calendarNoteRequired = "请写明这一天的安排依据（如：国务院办公厅通知、本市调整）"
        public static let calendarNoteTooLong = "说明不超过100个字"
        public static let calendarDayNotFound = "这一天没有本地设置"
        public static func danglingRows(_ count: Int, table: String, column: String, parent: String) -> String {
            "升级未进行：表 \(table) 有 \(count) 行的 \(column) 指向 \(parent) 中不存在的记录。数据未作任何改动，请先核对这些行"
        }
        public static let columnMappingInvalid = "列的设置无效：请为每一列选择含义"
        public static let webhookHTTPStatus = "HTTP 状态异常"
        public static func auditChanged(_ sequence: Int) -> String { "第 \(sequence) 条审计记录的内容被改动（哈希不符）" }
        public static func auditMissing(_ sequence: Int) -> String { "第 \(sequence) 条审计记录缺失" }
        public static func auditBrokenLink(_ sequence: Int) -> String { "第 \(sequence) 条审计记录与前一条的链接断开" }
        public static let planNeedsYear = "方案没有年度，请在导入时指定年度"
        public static func defaultPlanTitle(_ year: Int) -> String { "\(year)年政府工作报告责任分解方案" }
        public static let planNotFound = "方案不存在"
        public static let taskNotFound = "任务不存在"
        public static let reportNotFound = "报告不存在"
        public static let urgingNotFound = "催办不存在"
        public static let periodNotFound = "报告期不存在"
        public static let planAlreadyPublished = "方案已经发布"
        public static let planNotPublished = "方案尚未发布"
        public static let taskClosed = "任务已办结"
        public static let alreadyReviewed = "该报告已审核，不能重复审核"
        public static let returnNeedsReason = "退回报告必须写明理由"
        public static let narrativeRequired = "请填写本期工作进展"
        /// A task lit red or yellow: the report must say what is wrong and what is being done.
        public static func redNeedsWords(_ light: String) -> String {
            "这项任务当前为\(light)，请填写存在问题和下步打算（整改措施）后再报送。"
        }
        public static let alreadyAnswered = "该催办已经回复"
        public static let answerRequired = "请填写回复内容"
        public static let instructionRequired = "请填写批示内容"
        public static let amendmentNeedsReason = "目标调整必须写明理由"
        public static let messageRequired = "请填写催办内容"
        public static let notLeadUnit = "该单位不是此任务的牵头单位"
        public static let notificationNotFound = "通知不存在"
        public static let evidenceNotFound = "佐证材料不存在"
        public static func evidenceTooMany(_ count: Int, limit: Int) -> String { "佐证材料共 \(count) 个，每次最多 \(limit) 个" }
        public static func evidenceTooLarge(_ name: String, limitMB: Int) -> String { "佐证材料“\(name)”超过 \(limitMB) MB" }
        public static func evidenceType(_ name: String) -> String { "佐证材料“\(name)”的类型不允许（允许 PDF、图片、Word、Excel、文本）" }
        public static func valueForUnknownIndicator(_ id: Int) -> String { "指标 \(id) 不属于此任务" }
        public static let supervisionRulesRange = "督办规则取值超出范围：黄灯、红灯差距为1至100个百分点，达标容差0至50%，退回补正期0至30天，排名最少任务数1至50项"
        public static let ratingScaleInvalid = "评定等次须为1至10个互不相同的名称（各不超过10字），分值在0到1之间"
        public static let ratingGradeUnknown = "评定等次不在本方案的评定标准中"
        public static let ratingQualitativeOnly = "只有定性或节点任务需要评定，量化任务按指标计分"
        public static func bulletinRoundNotDue(month: Int, due: String) -> String {
            "\(month)月份进展报告\(due)截止，截止后才能起草该月通报"
        }
        public static func wholeNumberRequired(_ metric: String) -> String { "“\(metric)”按个数计，请填写整数" }
        public static let percentRange = "完成百分比应在 0 到 100 之间"
        public static let draftOnly = "方案已经发布，不能直接修改；请对任务做目标调整并写明理由"
        public static let standardRequired = "请填写工作标准"
        public static let unitNotFound = "单位不存在"
        public static let mapOnlyProposed = "只能把导入时新出现的单位并入名录中已有的单位"
        public static let mapAcrossGovernments = "不能并入其他政府的单位"
        public static let bulletinNotFound = "通报不存在"
        public static let deadlineFormat = "完成时限请写成“年-月”，如 2022-10；不限时限请留空"
        public static let leadUnitRequired = "任务至少要有一个牵头单位"
        public static let bulletinNotPublished = "该通报尚未发布"
        public static let bulletinMonth = "通报月份应为 1 到 12"
        public static let bulletinAlreadyPublished = "该版本通报已发布，不能再改；修改将生成新版本"
        public static let weightRange = "每项权重应在 0 到 100 之间"
        public static let rulesRange = "无进展期数须在 1 至 24 之间，偏离幅度须在 0 至 100 个百分点之间"
        public static let autoEscalationNote = "回复期限已过仍未回复，系统自动升级为督办单"

        // The plan editor and the directory.
        public static let planTitleRequired = "请填写方案标题"
        public static let planYearRange = "年度应为 2000 至 2100 之间的年份"
        public static let planEmpty = "方案中还没有任务，不能发布"
        public static let sectionTitleRequired = "请填写栏目名称"
        public static let sectionNotFound = "栏目不存在"
        public static let sectionNotEmpty = "栏目中还有任务，请先移走或删除这些任务"
        public static let splitNeedsTwoParts = "拆分至少需要两段：请在要拆开的位置换行"
        public static let mergeNeedsNext = "只能与同一栏目中紧接的下一行合并"
        public static let moveAtEdge = "已经在方案的最前或最后，不能再移动"
        public static let unitKindUnknown = "单位类别不正确"
        public static func notACollective(_ name: String) -> String { "“\(name)”是单个单位，不是“各街道”“相关部门”这类统称，无需指定包含的单位" }
        public static let memberNotInDirectory = "包含的单位须是本政府名录中的单个单位（不能是统称）"
        public static func tooManyMembers(_ limit: Int) -> String { "一个统称最多包含\(limit)个单位" }
        public static func collectiveUnnamed(_ name: String) -> String { "“\(name)”含义不确定，请先在名录中指定它包含哪些单位，再向其催办" }
        public static let aliasNotFound = "别称不存在"
        public static let leaderNotFound = "领导不存在"
        public static let nameRequired = "请填写名称"
        public static let nameTooLong = "名称不能超过 60 个字"
        public static func nameTaken(_ name: String) -> String { "“\(name)”已在名录中（作为单位名称或别称），不能重复" }
    }
}
