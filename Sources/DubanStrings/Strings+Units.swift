/// `duban units`: the directory, 一单位一清单 and 一领导一清单.
extension Strings {
    public enum Units {
        public static let jsonHelp = "以 JSON 输出单位目录、统称与清单"
        public static let directoryHelp = "单位目录文件（JSON）：补充别名、类别和统称的成员"

        public static func kindName(_ kind: String) -> String {
            switch kind {
            case "department": "部门"
            case "town": "镇、街道"
            case "park": "园区"
            case "company": "国有企业"
            case "collective": "统称"
            default: "其他单位"
            }
        }

        public static func heading(government: String?, year: Int?, units: Int, leaders: Int) -> String {
            let who = government ?? "（发文机关未知）"
            let when = year.map { "\($0)年" } ?? "（年度未知）"
            return "\(who) \(when)：单位 \(units) 个，领导 \(leaders) 位"
        }

        public static func kindHeading(_ kind: String, count: Int) -> String { "【\(kindName(kind))】\(count) 个" }

        public static func unit(_ name: String, lead: Int, coop: Int) -> String { "  \(name)：牵头 \(lead) 项，配合 \(coop) 项" }
        public static func aliases(_ names: [String]) -> String { "    又称：\(names.joined(separator: "、"))" }
        public static let unrecognised = "    （名称不像任何一类单位，请核对）"
        public static func leadList(_ tasks: String) -> String { "    牵头：\(tasks)" }
        public static func coopList(_ tasks: String) -> String { "    配合：\(tasks)" }
        public static func via(_ name: String) -> String { "（经“\(name)”）" }

        public static let collectivesHeading = "【统称】"
        public static func collective(_ name: String, members: [String], configured: Bool) -> String {
            let source = configured ? "（按目录文件）" : ""
            return "  \(name) → \(members.joined(separator: "、"))\(source)"
        }
        public static func collectiveNeedsPerson(_ name: String, membership: Bool) -> String {
            "  \(name) → " + (membership ? "需要在单位目录文件中列出成员单位" : "需要人工指定具体单位")
        }
        public static func collectiveTasks(lead: Int, coop: Int) -> String { "    出现在：牵头 \(lead) 项，配合 \(coop) 项" }

        public static let compositesHeading = "【拆开理解的名称】"
        public static func composite(_ name: String, parts: [String]) -> String {
            "  \(name) → \(parts.joined(separator: " + "))（名称疑似跨行断开，请确认）"
        }

        public static let leadersHeading = "【领导】一领导一清单"
        public static func leader(_ name: String, count: Int, isTitle: Bool) -> String {
            "  \(name)\(isTitle ? "（职务）" : "")：\(count) 项"
        }
        public static func leaderList(_ tasks: String) -> String { "    \(tasks)" }

        public static func configUnreadable(_ path: String) -> String { "无法读取单位目录文件：\(path)" }
        public static func configInvalid(_ path: String) -> String { "单位目录文件不是有效的 JSON 目录：\(path)" }
    }
}
