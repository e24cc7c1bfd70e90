/// 审签: a unit leader signs off the liaison's report before it reaches the office.
extension Strings {
    public enum SignOff {
        public static let heldInstead = "本级实行审签：报告已交单位领导审签，审签后才报送督查室。"
        public static let held = "报告已提交单位领导审签，审签通过后报送督查室。"
        public static let heading = "待审签的报告"
        public static let homeHeading = "待我审签"
        public static let noneWaiting = "没有待审签的报告。"
        public static let sign = "审签通过，报送督查室"
        public static let returnToLiaison = "退回修改"
        public static let noteField = "审签意见（退回时必填）"
        public static let noteRequired = "退回修改时须写明审签意见，告诉联络员要改什么。"
        public static let alreadyDecided = "这份报告已经审签或退回，不能再处理。"
        public static let notFound = "找不到这份待审签的报告"
        public static let pending = "待审签"
        public static let signed = "已审签报送"
        public static let returned = "已退回修改"
        public static let superseded = "已被新稿替代"
        public static func word(_ status: String) -> String {
            switch status {
            case "pending": pending
            case "signed": signed
            case "returned": returned
            case "superseded": superseded
            default: status
            }
        }
        public static func draftLine(period: String, author: String, at: String) -> String { "\(period)　\(author)　\(at)提交" }
        public static func signedBy(_ name: String) -> String { "审签：\(name)" }
        public static func decidedBy(_ name: String, note: String) -> String { note.isEmpty ? "审签人：\(name)" : "\(name)：\(note)" }
        public static func notifyWaiting(_ task: String) -> String { "待审签：\(task)" }
        public static func notifyReturned(_ task: String) -> String { "审签退回：\(task)" }
        public static let settingHeading = "审签"
        public static let settingLabel = "本级各单位的报告须经单位领导审签后报送督查室（经承办单位领导审签后上报）"
        public static let settingHint = "开启后，联络员提交的报告先交本单位的审签人账号审签；没有审签人账号的单位，报告仍直接报送。单位领导账号请在下方新建账号时勾选“审签人”。"
        public static let settingSave = "保存审签设置"
        public static let signerField = "审签人（单位领导，审签本单位报告）"
        public static let signerMark = "审签人"
        public static let makeSigner = "设为审签人"
        public static let unmakeSigner = "取消审签人"
        public static let signerNeedsUnit = "只有单位账号可以设为审签人。"
        public static func value(_ metric: String, _ figure: String, _ unit: String) -> String { "\(metric)：\(figure)\(unit)" }
        public static func values(_ lines: [String]) -> String { lines.joined(separator: "；") }
        public static let governmentNotFound = "找不到该政府"
    }
}
