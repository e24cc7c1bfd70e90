/// The monthly bulletin (月通报): the drafted sentences, and the words of its Word document.
extension Strings {
    public enum Bulletin {
        /// `2022年9月政府工作报告重点任务推进情况通报`.
        public static func title(year: Int, month: Int) -> String {
            "\(year)年\(month)月政府工作报告重点任务推进情况通报"
        }

        /// The office that issues it: `常州市钟楼区人民政府督查室`.
        public static func issuer(government: String) -> String { "\(government)督查室" }

        /// `本通报依据8月份进展报告（9月5日截止），数据统计至9月15日。`
        public static func summaryRound(month: Int, due: String, cutoff: String) -> String {
            "本通报依据\(month)月份进展报告（\(due)截止），数据统计至\(cutoff)。"
        }

        /// `107项任务中绿灯62项、黄灯20项、红灯11项，已办结5项，尚未到期9项。`
        public static func summaryCounts(total: Int, green: Int, yellow: Int, red: Int, done: Int, pending: Int) -> String {
            var text = "\(total)项任务中绿灯\(green)项、黄灯\(yellow)项、红灯\(red)项"
            if done > 0 { text += "，已办结\(done)项" }
            if pending > 0 { text += "，尚未到期\(pending)项" }
            return text + "。"
        }

        /// `进度滞后12项，报送不及时5项，未报送3项。` (a task may be in more than one).
        public static func summaryKinds(lagging: Int, late: Int, missing: Int) -> String {
            "进度滞后\(lagging)项，报送不及时\(late)项，未报送\(missing)项。"
        }

        public static func rankingRule(minimum: Int) -> String {
            "排名规则：按（红灯数×2＋黄灯数）÷已亮灯任务数由低到高排列，红灯权重为黄灯的2倍，尚未到期的任务不计；"
                + "得分相同的并列；已亮灯任务少于\(minimum)项的单位列出但不参与排名；“各街道”等统称不参与排名。"
        }
        public static let unranked = "不参与排名"

        /// `绿灯和已办结任务占已亮灯任务的72.1%。` (pending tasks have no light yet).
        public static func summaryRate(_ percent: String) -> String { "绿灯和已办结任务占已亮灯任务的\(percent)。" }

        /// `红灯增加3项`, `黄灯减少2项`.
        public static func change(_ word: String, by delta: Int) -> String {
            delta > 0 ? "\(word)增加\(delta)项" : "\(word)减少\(-delta)项"
        }

        /// `与上月相比，红灯增加3项、黄灯减少2项。`, the phrases from `change`.
        public static func summaryChanges(_ phrases: [String]) -> String {
            phrases.isEmpty ? "与上月相比，各灯色任务数量持平。" : "与上月相比，\(phrases.joined(separator: "、"))。"
        }

        public static func summaryOverdue(_ count: Int) -> String { "已过完成时限尚未办结\(count)项。" }
        public static func summaryUrged(_ count: Int) -> String { "本月督查室对\(count)项任务进行了催办。" }

        /// `红灯任务涉及住建局（3项）、交通局（2项）等5个单位。`: the units named, out of `total`.
        public static func summaryRedUnits(_ units: [(name: String, red: Int)], of total: Int) -> String {
            "红灯任务涉及" + units.map { "\($0.name)（\($0.red)项）" }.joined(separator: "、")
                + (total > units.count ? "等\(total)个单位。" : "。")
        }

        /// The reply date counts from the day the bulletin is issued.
        public static func closing(planTitle: String, replyBy: String) -> String {
            let plan = planTitle.isEmpty ? "责任分解方案" : planTitle.hasPrefix("《") ? planTitle : "《\(planTitle)》"
            return "请各责任单位对照\(plan)，对黄灯、红灯及逾期任务逐项分析原因，明确整改措施和完成时间，"
                + "于\(replyBy)前将整改情况书面报送督查室。督查室将对本通报点名的任务持续跟踪督办。"
        }

        // The Word document.
        public static let noneListed = "无。"
        /// A task excerpt cut short.
        public static let ellipsis = "…"
        public static func heading(_ number: Int, _ title: String) -> String { "\(Export.numeral(number))、\(title)" }
        public static let headingOverview = "总体情况"
        public static let headingSections = "分领域推进情况"
        public static let headingUnits = "责任单位推进情况排名"
        public static let headingLagging = "进度滞后任务"
        public static let headingLate = "报送不及时任务"
        public static let headingMissing = "未报送任务"
        public static let headingOverdue = "逾期未完成任务"
        public static let headingUrged = "本月催办任务"
        public static let headingInstructions = "领导批示"
        public static let headingClosing = "工作要求"

        public static let columnLight = "灯色"
        public static let columnCount = "任务数"
        public static let columnShare = "占比"
        public static let columnChange = "较上月"
        public static let columnSection = "领域"
        public static let columnRank = "名次"
        public static let columnUnit = "牵头单位"
        /// On two lines, so the column is no wider than the others.
        public static let columnRate = "绿灯及\n办结率"
        public static let total = "合计"
        /// A unit whose tasks all have no light yet: no rate, no rank.
        public static let noRate = "—"

        /// `+3`, `-2`, `持平`.
        public static func changeCell(_ delta: Int) -> String {
            delta == 0 ? "持平" : delta > 0 ? "+\(delta)" : "\(delta)"
        }

        /// `1. 红灯 ■ (3) 新增高新技术企业100家（牵头单位：科技局）`.
        public static func taskLine(index: Int, light: String, label: String, text: String, units: [String]) -> String {
            let labelPart = label.isEmpty ? "" : "\(label) "
            let unitPart = units.isEmpty ? "" : "（牵头单位：\(units.joined(separator: Export.nameSeparator))）"
            return "\(index). \(light) \(labelPart)\(text)\(unitPart)"
        }

        public static func reasons(_ reasons: [String]) -> String { "原因：" + reasons.joined(separator: "；") }

        /// `张区长（9月12日）对第(3)项任务批示：“…”`.
        public static func instruction(leader: String, month: Int, day: Int, taskLabel: String, text: String) -> String {
            let task = taskLabel.isEmpty ? "" : "对第\(taskLabel)项任务"
            return "\(leader)（\(month)月\(day)日）\(task)批示：“\(text)”"
        }
    }
}
