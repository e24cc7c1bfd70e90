/// 延期申请 and 目标调整申请: a unit asks, the office decides.
extension Strings {
    public enum Changes {
        public static let extensionWord = "延期申请"
        public static let targetWord = "目标调整申请"
        public static let returnWord = "退办申请"
        public static let waiveWord = "免会签申请"
        public static func waitingForParts(_ units: String) -> String {
            "本方案实行会签：配合单位\(units)尚未报送本期部分，牵头单位暂不能报送。可催请配合单位报送，或申请免会签。"
        }
        public static func partsAnswered(_ units: String) -> String { "本期已报送部分的配合单位：\(units)" }
        public static func partsMissing(_ units: String) -> String { "尚未报送本期部分的配合单位：\(units)" }
        public static func partsWaived(_ period: String) -> String { "督查室已同意\(period)免会签。" }
        public static func waiverFor(_ period: String) -> String { "免会签（\(period)）" }
        public static func tooLateToReturn(received: String, lastDay: String, window: Int) -> String {
            "退办须在收到任务（\(received)）后\(window)个工作日内提出，最晚\(lastDay)；现已过期，不能再退办。如确有困难，请申请目标调整或与督查室联系。"
        }
        public static let reassignRequired = "同意退办时须写明改派给哪个单位。"
        public static func reassignUnknown(_ name: String) -> String { "单位名录中没有“\(name)”，请先在单位名录中添加，或写名录中的名称。" }
        public static let reassignSame = "改派的单位就是申请退办的单位。"
        public static func approvedReturn(to unit: String, note: String) -> String { note.isEmpty ? "同意退办，改派给\(unit)" : "同意退办，改派给\(unit)：\(note)" }
        public static let reassignField = "改派给（单位）"
        public static func reassigned(_ unit: String) -> String { "已改派给\(unit)" }
        public static func returnWindow(lastDay: String) -> String { "如这项任务不属本单位职责，可在\(lastDay)前申请退办。" }
        public static let evidenceField = "佐证材料（可选，可多个）"
        public static let pending = "待审批"
        public static let approved = "已同意"
        public static let refused = "不同意"

        public static func alreadyPending(_ kind: String) -> String { "这项任务已有一份\(kind)在等待督查室审批，请等审批后再申请。" }
        public static func tooLate(deadline: String, lastDay: String, notice: Int) -> String {
            "申请须在完成时限（\(deadline)）前至少\(notice)个工作日提出，最晚\(lastDay)；现已过期，不能再申请。"
        }
        public static func limitReached(_ limit: Int) -> String {
            limit == 0 ? "本方案不接受延期申请。" : "这项任务已获准延期\(limit)次，达到本方案的上限，不能再申请。"
        }
        public static let newDeadlineRequired = "请填写申请延至的月份（如 2022-12）。"
        public static func notLater(_ deadline: String) -> String { "申请延至的月份须晚于现在的完成时限（\(deadline)）。" }
        public static let reasonRequired = "请写明申请理由。"
        public static let targetRequired = "请写明调整后的目标（工作标准）。"
        public static let decisionReasonRequired = "不同意时须写明理由。"
        public static let badMonth = "月份应写成 2022-12 的形式。"
        public static let notFound = "找不到这份申请。"
        public static let alreadyDecided = "这份申请已经审批过了。"
        public static func approvedReason(_ kind: String, reason: String) -> String { "同意\(kind)：\(reason)" }

        public static func notifyApplied(_ kind: String, task: String) -> String { "\(task)：收到\(kind)" }
        public static func notifyDecided(_ kind: String, status: String, task: String) -> String { "\(task)：\(kind)\(status)" }

        // The task page
        public static let heading = "延期与目标调整申请"
        public static let none = "暂无申请。"
        public static let applyHeading = "提出申请"
        public static let kindField = "申请类型"
        public static let deadlineField = "申请延至（月份）"
        public static let targetField = "调整后的目标"
        public static let reasonField = "申请理由"
        public static let submit = "提交申请"
        public static let approve = "同意"
        public static let refuse = "不同意"
        public static let decisionDeadlineField = "批准延至（可改）"
        public static let decisionNoteField = "审批意见"
        public static func currentDeadline(_ deadline: String, lastDay: String) -> String {
            "现完成时限：\(deadline)；最晚可于\(lastDay)前申请。"
        }
        public static func requestLine(kind: String, status: String, by: String, at: String) -> String { "\(kind)（\(status)）· \(by) · \(at)" }
        public static func requestedDeadline(_ month: String) -> String { "申请延至\(month)" }
        public static func requestedTarget(_ text: String) -> String { "调整为：\(text)" }
        public static func decision(_ note: String, by: String) -> String { "审批意见：\(note)（\(by)）" }
        public static func grantedDeadline(_ month: String) -> String { "批准延至\(month)" }
    }
}
