import DubanStrings

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

    public init(includeRed: Bool = true, includeYellow: Bool = true, noProgressPeriods: Int = 2,
                offTrajectoryPoints: Double = 15, requireEvidence: Bool = true) {
        self.includeRed = includeRed
        self.includeYellow = includeYellow
        self.noProgressPeriods = noProgressPeriods
        self.offTrajectoryPoints = offTrajectoryPoints
        self.requireEvidence = requireEvidence
    }

    public static let standard = InspectionRules()

    private enum CodingKeys: String, CodingKey { case includeRed, includeYellow, noProgressPeriods, offTrajectoryPoints, requireEvidence }

    // A stored setting missing a newer rule still reads, with that rule's default.
    public init(from decoder: any Decoder) throws {
        let c = try decoder.container(keyedBy: CodingKeys.self)
        let d = InspectionRules.standard
        includeRed = try c.decodeIfPresent(Bool.self, forKey: .includeRed) ?? d.includeRed
        includeYellow = try c.decodeIfPresent(Bool.self, forKey: .includeYellow) ?? d.includeYellow
        noProgressPeriods = try c.decodeIfPresent(Int.self, forKey: .noProgressPeriods) ?? d.noProgressPeriods
        offTrajectoryPoints = try c.decodeIfPresent(Double.self, forKey: .offTrajectoryPoints) ?? d.offTrajectoryPoints
        requireEvidence = try c.decodeIfPresent(Bool.self, forKey: .requireEvidence) ?? d.requireEvidence
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

    public init(taskID: Int, label: String, text: String, units: [String], light: Light, periodsWithoutProgress: Int = 0,
                expected: Double? = nil, actual: Double? = nil, hasEvidence: Bool = true, closed: Bool = false) {
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

/// The quarterly inspection list: a task is listed when any rule picks it. Closed tasks (and
/// tasks lit "done") are never listed. The evidence rule skips tasks with nothing due yet
/// (light `pending`): no report, no evidence to lack. Items keep the order of the facts (plan order).
public enum Inspection {
    typealias Say = Strings.Products.Inspection

    public static func select(_ facts: [InspectionFacts], rules: InspectionRules = .standard) -> [InspectionItem] {
        facts.compactMap { fact in
            let reasons = reasons(fact, rules)
            guard !reasons.isEmpty else { return nil }
            return InspectionItem(taskID: fact.taskID, label: fact.label, text: fact.text, units: fact.units, reasons: reasons)
        }
    }

    /// The rules in force, as sentences for the office: a header, one line per rule, the closed-task note.
    public static func describe(_ rules: InspectionRules) -> [String] {
        var lines: [String] = []
        if rules.includeRed { lines.append(Say.ruleRed) }
        if rules.includeYellow { lines.append(Say.ruleYellow) }
        if rules.noProgressPeriods > 0 { lines.append(Say.ruleNoProgress(periods: rules.noProgressPeriods)) }
        if rules.offTrajectoryPoints > 0 { lines.append(Say.ruleOffTrajectory(points: rules.offTrajectoryPoints)) }
        if rules.requireEvidence { lines.append(Say.ruleEvidence) }
        guard !lines.isEmpty else { return [Say.noRules] }
        return [Say.header] + lines + [Say.closedExcluded]
    }

    static func reasons(_ fact: InspectionFacts, _ rules: InspectionRules) -> [String] {
        guard !fact.closed, fact.light != .done else { return [] }
        var reasons: [String] = []
        if rules.includeRed, fact.light == .red { reasons.append(Say.red) }
        if rules.includeYellow, fact.light == .yellow { reasons.append(Say.yellow) }
        if rules.noProgressPeriods > 0, fact.periodsWithoutProgress >= rules.noProgressPeriods {
            reasons.append(Say.noProgress(periods: fact.periodsWithoutProgress))
        }
        if rules.offTrajectoryPoints > 0, let expected = fact.expected, let actual = fact.actual {
            // The same hair of tolerance as the lights: 35 behind 50 is 15 points behind.
            let gap = expected - actual
            if gap + 1e-9 >= rules.offTrajectoryPoints {
                reasons.append(Say.offTrajectory(expected: expected, actual: actual, gap: gap))
            }
        }
        if rules.requireEvidence, !fact.hasEvidence, fact.light != .pending { reasons.append(Say.noEvidence) }
        return reasons
    }
}
