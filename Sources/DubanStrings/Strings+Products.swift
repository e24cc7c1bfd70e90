/// What the office's products say: the annual assessment (年考核), the quarterly inspection
/// list (季督查), the critical reading of reports, and last year's predecessor of a task.
extension Strings {
    public enum Products {
        /// Points as an assessment shows them: always one decimal (`45.0`), so parts visibly add up.
        public static func points(_ value: Double) -> String {
            let tenths = Int((value * 10).rounded())
            let sign = tenths < 0 ? "-" : ""
            return "\(sign)\(abs(tenths) / 10).\(abs(tenths) % 10)"
        }

        /// A weight or a count as written: `60`, `2.5`.
        public static func number(_ value: Double) -> String { Supervision.number(value) }

        /// A figure with its unit, exact enough to tell two figures apart: up to four decimals,
        /// large amounts in 亿/万 as people write them (`26.63亿元`, `1.2万人`, `58家`, `7.08%`).
        public static func quantity(_ value: Double, unit: String) -> String {
            let magnitude = abs(value)
            let isRate = unit == "%" || unit == "个百分点"
            if !isRate, magnitude >= 1e8 { return "\(plain(value / 1e8))亿\(unit)" }
            if !isRate, magnitude >= 1e5 { return "\(plain(value / 1e4))万\(unit)" }
            return "\(plain(value))\(unit)"
        }

        /// Up to four decimals, no trailing zeros.
        static func plain(_ value: Double) -> String {
            guard value.isFinite else { return "\(value)" }
            let scaled = (value * 10_000).rounded()
            guard abs(scaled) < 9e15 else { return "\(value)" }
            let whole = Int(scaled)
            let sign = whole < 0 ? "-" : ""
            var fraction = String(abs(whole) % 10_000)
            fraction = String(repeating: "0", count: 4 - fraction.count) + fraction
            while fraction.hasSuffix("0") { fraction.removeLast() }
            return "\(sign)\(abs(whole) / 10_000)" + (fraction.isEmpty ? "" : ".\(fraction)")
        }

        public enum Assessment {
            public static let attainment = "指标完成"
            public static let stretch = "力争目标加分"
            public static let timeliness = "报送及时"
            public static let returns = "报告质量"
            public static let urgings = "催办情况"

            /// `9项指标中7项达到确保目标（7÷9×60=46.7分）`; with cooperation weights or ratings the
            /// counts are weighted sums and say so.
            public static func attainment(total: Double, met: Double, indicators: Int, rated: Int, weight: Double, points: Double) -> String {
                judged(total: total, met: met, indicators: indicators, rated: rated, reached: "达到确保目标", weight: weight, points: points)
            }
            public static func attainmentProvisional(
                total: Double, met: Double, indicators: Int, rated: Int, weight: Double,
                points: Double
            ) -> String {
                judged(total: total, met: met, indicators: indicators, rated: rated, reached: "达到序时要求", weight: weight, points: points)
            }
            static func judged(total: Double, met: Double, indicators: Int, rated: Int, reached: String, weight: Double, points: Double) -> String {
                // Weighted counts to two decimals, so the formula recomputes to the points shown.
                func count(_ value: Double) -> String {
                    let hundredths = Int((value * 100).rounded())
                    let (whole, part) = (hundredths / 100, hundredths % 100)
                    if part == 0 { return "\(whole)" }
                    return part % 10 == 0 ? "\(whole).\(part / 10)" : "\(whole).\(part < 10 ? "0" : "")\(part)"
                }
                let (met, total) = (count(met), count(total))
                let formula = "\(met)÷\(total)×\(number(weight))=\(Products.points(points))分"
                if rated == 0, String(indicators) == total {
                    return "\(indicators)项指标中\(met)项\(reached)（\(formula)）"
                }
                let what = rated > 0 ? "\(indicators)项指标和\(rated)项评定任务" : "\(indicators)项指标（配合单位按权重计）"
                return "\(what)折合\(total)项，\(reached)折合\(met)项（\(formula)）"
            }
            /// Nothing to judge yet: never full marks.
            public static func attainmentPending(unrated: Int, notDue: Int) -> String {
                var text = "待评定："
                if unrated > 0 { text += "\(unrated)项定性或节点任务待督查室评定；" }
                if notDue > 0 { text += "\(notDue)项节点指标尚未到期；" }
                if unrated == 0 && notDue == 0 { text += "无可评价的指标或任务；" }
                return text + "本项暂不计分（0.0分），不参与排名"
            }
            public static func unrated(_ count: Int) -> String { "；另有\(count)项定性或节点任务待督查室评定，未计入" }
            public static func provisionalLabel(year: Int, asOf: String) -> String {
                "\(year)年度考核预评（截至\(asOf)，按序时进度计，非年终结果）"
            }
            public static func finalLabel(year: Int) -> String { "\(year)年度考核结果" }
            public static let pendingRank = "待评定"
            public static func stretch(total: Int, met: Int, bonus: Double, points: Double) -> String {
                "\(total)项指标设有力争目标，其中\(met)项达到力争目标（\(met)÷\(total)×\(number(bonus))=\(Products.points(points))分）"
            }
            public static let stretchNone = "未设力争目标，不加分（0.0分）"
            public static func timeliness(due: Int, onTime: Int, weight: Double, points: Double) -> String {
                "应报\(due)期，按时报送\(onTime)期（\(onTime)÷\(due)×\(number(weight))=\(Products.points(points))分）"
            }
            public static func timelinessNone(points: Double) -> String {
                "无应报报告，按满分计（\(Products.points(points))分）"
            }
            public static func returns(submitted: Int, returned: Int, weight: Double, points: Double) -> String {
                "提交报告\(submitted)次，被退回\(returned)次（(1−\(returned)÷\(submitted))×\(number(weight))=\(Products.points(points))分）"
            }
            public static func returnsNoneDue(points: Double) -> String {
                "无应报报告，按满分计（\(Products.points(points))分）"
            }
            public static let returnsNothingSubmitted = "有应报报告但未提交，不得分（0.0分）"
            public static func urgings(count: Int, weight: Double, penalty: Double, points: Double) -> String {
                if count == 0 { return "未收到催办（\(Products.points(points))分）" }
                let formula = "\(number(weight))−\(count)×\(number(penalty))"
                return points > 0
                    ? "收到催办\(count)次，每次扣\(number(penalty))分（\(formula)=\(Products.points(points))分）"
                    : "收到催办\(count)次，每次扣\(number(penalty))分，扣完为止（\(formula)，计\(Products.points(points))分）"
            }
        }

        /// The section of a plan that holds the year's livelihood projects.
        public static let livelihoodSection = "民生实事"

        public enum Inspection {
            public static let red = "亮红灯"
            public static let yellow = "亮黄灯"
            public static func noProgress(periods: Int) -> String { "连续\(periods)期无进展" }
            public static func offTrajectory(expected: Double, actual: Double, gap: Double) -> String {
                "应完成\(Supervision.percent(expected))，实际\(Supervision.percent(actual))，落后\(number(gap))个百分点"
            }
            public static let noEvidence = "未上传佐证材料"

            public static let header = "符合下列任一条件的任务列入本季度督查清单："
            public static let ruleRed = "亮红灯的任务；"
            public static let ruleYellow = "亮黄灯的任务；"
            public static func ruleNoProgress(periods: Int) -> String { "连续\(periods)期及以上报告无进展的任务；" }
            public static func ruleOffTrajectory(points: Double) -> String {
                "实际进度落后序时进度\(number(points))个百分点及以上的任务；"
            }
            public static let ruleEvidence = "已有到期报告但未上传佐证材料的任务；"
            public static let noRules = "未设置督查条件，本季度不列入任务。"
            public static let closedExcluded = "已办结销号的任务不列入督查。"
            public static func ranking(max: Int) -> String {
                "按问题严重程度排序（红灯先于黄灯，落后越多越靠前），同等情况下领导批示和民生实事任务优先，每轮最多\(max)项。"
            }
            public static let responsibilityApart = "无牵头单位、牵头单位为统称或无人填报的任务，另列为责任落实问题。"
            public static let noLeadUnit = "未明确牵头单位"
            public static func collectiveLead(_ names: String) -> String { "牵头单位为统称（\(names)），未落实到具体单位" }
            public static let noReporter = "牵头单位无填报账号，无人报送进展"

            public static let nothingToIssue = "本季度督查清单为空，无需下发"
            public static func alreadyIssued(_ day: String) -> String { "本季度督查清单已于\(day)下发" }
            public static func overCeiling(_ lines: [String]) -> String {
                "下发后将超过报送上限：" + lines.joined(separator: "；") + "。如确需下发，请勾选“超过报送上限仍下发”后再提交。"
            }
            public static func notifyTitle(year: Int, quarter: Int) -> String { "督查通知：\(year)年第\(quarter)季度督查清单已下发" }
            public static func notifyBody(_ labels: [String]) -> String { "本单位牵头的以下任务列入督查，请准备汇报材料：" + labels.joined(separator: "、") }
            public static let issue = "下发本季督查清单"
            public static let issueNote = "下发后，各牵头单位收到督查通知，报送负担按下发当月计入。"
            public static let acceptOverCeiling = "超过报送上限仍下发"
            public static func issued(_ day: String) -> String { "本季清单已于\(day)下发，各牵头单位已收到督查通知" }
            public static func title(year: Int, quarter: String) -> String { "\(year)年\(quarter)督查清单" }
            public static func asOf(_ date: String) -> String { "截至\(date)" }
            public static func leftOut(_ count: Int) -> String { "另有\(count)项符合条件的任务未列入本轮，可在下一轮督查。" }
            public static let responsibilityHeading = "责任落实问题"
        }

        public enum Critique {
            public static func mismatch(metric: String, stated: String, reported: String) -> String {
                "报告正文称\(metric)\(stated)，填报值为\(reported)，请核对"
            }
            public static let sameAsPrevious = "与上期报告内容基本相同"
            public static let nothingMeasurable = "未说明可衡量的进展"
        }
    }
}
