import Foundation

/// The thresholds an office sets for one plan's supervision, gathered on one form: when a light
/// turns yellow or red, how close to its target a level may stand, how long a returned report
/// may take to come back, and how many tasks a unit needs before the bulletin ranks it.
public struct SupervisionRules: Sendable, Equatable, Codable {
    public var yellowGap: Double
    public var redGap: Double
    public var levelTolerance: Double
    /// Kept with the plan's `PeriodRules`, where the return rule reads it.
    public var correctionDays: Int
    public var minimumToRank: Int
    /// 延期申请: how many extensions one task may be granted, and how many working days before
    /// its deadline a unit must apply at the latest.
    public var extensionLimit: Int
    public var extensionNoticeDays: Int
    /// 退办: how many working days after receiving a task a unit may return it.
    public var returnWindowDays: Int
    /// 红黄灯须说明: a lead unit's report on a red or yellow task must fill 存在问题 and 下步打算.
    /// Off unless the office turns it on, so API clients and sheets written before keep working.
    public var wordsWhenLit: Bool
    /// 会签: the lead's report waits for every cooperating unit's part of the period, unless the
    /// office waived the missing parts. Off unless the office turns it on.
    public var coSign: Bool
    /// How the plan's due day is read (the date as printed, 遇节假日顺延, or the Nth working day).
    /// Kept with the plan's `PeriodRules`, as `correctionDays` is.
    public var dueCounting: PeriodRules.DueCounting

    public init(
        light: LightRules = .standard, correctionDays: Int = PeriodRules.standard.correctionDays, minimumToRank: Int = 3,
        extensionLimit: Int = 1, extensionNoticeDays: Int = 5, returnWindowDays: Int = 5, wordsWhenLit: Bool = false,
        coSign: Bool = false, dueCounting: PeriodRules.DueCounting = .asPrinted
    ) {
        self.dueCounting = dueCounting
        yellowGap = light.yellowGap
        redGap = light.redGap
        levelTolerance = light.levelTolerance
        self.correctionDays = correctionDays
        self.minimumToRank = minimumToRank
        self.extensionLimit = extensionLimit
        self.extensionNoticeDays = extensionNoticeDays
        self.returnWindowDays = returnWindowDays
        self.wordsWhenLit = wordsWhenLit
        self.coSign = coSign
    }

    public static let standard = SupervisionRules()

    public var light: LightRules { LightRules(yellowGap: yellowGap, redGap: redGap, levelTolerance: levelTolerance) }

    /// Bounds an office can mean: gaps of 1–100 points, a tolerance up to half the target, a
    /// correction window up to a month, a ranking minimum of 1–50 tasks. A yellow gap no smaller
    /// than the red one is allowed: that office lights only red and green.
    public var isSensible: Bool {
        [yellowGap, redGap, levelTolerance].allSatisfy(\.isFinite)
            && (1...100).contains(yellowGap) && (1...100).contains(redGap)
            && (0...50).contains(levelTolerance) && (0...30).contains(correctionDays) && (1...50).contains(minimumToRank)
            && (0...10).contains(extensionLimit) && (0...30).contains(extensionNoticeDays) && (0...30).contains(returnWindowDays)
    }

    /// Red and green only: no gap is yellow.
    public var hasYellow: Bool { yellowGap < redGap }

    // A stored setting may give only what differs from the defaults.
    public init(from decoder: any Decoder) throws {
        let c = try decoder.container(keyedBy: CodingKeys.self)
        let d = SupervisionRules.standard
        yellowGap = try c.decodeIfPresent(Double.self, forKey: .yellowGap) ?? d.yellowGap
        redGap = try c.decodeIfPresent(Double.self, forKey: .redGap) ?? d.redGap
        levelTolerance = try c.decodeIfPresent(Double.self, forKey: .levelTolerance) ?? d.levelTolerance
        correctionDays = try c.decodeIfPresent(Int.self, forKey: .correctionDays) ?? d.correctionDays
        minimumToRank = try c.decodeIfPresent(Int.self, forKey: .minimumToRank) ?? d.minimumToRank
        extensionLimit = try c.decodeIfPresent(Int.self, forKey: .extensionLimit) ?? d.extensionLimit
        extensionNoticeDays = try c.decodeIfPresent(Int.self, forKey: .extensionNoticeDays) ?? d.extensionNoticeDays
        returnWindowDays = try c.decodeIfPresent(Int.self, forKey: .returnWindowDays) ?? d.returnWindowDays
        wordsWhenLit = try c.decodeIfPresent(Bool.self, forKey: .wordsWhenLit) ?? d.wordsWhenLit
        coSign = try c.decodeIfPresent(Bool.self, forKey: .coSign) ?? d.coSign
        dueCounting = try c.decodeIfPresent(PeriodRules.DueCounting.self, forKey: .dueCounting) ?? d.dueCounting
    }
}
