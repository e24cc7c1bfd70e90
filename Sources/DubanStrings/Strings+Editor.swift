/// The import wizard's correction step and the draft editor.
extension Strings {
    public enum Editor {
        public static let editTask = "修改任务"
        public static let edit = "修改"
        public static let rowWarnings = "需确认"
        public static let standard = "工作标准"
        public static let deadline = "完成时限"
        public static let leadUnits = "牵头单位（多个用“、”分隔）"
        public static let deadlineHint = "写成“年-月”，如 2022-10；不限时限请留空。"
        public static let coopUnits = "配合单位（多个用“、”分隔）"
        public static let leaders = "分管领导（多个用“、”分隔）"
        public static let save = "保存修改"
        public static let deleteTask = "删除此行"
        public static let deleteConfirm = "确定删除此行？草稿中的这一行将被移除（审计记录保留）。"
        public static let addAfter = "在此行后新增一行"
        public static let addTask = "新增任务"
        public static let mapUnits = "新出现的单位"
        public static let mapHint = "这些名称不在单位名录中。如果是名录中某个单位的别称，请选择并入；否则发布时将作为新单位加入名录。"
        public static let mapInto = "并入"
        public static let keepAsNew = "作为新单位"
        public static let map = "确定"
        public static func moreRowWarnings(_ count: Int) -> String { "另有 \(count) 条需确认的提示，见下表中标黄的行。" }
        public static let backToPlan = "返回方案"
        public static let draftOnlyNote = "方案发布后，修改工作标准、时限或责任单位须做目标调整并写明理由。"
    }
}
