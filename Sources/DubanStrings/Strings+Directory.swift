/// The directory's administration pages.
extension Strings {
    public enum Directory {
        public static let manage = "维护"
        public static func manageUnit(_ name: String) -> String { "维护“\(name)”" }
        public static let unitTitle = "单位维护"
        public static let membersTitle = "包含的单位"
        public static func membersSource(_ source: String, count: Int) -> String {
            switch source {
            case "office": return "由督查室指定，共\(count)个单位。"
            case "rule": return "按名称和单位类别自动包含，共\(count)个单位。如与实际不符，请在下方指定。"
            default: return "名称含义不确定，尚未指定包含哪些单位：以它为牵头或配合的任务不会出现在任何单位的清单中，也无法向其催办。"
            }
        }
        public static let membersChoose = "指定包含的单位"
        public static let membersHint = "勾选后，这些单位在清单、提醒、催办和考核中都视同被点名；全部不勾选则恢复按名称自动包含。"
        public static let saveMembers = "保存包含的单位"
        public static let aliases = "别称"
        public static let aliasesHint = "文件里写法不同的名称（如“资规分局”之于“资源规划分局”）。导入时按别称认出单位。"
        public static let noAliases = "暂无别称"
        public static let newAlias = "新增别称"
        public static let addAlias = "添加别称"
        public static let removeAlias = "删除"
        public static func removeAliasLabel(_ alias: String) -> String { "删除别称“\(alias)”" }
        public static let name = "名称"
        public static let kind = "类别"
        public static let renameHint = "改名后，旧名称自动保留为别称，今后导入写旧名的文件仍能认出本单位。"
        public static let saveUnit = "保存单位"
        public static let addUnit = "新增单位"
        public static let kindAuto = "按名称自动判断"
        public static let addLeader = "新增领导"
        public static let leaderName = "姓名"
        public static func renameLeaderLabel(_ name: String) -> String { "“\(name)”的姓名" }
        public static let saveLeader = "保存"
        public static let pending = "（待确认）"
        public static let unitList = "一单位一清单"
        public static let leaderList = "一领导一清单"
        public static let backToDirectory = "返回单位目录"
    }
}
