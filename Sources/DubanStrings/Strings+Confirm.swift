/// Confirming a draft's responsibility before it is published.
extension Strings {
    public enum Confirm {
        public static let noLeadUnit = "未列出牵头单位，请补充或确认"
        public static let noLeader = "未列出分管领导，请补充或确认"
        public static func vagueUnit(_ name: String) -> String { "“\(name)”不是具体单位，请列明具体单位或确认" }
        public static func brokenName(_ name: String, parts: [String]) -> String {
            "“\(name)”像是跨行断开后连写的名称，建议拆分为\(parts.map { "“\($0)”" }.joined(separator: "和"))，请核对原件后修改或确认"
        }
        public static func brokenNameUnknown(_ name: String) -> String {
            "“\(name)”以括号开头，像是跨行断开的名称的后半部分，请核对原件补全后修改或确认"
        }
        public static func groupLeader(_ name: String) -> String { "“\(name)”不是具体领导，请列明领导姓名或确认" }
        /// A proposal, with the work it was read from: the office decides.
        public static func proposedLead(_ unit: String, example: String, exampleUnit: String, source: String) -> String {
            let short = example.count > 30 ? String(example.prefix(30)) + "…" : example
            return "建议牵头单位：\(unit)（依据：\(source)中相近任务“\(short)”由\(exampleUnit)牵头；仅供参考，请核对原件后修改或确认）"
        }
        public static let thisPlan = "本方案"
        public static func otherPlan(government: String, year: Int) -> String { "\(government)\(year)年方案" }

        public static func unconfirmedRows(_ count: Int) -> String {
            "尚有\(count)项任务的责任分工待确认（推断、缺失或不具体），请逐项修改或确认后再发布"
        }
        public static let reasonRequired = "批量确认须填写理由"
        public static let reasonTooLong = "确认理由不能超过500字"
        public static let nothingToConfirm = "没有待确认的任务"

        // The draft page.
        public static let heading = "发布前确认责任分工"
        public static func pending(_ count: Int) -> String {
            "\(count)项任务的责任分工为推断、缺失或不具体（表中黄色行）。请逐行修改，或核对后确认；确认记入操作日志。"
        }
        public static let reasonLabel = "批量确认理由"
        public static let reasonPlaceholder = "例：已与原件（盖章版）逐行核对，分工无误"
        public static let confirmAll = "全部确认"
        public static let confirmRow = "确认无误"
        public static let done = "已确认"
    }
}
