import Foundation

/// The weights of the annual assessment (年考核), set by the office. The parts add up to 100 by
/// default; the stretch bonus comes on top.
public struct AssessmentWeights: Codable, Sendable, Equatable {
    /// Points for indicators meeting their committed (确保) target.
    public var attainment: Double = 60
    /// Points for reports sent on time.
    public var timeliness: Double = 20
    /// Points for reports accepted without being returned (退回).
    public var returns: Double = 10
    /// Points for needing no urging (催办); `urgingPenalty` is taken off per urging.
    public var urgings: Double = 10
    /// Bonus points for indicators meeting their stretch (力争) target.
    public var stretchBonus: Double = 5
    /// Points taken off the urging part for each urging received.
    public var urgingPenalty: Double = 2
    /// How much a cooperating unit's share of a task's indicators weighs, in percent of a lead's.
    public var coopWeight: Double = 30
    /// The grades the office rates qualitative and milestone work with, each worth a share of
    /// full marks (优秀 1, 良好 0.85, 一般 0.7, 较差 0.5 by default).
    public var ratingScale: [RatingGrade] = RatingGrade.standard

    public init(
        attainment: Double = 60, timeliness: Double = 20, returns: Double = 10, urgings: Double = 10,
        stretchBonus: Double = 5, urgingPenalty: Double = 2, coopWeight: Double = 30
    ) {
        self.attainment = attainment
        self.timeliness = timeliness
        self.returns = returns
        self.urgings = urgings
        self.stretchBonus = stretchBonus
        self.urgingPenalty = urgingPenalty
        self.coopWeight = coopWeight
    }

    public static let standard = AssessmentWeights()

    private enum CodingKeys: String, CodingKey {
        case attainment, timeliness, returns, urgings, stretchBonus, urgingPenalty, coopWeight, ratingScale
    }

    // A stored setting written before a weight existed still reads, with that weight's default.
    public init(from decoder: any Decoder) throws {
        let c = try decoder.container(keyedBy: CodingKeys.self)
        let d = AssessmentWeights.standard
        attainment = try c.decodeIfPresent(Double.self, forKey: .attainment) ?? d.attainment
        timeliness = try c.decodeIfPresent(Double.self, forKey: .timeliness) ?? d.timeliness
        returns = try c.decodeIfPresent(Double.self, forKey: .returns) ?? d.returns
        urgings = try c.decodeIfPresent(Double.self, forKey: .urgings) ?? d.urgings
        stretchBonus = try c.decodeIfPresent(Double.self, forKey: .stretchBonus) ?? d.stretchBonus
        urgingPenalty = try c.decodeIfPresent(Double.self, forKey: .urgingPenalty) ?? d.urgingPenalty
        coopWeight = try c.decodeIfPresent(Double.self, forKey: .coopWeight) ?? d.coopWeight
        ratingScale = try c.decodeIfPresent([String: Double].self, forKey: .ratingScale).map(RatingGrade.scale) ?? d.ratingScale
    }

    // The scale travels as a map, grade → value: a grade's name cannot appear twice.
    public func encode(to encoder: any Encoder) throws {
        var c = encoder.container(keyedBy: CodingKeys.self)
        try c.encode(attainment, forKey: .attainment)
        try c.encode(timeliness, forKey: .timeliness)
        try c.encode(returns, forKey: .returns)
        try c.encode(urgings, forKey: .urgings)
        try c.encode(stretchBonus, forKey: .stretchBonus)
        try c.encode(urgingPenalty, forKey: .urgingPenalty)
        try c.encode(coopWeight, forKey: .coopWeight)
        try c.encode(Dictionary(ratingScale.map { ($0.name, $0.value) }, uniquingKeysWith: { first, _ in first }), forKey: .ratingScale)
    }
}

/// One grade of the office's rating scale and the share of full marks it is worth.
public struct RatingGrade: Codable, Sendable, Equatable {
    public var name: String
    public var value: Double

    public init(name: String, value: Double) {
        self.name = name
        self.value = value
    }

    public static let standard = [
        RatingGrade(name: "优秀", value: 1), RatingGrade(name: "良好", value: 0.85),
        RatingGrade(name: "一般", value: 0.7), RatingGrade(name: "较差", value: 0.5),
    ]

    /// A scale from its map form, best grade first.
    public static func scale(_ map: [String: Double]) -> [RatingGrade] {
        map.map { RatingGrade(name: $0.key, value: $0.value) }.sorted { ($0.value, $1.name) > ($1.value, $0.name) }
    }
}

/// One indicator of a unit's tasks at year end: what was promised and what was achieved.
public struct IndicatorOutcome: Codable, Sendable, Equatable {
    /// The task's label (序号), so a clerk can find the row.
    public var taskLabel: String
    public var metric: String
    /// The committed tier (确保), or the plain target when the plan states one figure.
    public var target: Double?
    /// The stretch tier (力争), when the plan states one.
    public var stretchTarget: Double?
    /// The value of the last accepted report; nil when never reported.
    public var achieved: Double?
    public var unit: String
    /// A cap (失业率控制在3%以内, 下降…): meeting it means staying at or below the target.
    public var lowerIsBetter: Bool
    /// What the indicator measures: before year end a cumulative one is judged against the
    /// share of its target 序时进度 asks for, a small count only once reached.
    public var measure: IndicatorMeasure
    /// The share (0…1) of the target 序时进度 asks for by the assessment's date; 1 at year end.
    public var expectedShare: Double
    /// 1 for a lead unit's task; the office's cooperation weight (`coopWeight` ÷ 100) for a
    /// cooperating unit's.
    public var weight: Double

    public init(
        taskLabel: String, metric: String, target: Double?, stretchTarget: Double? = nil,
        achieved: Double?, unit: String, lowerIsBetter: Bool = false, measure: IndicatorMeasure = .cumulative,
        expectedShare: Double = 1, weight: Double = 1
    ) {
        self.taskLabel = taskLabel
        self.metric = metric
        self.target = target
        self.stretchTarget = stretchTarget
        self.achieved = achieved
        self.unit = unit
        self.lowerIsBetter = lowerIsBetter
        self.measure = measure
        self.expectedShare = expectedShare
        self.weight = weight
    }
}

/// What the assessment needs to know about one lead unit's year.
public struct UnitAssessmentInput: Codable, Sendable, Equatable {
    public var unitID: Int
    public var unitName: String
    public var indicators: [IndicatorOutcome]
    /// Reports the unit had to send (tasks × periods due).
    public var reportsDue: Int
    /// Of those, sent by their due day (a 补报 in the grace window is not on time).
    public var reportsOnTime: Int
    /// Submissions the office returned (退回).
    public var reportsReturned: Int
    /// Every submission, resubmissions included.
    public var reportsSubmitted: Int
    public var urgingsReceived: Int
    /// The office's ratings (0…1) of the unit's qualitative and milestone tasks.
    public var ratings: [Double]
    /// Qualitative and milestone tasks the office has not rated yet: never full marks by default.
    public var unratedTasks: Int

    public init(
        unitID: Int, unitName: String, indicators: [IndicatorOutcome] = [], reportsDue: Int = 0,
        reportsOnTime: Int = 0, reportsReturned: Int = 0, reportsSubmitted: Int = 0, urgingsReceived: Int = 0,
        ratings: [Double] = [], unratedTasks: Int = 0
    ) {
        self.unitID = unitID
        self.unitName = unitName
        self.indicators = indicators
        self.reportsDue = reportsDue
        self.reportsOnTime = reportsOnTime
        self.reportsReturned = reportsReturned
        self.reportsSubmitted = reportsSubmitted
        self.urgingsReceived = urgingsReceived
        self.ratings = ratings
        self.unratedTasks = unratedTasks
    }
}

/// One line of a unit's score, with the sentence that shows how it was reached.
public struct AssessmentPart: Codable, Sendable, Equatable {
    public var name: String
    /// Rounded to 0.1, as shown.
    public var points: Double
    public var maximum: Double
    public var explanation: String

    public init(name: String, points: Double, maximum: Double, explanation: String) {
        self.name = name
        self.points = points
        self.maximum = maximum
        self.explanation = explanation
    }
}

public struct UnitAssessment: Codable, Sendable, Equatable {
    public var unitID: Int
    public var unitName: String
    /// The sum of the rounded parts.
    public var score: Double
    /// 1 = best; equal scores share a rank (1, 2, 2, 4). Nil while the unit has nothing the
    /// attainment part can judge yet (only unrated qualitative tasks, say): 待评定, not ranked.
    public var rank: Int?
    public var parts: [AssessmentPart]

    public init(unitID: Int, unitName: String, score: Double, rank: Int?, parts: [AssessmentPart]) {
        self.unitID = unitID
        self.unitName = unitName
        self.score = score
        self.rank = rank
        self.parts = parts
    }
}

/// The assessment as published: provisional (预评) against 序时进度 before the plan year ends,
/// final (attainment) after.
public struct AssessmentResult: Codable, Sendable, Equatable {
    public var provisional: Bool
    public var asOf: Date
    /// `2022年度考核预评（截至2022年9月15日，按序时进度计）` or `2022年度考核结果`.
    public var label: String
    public var units: [UnitAssessment]

    public init(provisional: Bool, asOf: Date, label: String, units: [UnitAssessment]) {
        self.provisional = provisional
        self.asOf = asOf
        self.label = label
        self.units = units
    }
}
