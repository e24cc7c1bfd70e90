extension Strings {
    /// Levels of government: tasks passed down, links between plans, roll-ups, the burden meter.
    public enum Levels {
        public static let parentCycle = "上级政府设置有误：不能把本级或下级设为上级"
        public static let parentNotFound = "找不到所选的上级政府"
        public static let governmentNotFound = "找不到该政府"
        public static let noParent = "本级政府尚未设置上级政府，无法对接上级任务"
        public static let notAChild = "所选政府不是本级的下级政府"
        public static let planNotPublished = "方案发布后才能下达或对接任务"
        public static let linkNotFound = "找不到该对接关系"
        public static let notPassedDown = "该上级任务未下达到本级，不能对接"
        public static let notOwnTask = "只能用本级方案的任务对接上级任务"
        public static let ceilingInvalid = "报送上限须为1至999之间的整数（每个单位每月需填报的项数，催办、督查各计1项），留空表示不设上限"
        public static let decisionInvalid = "请选择确认、否决或改为对接其他上级任务（须指明上级任务）"
        public static let notCarriable = "所选任务不是上年未完成、且本年方案尚未延续的任务"
        public static let carriedSection = "上年结转任务"
        public static let weightInvalid = "权重须为大于0、不超过1000000的数"

        public static func passedDownCount(_ count: Int) -> String { "已下达\(count)项任务" }
        public static func proposedCount(_ count: Int) -> String { "新提出\(count)条对接建议" }

        /// Why a link was proposed, in the words a clerk checks.
        public static func reason(measures: [String], similarity: Double) -> String {
            let alike = "文字相似度\(Int((similarity * 100).rounded()))%"
            return measures.isEmpty ? alike : "同一指标：\(measures.joined(separator: "、"))；\(alike)"
        }
        public static let manualReason = "由本级督查室手工对接"

        public enum Notify {
            public static let passedDownTitle = "上级下达任务"
            public static func passedDown(parent: String, count: Int) -> String {
                "\(parent)下达\(count)项任务，请在“上下级对接”中确认由本级哪项任务承接。"
            }
            public static let linkedTitle = "下级已对接任务"
            public static func linked(child: String, childTask: String, parentTask: String) -> String {
                "\(child)确认由「\(childTask)」承接本级任务「\(parentTask)」，其审核通过的报告将同时回应本级任务。"
            }
        }

        public enum Status {
            public static let proposed = "待确认"
            public static let confirmed = "已对接"
            public static let rejected = "已否决"
        }

        public enum RollUp {
            public static func sum(reported: Int, of total: Int) -> String {
                reported == total
                    ? "总量指标：各下级最新数值相加，对照本级目标"
                    : "总量指标：各下级最新数值相加，对照本级目标（\(total)个下级中已有\(reported)个报送）"
            }
            public static let perChild = "比率类指标：按各下级分别列示，不相加"
            public static let weighted = "比率类指标：按督查室设定的权重加权平均"
            /// The note on a parent's light when the children's figures stand in for its own report.
            public static func standsIn(reported: Int, of total: Int) -> String {
                "本级未报本期进度，按下级已审核数据汇总（\(total)个下级中已有\(reported)个报送）"
            }
        }

        public enum Burden {
            public static func repeated(metric: String, tasks: Int) -> String { "\(metric)：\(tasks)项任务同一指标，只填一次" }
            public static func reused(_ count: Int) -> String { "\(count)份报告同时回应上级任务，无需重复报送" }
            public static func overCeiling(unit: String, month: Int, load: Int, ceiling: Int) -> String {
                "\(unit)\(month)月需填报\(load)项（含催办、督查），超过报送上限\(ceiling)项"
            }
            public static let governmentOffice = "本级政府（上级下达未对接）"
            public static func amendmentOverCeiling(_ lines: [String]) -> String {
                "调整后将超过报送上限：" + lines.joined(separator: "；") + "。如确需调整，请勾选“超过报送上限仍调整”后再提交。"
            }
        }
    }
}

extension Strings {
    /// The pages of the levels: 上下级对接, the task page's children's parts, 报送负担.
    public enum LevelPages {
        public static let title = "上下级任务对接"
        public static let navigation = "上下级对接"
        public static let intro = "上级下达的任务与本级方案的任务一一对接后，本级单位的报告同时回应上级任务，不再重复报送。"
        public static let answersHeading = "承接的上级任务"
        public static let answersNote = "本任务的报告经审核通过后，同时作为对上级任务的报送，无需另报。"
        public static let partsHeading = "各下级落实情况"
        public static let weightsHeading = "比率类指标的汇总权重"
        public static let weightsNote = "比率、占比、人均等指标不能相加。为每个下级填写权重（如常住人口、地区生产总值）后，按权重加权平均；不填则按下级分别列示。"
        public static func weightField(_ government: String) -> String { "\(government)权重" }
        public static let saveWeights = "保存权重"
        public static let child = "下级政府"
        public static let childTask = "对接任务"
        public static let light = "状态"
        public static let latest = "最新数值"
        public static let trend = "走势"
        public static func taskLine(label: String, text: String) -> String { label.isEmpty ? text : "\(label) \(text)" }
        public static func notLinked(proposed: Int) -> String {
            proposed > 0 ? "尚未确认对接（有\(proposed)条对接建议待确认）" : "尚未对接本级任务"
        }
        public static func part(government: String, value: String?) -> String { "\(government) \(value ?? "未报")" }
        public static func rollUp(target: String, total: String?, percent: String?) -> String {
            guard let total else { return "目标\(target)，各下级尚未报送" }
            return percent.map { "目标\(target)，汇总\(total)，完成\($0)%" } ?? "目标\(target)，汇总\(total)"
        }
        public static func ruleAndParts(rule: String, parts: [String]) -> String { "（\(rule)）" + parts.joined(separator: "，") }
        public static func figures(_ lines: [String]) -> String { lines.joined(separator: "；") }
        public static func latestLine(metric: String, value: String?, target: String) -> String {
            "\(metric) \(value ?? "未报")（目标\(target)）"
        }
        public static func trendLine(metric: String, points: [(String, String)]) -> String {
            "\(metric)：" + points.map { "\($0.0) \($0.1)" }.joined(separator: " → ")
        }

        // The parent's side.
        public static let passDownHeading = "下达给下级的任务"
        public static let passDownNamed = "按责任单位自动下达"
        public static let passDownNamedNote = "责任单位写明“各辖市区人民政府”“各区”或点名某区的任务，下达给相应的下级政府。"
        public static let passDown = "下达"
        public static let passedDown = "已下达"
        public static func childState(confirmed: Int, proposed: Int) -> String {
            confirmed > 0 ? "已对接\(confirmed)项" : (proposed > 0 ? "待确认" : "未对接")
        }
        public static let noChildren = "本级政府没有下级政府。"
        public static let treeIntro = "设置各级政府的上下级关系（省、市、区县、街镇）。点击政府名称查看其上下级任务对接。"
        public static let government = "政府"
        public static let parent = "上级政府"
        public static let noParentShort = "无"
        public static let saveParent = "保存"

        // The child's side.
        public static func handedDownHeading(parent: String) -> String { "\(parent)下达的任务" }
        public static let noParent = "本级政府未设置上级政府。"
        public static let nothingHandedDown = "上级尚未下达任务。"
        public static let propose = "生成对接建议"
        public static let proposeNote = "按同一指标（名称、单位、增减方向）和文字相近程度，为上级下达的任务找出本级方案中承接的任务。"
        public static let confirm = "确认对接"
        public static let reject = "否决"
        public static let moveTo = "改为对接"
        public static let move = "改为对接此任务"
        public static let place = "指定本级任务承接"
        public static let placeField = "本级任务"
        public static let unlinkedHeading = "尚未对接的上级任务"
        public static let reason = "依据"
        public static let parentTask = "上级任务"
        public static let ownTask = "本级任务"
        public static let state = "状态"
        public static let actions = "操作"
        public static func leadUnits(_ names: [String]) -> String { "牵头单位：" + names.joined(separator: "、") }

        // 结转.
        public static func carryOverHeading(_ count: Int) -> String { "上年未完成任务（\(count)项本方案未延续）" }
        public static let carryOverNote = "勾选需要结转到本年的任务，将按原文和责任单位加入“上年结转任务”部分，发布前仍可修改。"
        public static let carry = "结转所选任务"

        // 报送负担.
        public static let burdenTitle = "报送负担"
        public static let burdenIntro = "按《整治形式主义为基层减负若干规定》统计：每个单位每月需报告的任务数、需填报的项数（同一指标只计一次）、收到的催办和督查。"
        public static let unit = "单位"
        public static let peak = "单月最多填报项数（含催办、督查）"
        public static let months = "各月（任务/填报项/催办/督查）"
        public static let repeats = "重复指标（只填一次）"
        public static let reused = "上下级复用"
        public static let ceiling = "报送上限（每单位每月填报项数，催办、督查各计1项）"
        public static let ceilingNone = "未设上限"
        public static let saveCeiling = "保存上限"
        public static func monthCell(month: Int, tasks: Int, fields: Int, urgings: Int, inspections: Int) -> String {
            "\(month)月 \(tasks)/\(fields)/\(urgings)/\(inspections)"
        }
        public static let monthSeparator = "　"
        public static let overCeilingHeading = "发布后将超过报送上限的单位"
        public static func extensionOverCeiling(_ lines: [String]) -> String { "批准此延期将超过报送上限：" + lines.joined(separator: "；") }
        public static let inspectionOverCeiling = "本季督查清单将使以下单位本月超过报送上限，可考虑合并或改为书面了解："
        public static func overCeiling(_ months: [Int]) -> String { "超过上限：" + months.map { "\($0)月" }.joined(separator: "、") }
        public static let childrenHeading = "各下级政府报送负担"
        public static let childUnits = "单位数"
        public static let childOver = "超上限（单位·月）"
        public static let childUnlinked = "上级下达未对接"
        public static let childReused = "复用报告"
        public static let childRepeats = "重复指标"
    }
}
