import DubanStrings
import Foundation

/// Which tasks go on the quarterly inspection list (季督查), as the office sets it.
public struct InspectionRules: Codable, Sendable, Equatable {
    public var includeRed = true
    public var includeYellow = true
    /// Consecutive periods without progress that put a task on the list; 0 turns the rule off.
    public var noProgressPeriods = 2
    /// Percentage points behind the expected progress (序时进度) that put a task on the list; 0 turns the rule off.
    public var offTrajectoryPoints: Double = 15
    /// List a task whose reports carry no evidence file (佐证材料).
    public var requireEvidence = true
    /// How many tasks one on-site round covers: the most severe and important candidates.
    public var maxItems = 15

    public init(
        includeRed: Bool = true, includeYellow: Bool = true, noProgressPeriods: Int = 2,
        offTrajectoryPoints: Double = 15, requireEvidence: Bool = true, maxItems: Int = 15
    ) {
        self.includeRed = includeRed
        self.includeYellow = includeYellow
        self.noProgressPeriods = noProgressPeriods
        self.offTrajectoryPoints = offTrajectoryPoints
        self.requireEvidence = requireEvidence
        self.maxItems = maxItems
    }

    public static let standard = InspectionRules()

    private enum CodingKeys: String, CodingKey { case includeRed, includeYellow, noProgressPeriods, offTrajectoryPoints, requireEvidence, maxItems }

    // A stored setting missing a newer rule still reads, with that rule's default.
    public init(from decoder: any Decoder) throws {
        let c = try decoder.container(keyedBy: CodingKeys.self)
        let d = InspectionRules.standard
        includeRed = try c.decodeIfPresent(Bool.self, forKey: .includeRed) ?? d.includeRed
        includeYellow = try c.decodeIfPresent(Bool.self, forKey: .includeYellow) ?? d.includeYellow
        noProgressPeriods = try c.decodeIfPresent(Int.self, forKey: .noProgressPeriods) ?? d.noProgressPeriods
        offTrajectoryPoints = try c.decodeIfPresent(Double.self, forKey: .offTrajectoryPoints) ?? d.offTrajectoryPoints
        requireEvidence = try c.decodeIfPresent(Bool.self, forKey: .requireEvidence) ?? d.requireEvidence
        maxItems = try c.decodeIfPresent(Int.self, forKey: .maxItems) ?? d.maxItems
    }
}

/// What the inspection list needs to know about one task, gathered by the caller.
public struct InspectionFacts: Codable, Sendable, Equatable {
    public var taskID: Int
    public var label: String
    public var text: String
    /// Lead units, as shown on the list.
    public var units: [String]
    public var light: Light
    /// Consecutive latest periods whose accepted report showed no progress.
    public var periodsWithoutProgress: Int
    /// Expected and actual progress (0…100), as `Lights.evaluate` gives them.
    public var expected: Double?
    public var actual: Double?
    public var hasEvidence: Bool
    public var closed: Bool
    /// How much the task weighs beyond its light: a leader's instruction (批示), a 民生实事.
    public var importance: Int
    /// Why no one answers for the task (no lead unit, only a collective name, no account to
    /// report with): a 责任落实 problem, listed apart from progress.
    public var responsibilityGap: String?

    public init(
        taskID: Int, label: String, text: String, units: [String], light: Light, periodsWithoutProgress: Int = 0,
        expected: Double? = nil, actual: Double? = nil, hasEvidence: Bool = true, closed: Bool = false,
        importance: Int = 0, responsibilityGap: String? = nil
    ) {
        self.taskID = taskID
        self.label = label
        self.text = text
        self.units = units
        self.light = light
        self.periodsWithoutProgress = periodsWithoutProgress
        self.expected = expected
        self.actual = actual
        self.hasEvidence = hasEvidence
        self.closed = closed
        self.importance = importance
        self.responsibilityGap = responsibilityGap
    }
}

/// One task on the list and every rule that put it there.
public struct InspectionItem: Codable, Sendable, Equatable {
    public var taskID: Int
    public var label: String
    public var text: String
    public var units: [String]
    /// One Chinese reason per rule that picked the task, in the order `describe` lists the rules.
    public var reasons: [String]

    public init(taskID: Int, label: String, text: String, units: [String], reasons: [String]) {
        self.taskID = taskID
        self.label = label
        self.text = text
        self.units = units
        self.reasons = reasons
    }
}

/// The quarterly inspection list as an on-site round can cover it.
public struct InspectionList: Codable, Sendable, Equatable {
    public var year: Int
    /// 1…4: the quarter the round inspects.
    public var quarter: Int
    /// The day the list was drawn up; lights and figures are as of it.
    public var asOf: Date
    /// The most severe and important candidates first, at most `InspectionRules.maxItems`.
    public var items: [InspectionItem]
    /// Candidates the cap left out, for the office to know how many more there were.
    public var leftOut: Int
    /// Tasks no one answers for (责任落实), listed apart and not counted in the cap.
    public var responsibility: [InspectionItem]

    public init(year: Int, quarter: Int, asOf: Date, items: [InspectionItem], leftOut: Int, responsibility: [InspectionItem]) {
        self.year = year
        self.quarter = quarter
        self.asOf = asOf
        self.items = items
        self.leftOut = leftOut
        self.responsibility = responsibility
    }
}

/// A task is a candidate when any rule picks it; candidates are ranked by severity (red before
/// yellow, the further behind the earlier), then importance, then plan order, and the list is
/// cut at `maxItems`. Closed tasks (and tasks lit "done") are never listed. The evidence rule
/// skips tasks with nothing due yet (light `pending`): no report, no evidence to lack.
public enum Inspection {
    typealias InspectionText = Strings.Products.Inspection

    public static func list(_ facts: [InspectionFacts], rules: InspectionRules = .standard, asOf: Date) -> InspectionList {
        let calendar = PlanCalendar.calendar
        let month = calendar.component(.month, from: asOf)
        var candidates: [(item: InspectionItem, severity: Double, importance: Int, order: Int)] = []
        var responsibility: [InspectionItem] = []
        for (order, fact) in facts.enumerated() where !fact.closed && fact.light != .done {
            if let gap = fact.responsibilityGap {
                responsibility.append(InspectionItem(taskID: fact.taskID, label: fact.label, text: fact.text, units: fact.units, reasons: [gap]))
                continue
            }
            let reasons = reasons(fact, rules)
            guard !reasons.isEmpty else { continue }
            candidates.append(
                (
                    InspectionItem(taskID: fact.taskID, label: fact.label, text: fact.text, units: fact.units, reasons: reasons),
                    severity(fact), fact.importance, order
                ))
        }
        candidates.sort { ($1.severity, $1.importance, $0.order) < ($0.severity, $0.importance, $1.order) }
        let cap = max(rules.maxItems, 0)
        return InspectionList(
            year: calendar.component(.year, from: asOf), quarter: (month - 1) / 3 + 1, asOf: asOf,
            items: candidates.prefix(cap).map(\.item), leftOut: max(candidates.count - cap, 0),
            responsibility: responsibility)
    }

    /// Red outweighs any yellow; within a colour, points behind 序时 and silent periods add up.
    static func severity(_ fact: InspectionFacts) -> Double {
        var score = fact.light == .red ? 1000.0 : fact.light == .yellow ? 100.0 : 0
        if let expected = fact.expected, let actual = fact.actual { score += max(expected - actual, 0) }
        score += Double(fact.periodsWithoutProgress) * 10
        if !fact.hasEvidence, fact.light != .pending { score += 5 }
        return score
    }

    /// The rules in force, as sentences for the office: a header, one line per rule, the closed-task note.
    public static func describe(_ rules: InspectionRules) -> [String] {
        var lines: [String] = []
        if rules.includeRed { lines.append(InspectionText.ruleRed) }
        if rules.includeYellow { lines.append(InspectionText.ruleYellow) }
        if rules.noProgressPeriods > 0 { lines.append(InspectionText.ruleNoProgress(periods: rules.noProgressPeriods)) }
        if rules.offTrajectoryPoints > 0 { lines.append(InspectionText.ruleOffTrajectory(points: rules.offTrajectoryPoints)) }
        if rules.requireEvidence { lines.append(InspectionText.ruleEvidence) }
        guard !lines.isEmpty else { return [InspectionText.noRules] }
        return [InspectionText.header] + lines + [
            InspectionText.ranking(max: rules.maxItems), InspectionText.responsibilityApart, InspectionText.closedExcluded,
        ]
    }

    static func reasons(_ fact: InspectionFacts, _ rules: InspectionRules) -> [String] {
        var reasons: [String] = []
        if rules.includeRed, fact.light == .red { reasons.append(InspectionText.red) }
        if rules.includeYellow, fact.light == .yellow { reasons.append(InspectionText.yellow) }
        if rules.noProgressPeriods > 0, fact.periodsWithoutProgress >= rules.noProgressPeriods {
            reasons.append(InspectionText.noProgress(periods: fact.periodsWithoutProgress))
        }
        if rules.offTrajectoryPoints > 0, let expected = fact.expected, let actual = fact.actual {
            // The same hair of tolerance as the lights: 35 behind 50 is 15 points behind.
            let gap = expected - actual
            if gap + 1e-9 >= rules.offTrajectoryPoints {
                reasons.append(InspectionText.offTrajectory(expected: expected, actual: actual, gap: gap))
            }
        }
        if rules.requireEvidence, !fact.hasEvidence, fact.light != .pending { reasons.append(InspectionText.noEvidence) }
        return reasons
    }
}
