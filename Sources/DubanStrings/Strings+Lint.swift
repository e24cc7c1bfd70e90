/// `duban lint`: the findings, each one Chinese sentence.
extension Strings {
    public enum Lint {
        public static let jsonHelp = "以 JSON 输出：{\"findings\": [...]}"

        public static func severityName(_ severity: String) -> String {
            switch severity {
            case "error": "错误"
            case "warning": "警告"
            default: "提示"
            }
        }

        /// `附件1 (14)「坚持“五化”方向…」` or `附件2 第3项「…」`.
        public static func taskRef(attachment: Int, label: String, position: Int, excerpt: String) -> String {
            let place = label.isEmpty ? "附件\(attachment) 第\(position)项" : "附件\(attachment) \(label)"
            return "\(place)「\(excerpt)」"
        }

        public static func excerpt(_ text: String, length: Int = 14) -> String {
            text.count <= length ? text : String(text.prefix(length)) + "…"
        }

        public static func heading(government: String?, year: Int?, errors: Int, warnings: Int, infos: Int) -> String {
            let who = government ?? "（发文机关未知）"
            let when = year.map { "\($0)年" } ?? "（年度未知）"
            return "\(who) \(when)：错误 \(errors) 条，警告 \(warnings) 条，提示 \(infos) 条"
        }

        public static let clean = "未发现问题"
        public static func errorsFound(_ count: Int) -> String { "方案检查发现 \(count) 条错误" }
        public static func finding(_ severity: String, code: String, message: String) -> String {
            "[\(severityName(severity))] \(message)（\(code)）"
        }
        public static func involvedTasks(_ refs: [String]) -> String { "    涉及：" + refs.joined(separator: "；") }

        public static func statedValue(_ value: String, at ref: String) -> String { "\(ref)为\(value)" }

        public static func metricConflict(_ metric: String, values: [String], compatible: Bool) -> String {
            let verdict = compatible ? "数值不同，请确认以哪个为准" : "数值互相矛盾"
            return "同一指标“\(metric)”在方案中出现多个数值，\(verdict)：\(values.joined(separator: "；"))"
        }

        public static func partAboveWhole(_ metric: String, values: [String]) -> String {
            "“\(metric)”的分区目标高于全区目标，请核对：\(values.joined(separator: "；"))"
        }

        public static func subtotalMismatch(total: String, parts: String, sum: String, exceeds: Bool) -> String {
            let verdict = exceeds ? "超过了总数" : "小于总数，请确认是否漏列分项"
            return "分项之和\(verdict)：总数\(total)，分项\(parts)=\(sum)"
        }

        public static func missingLeadUnit(_ ref: String) -> String { "\(ref)没有牵头单位" }

        public static func attachmentWithoutLeaders(_ attachment: Int, count: Int) -> String {
            "附件\(attachment)全部 \(count) 项任务都没有分管领导"
        }

        public static func sectionWithoutLeaders(_ attachment: Int, section: String, tasks: [String]) -> String {
            let name = section.isEmpty ? "附件\(attachment)" : "附件\(attachment)“\(section)”"
            return "\(name)中有 \(tasks.count) 项任务没有分管领导"
        }

        public static func fragmentUnit(_ name: String, parts: [String]) -> String {
            "单位名称“\(name)”不完整，疑似跨行断开，暂按“\(parts.joined(separator: "”和“"))”理解，请核对原文"
        }

        public static func unknownUnit(_ name: String, closed: Bool) -> String {
            closed ? "单位“\(name)”不在单位目录中，请核对或补入目录" : "“\(name)”不像单位名称，请核对"
        }

        public static func unitSpellings(_ names: [String], canonical: String) -> String {
            "同一单位在方案中有多种写法：\(names.joined(separator: "、"))，统一为“\(canonical)”"
        }

        public static func collectiveNeedsPerson(_ name: String, membership: Bool, lead: Int, coop: Int) -> String {
            let place = [lead > 0 ? "牵头 \(lead) 项" : nil, coop > 0 ? "配合 \(coop) 项" : nil].compactMap { $0 }.joined(separator: "、")
            let ask = membership ? "需要在单位目录中列出其成员单位" : "需要人工指定具体单位"
            return "统称“\(name)”（\(place)）无法确定是哪些单位，\(ask)"
        }

        public static func unmeasurable(_ attachment: Int, section: String, count: Int, of total: Int) -> String {
            let name = section.isEmpty ? "附件\(attachment)" : "附件\(attachment)“\(section)”"
            return "\(name)共 \(total) 项任务，其中 \(count) 项既无量化指标也无完成节点，只能靠人工评判"
        }

        public static func deadlineOutsideYear(_ deadline: String, planYear: Int, inText: Bool) -> String {
            inText
                ? "工作标准中的时限“\(deadline)”不在方案年度 \(planYear) 年内"
                : "完成时限 \(deadline) 不在方案年度 \(planYear) 年内"
        }

        public static func duplicateTask(_ a: String, _ b: String) -> String { "\(a)与\(b)的工作标准完全相同" }
        public static func duplicateTasks(_ named: [String], total: Int) -> String {
            "\(named.joined(separator: "、"))\(total > named.count ? "等" : "")共 \(total) 项的工作标准完全相同"
        }

        public static func nearDuplicateTask(_ a: String, _ b: String, percent: Int) -> String {
            "\(a)与\(b)的工作标准高度相似（\(percent)%），疑似重复"
        }
    }
}
