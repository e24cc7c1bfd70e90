import DubanStrings
import Foundation

/// The annual assessment (年考核) of lead units. Every part can be checked by hand:
///
/// - **指标完成** (attainment, default 60): met ÷ counted × weight, each indicator weighted 1 for a
///   lead unit and `coopWeight` ÷ 100 for a cooperating one, each office rating of a qualitative or
///   milestone task counted as its fraction. At year end an indicator is met when its achieved
///   value reaches the committed target (确保, or the only target stated): achieved ≥ target, or
///   achieved ≤ target for a cap (`lowerIsBetter`). Before year end (预评) a cumulative indicator
///   is met when it reaches the share of its target 序时进度 asks for (`expectedShare`), a level or
///   cap as it stands, and a small count (milestone) is counted only once reached. An indicator
///   never reported counts as not met. A unit with nothing to judge is not given full marks: it
///   is 待评定, scored 0 for this part and not ranked.
/// - **力争目标加分** (stretch bonus, default 5, on top of 100): among the indicators that state a
///   stretch tier beside a committed one, reached ÷ those × bonus. The two tiers are counted
///   apart: reaching the stretch adds the bonus, missing it costs nothing. No stretch tier: 0.
/// - **报送及时** (timeliness, default 20): on time ÷ due × weight. No report due: full marks.
/// - **报告质量** (returns, default 10): (1 − returned ÷ submitted) × weight, resubmissions
///   counted as submissions. Nothing due and nothing submitted: full marks; reports due but none
///   submitted: 0 (there is nothing whose quality could earn points).
/// - **催办情况** (urgings, default 10): weight − urgings × `urgingPenalty` (default 2), not below 0.
///
/// Each part is rounded to 0.1 (half away from zero) and the score is the sum of the rounded
/// parts, so the parts shown add up to the score exactly. Units are listed by score, highest
/// first; equal scores share a rank (1, 2, 2, 4) and are listed by unit name, then id.
public enum Assessment {
    public static func assess(
        _ units: [UnitAssessmentInput], weights: AssessmentWeights = .standard,
        provisional: Bool = false
    ) -> [UnitAssessment] {
        var pending = Set<Int>()
        let scored = units.map { unit -> UnitAssessment in
            let (attained, judged) = attainment(unit, weights, provisional: provisional)
            if !judged { pending.insert(unit.unitID) }
            let parts = [
                attained, stretch(unit, weights), timeliness(unit, weights),
                returns(unit, weights), urgings(unit, weights),
            ]
            let score = round(parts.reduce(0) { $0 + $1.points })
            return UnitAssessment(unitID: unit.unitID, unitName: unit.unitName, score: score, rank: nil, parts: parts)
        }
        // Compare in tenths, as shown: two scores that print alike rank alike. Units still
        // waiting for the office's rating come last, unranked.
        let sorted = scored.sorted {
            let (waitA, waitB) = (pending.contains($0.unitID), pending.contains($1.unitID))
            if waitA != waitB { return !waitA }
            let (a, b) = (tenths($0.score), tenths($1.score))
            if a != b { return a > b }
            if $0.unitName != $1.unitName { return $0.unitName < $1.unitName }
            return $0.unitID < $1.unitID
        }
        var ranked: [UnitAssessment] = []
        for (index, var unit) in sorted.enumerated() {
            if !pending.contains(unit.unitID) {
                if let previous = ranked.last, let rank = previous.rank, tenths(previous.score) == tenths(unit.score) {
                    unit.rank = rank
                } else {
                    unit.rank = index + 1
                }
            }
            ranked.append(unit)
        }
        return ranked
    }

    /// The heading every reader sees first: provisional before the year's end, with its date.
    public static func label(year: Int, asOf: Date, provisional: Bool) -> String {
        guard provisional else { return Strings.Products.Assessment.finalLabel(year: year) }
        let parts = PlanCalendar.calendar.dateComponents([.year, .month, .day], from: asOf)
        return Strings.Products.Assessment.provisionalLabel(year: year, asOf: "\(parts.year!)年\(parts.month!)月\(parts.day!)日")
    }

    // MARK: Parts

    typealias AssessmentText = Strings.Products.Assessment

    /// The part, and whether anything could be judged (false: 待评定).
    static func attainment(_ unit: UnitAssessmentInput, _ weights: AssessmentWeights, provisional: Bool) -> (AssessmentPart, Bool) {
        let weight = weights.attainment
        var counted = 0.0
        var met = 0.0
        var indicators = 0
        var notDue = 0
        for outcome in unit.indicators {
            guard let target = committedTarget(outcome) else { continue }
            let reached: Bool
            if provisional {
                switch outcome.measure {
                case .cumulative:
                    reached = meets(outcome.achieved, target * min(max(outcome.expectedShare, 0), 1), lowerIsBetter: outcome.lowerIsBetter)
                case .level, .cap:
                    reached = meets(outcome.achieved, target, lowerIsBetter: outcome.lowerIsBetter)
                case .milestone:
                    reached = meets(outcome.achieved, target, lowerIsBetter: outcome.lowerIsBetter)
                    // Judged at its deadline: before, only a count already reached is counted.
                    if !reached {
                        notDue += 1
                        continue
                    }
                }
            } else {
                reached = meets(outcome.achieved, target, lowerIsBetter: outcome.lowerIsBetter)
            }
            indicators += 1
            counted += outcome.weight
            if reached { met += outcome.weight }
        }
        let ratings = unit.ratings.map { min(max($0, 0), 1) }
        counted += Double(ratings.count)
        met += ratings.reduce(0, +)
        guard counted > 0 else {
            return (
                AssessmentPart(
                    name: AssessmentText.attainment, points: 0, maximum: weight,
                    explanation: AssessmentText.attainmentPending(unrated: unit.unratedTasks, notDue: notDue)), false
            )
        }
        let points = round(met / counted * weight)
        var explanation =
            provisional
            ? AssessmentText.attainmentProvisional(total: counted, met: met, indicators: indicators, rated: ratings.count, weight: weight, points: points)
            : AssessmentText.attainment(total: counted, met: met, indicators: indicators, rated: ratings.count, weight: weight, points: points)
        if unit.unratedTasks > 0 { explanation += AssessmentText.unrated(unit.unratedTasks) }
        return (AssessmentPart(name: AssessmentText.attainment, points: points, maximum: weight, explanation: explanation), true)
    }

    static func stretch(_ unit: UnitAssessmentInput, _ weights: AssessmentWeights) -> AssessmentPart {
        let tiered = unit.indicators.filter { $0.target != nil && $0.stretchTarget != nil }
        let bonus = weights.stretchBonus
        guard !tiered.isEmpty else {
            return AssessmentPart(name: AssessmentText.stretch, points: 0, maximum: bonus, explanation: AssessmentText.stretchNone)
        }
        let met = tiered.filter { meets($0.achieved, $0.stretchTarget!, lowerIsBetter: $0.lowerIsBetter) }.count
        let points = round(Double(met) / Double(tiered.count) * bonus)
        return AssessmentPart(
            name: AssessmentText.stretch, points: points, maximum: bonus,
            explanation: AssessmentText.stretch(total: tiered.count, met: met, bonus: bonus, points: points))
    }

    static func timeliness(_ unit: UnitAssessmentInput, _ weights: AssessmentWeights) -> AssessmentPart {
        let weight = weights.timeliness
        guard unit.reportsDue > 0 else {
            let points = round(weight)
            return AssessmentPart(name: AssessmentText.timeliness, points: points, maximum: weight, explanation: AssessmentText.timelinessNone(points: points))
        }
        let onTime = min(max(unit.reportsOnTime, 0), unit.reportsDue)
        let points = round(Double(onTime) / Double(unit.reportsDue) * weight)
        return AssessmentPart(
            name: AssessmentText.timeliness, points: points, maximum: weight,
            explanation: AssessmentText.timeliness(due: unit.reportsDue, onTime: onTime, weight: weight, points: points))
    }

    static func returns(_ unit: UnitAssessmentInput, _ weights: AssessmentWeights) -> AssessmentPart {
        let weight = weights.returns
        guard unit.reportsSubmitted > 0 else {
            if unit.reportsDue > 0 {
                return AssessmentPart(name: AssessmentText.returns, points: 0, maximum: weight, explanation: AssessmentText.returnsNothingSubmitted)
            }
            let points = round(weight)
            return AssessmentPart(name: AssessmentText.returns, points: points, maximum: weight, explanation: AssessmentText.returnsNoneDue(points: points))
        }
        let returned = min(max(unit.reportsReturned, 0), unit.reportsSubmitted)
        let points = round((1 - Double(returned) / Double(unit.reportsSubmitted)) * weight)
        return AssessmentPart(
            name: AssessmentText.returns, points: points, maximum: weight,
            explanation: AssessmentText.returns(submitted: unit.reportsSubmitted, returned: returned, weight: weight, points: points))
    }

    static func urgings(_ unit: UnitAssessmentInput, _ weights: AssessmentWeights) -> AssessmentPart {
        let weight = weights.urgings
        let count = max(unit.urgingsReceived, 0)
        let points = round(max(0, weight - Double(count) * weights.urgingPenalty))
        return AssessmentPart(
            name: AssessmentText.urgings, points: points, maximum: weight,
            explanation: AssessmentText.urgings(count: count, weight: weight, penalty: weights.urgingPenalty, points: points))
    }

    // MARK: Rules

    /// The figure an indicator is judged by: the committed tier, else the only (stretch) figure.
    static func committedTarget(_ outcome: IndicatorOutcome) -> Double? { outcome.target ?? outcome.stretchTarget }

    static func meets(_ achieved: Double?, _ target: Double, lowerIsBetter: Bool) -> Bool {
        guard let achieved else { return false }
        // A hair of tolerance, so 0.1 + 0.2 reaches 0.3.
        let slack = 1e-9 * max(1, abs(target))
        return lowerIsBetter ? achieved <= target + slack : achieved >= target - slack
    }

    /// To 0.1, half away from zero; the nudge keeps 16.65 (stored as 16.6499…) rounding up as written.
    static func round(_ value: Double) -> Double {
        let scaled = value * 10
        return (scaled + (scaled >= 0 ? 1e-7 : -1e-7)).rounded() / 10
    }

    static func tenths(_ value: Double) -> Int { Int((value * 10).rounded()) }
}
