import DubanStrings

/// The annual assessment (年考核) of lead units. Every part can be checked by hand:
///
/// - **指标完成** (attainment, default 60): met ÷ counted × weight. An indicator is met when its
///   achieved value reaches the committed target (确保, or the only target stated): achieved ≥ target,
///   or achieved ≤ target for a cap (`lowerIsBetter`). An indicator never reported counts as not
///   met. When the plan states only a stretch (力争) figure, that figure is the target. An indicator
///   with no target at all is left out. A unit with no counted indicator gets full marks.
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
    public static func assess(_ units: [UnitAssessmentInput], weights: AssessmentWeights = .standard) -> [UnitAssessment] {
        let scored = units.map { unit -> UnitAssessment in
            let parts = [attainment(unit, weights), stretch(unit, weights), timeliness(unit, weights),
                         returns(unit, weights), urgings(unit, weights)]
            let score = round(parts.reduce(0) { $0 + $1.points })
            return UnitAssessment(unitID: unit.unitID, unitName: unit.unitName, score: score, rank: 0, parts: parts)
        }
        // Compare in tenths, as shown: two scores that print alike rank alike.
        let sorted = scored.sorted {
            let (a, b) = (tenths($0.score), tenths($1.score))
            if a != b { return a > b }
            if $0.unitName != $1.unitName { return $0.unitName < $1.unitName }
            return $0.unitID < $1.unitID
        }
        var ranked: [UnitAssessment] = []
        for (index, var unit) in sorted.enumerated() {
            if let previous = ranked.last, tenths(previous.score) == tenths(unit.score) {
                unit.rank = previous.rank
            } else {
                unit.rank = index + 1
            }
            ranked.append(unit)
        }
        return ranked
    }

    // MARK: Parts

    typealias Say = Strings.Products.Assessment

    static func attainment(_ unit: UnitAssessmentInput, _ weights: AssessmentWeights) -> AssessmentPart {
        let counted = unit.indicators.filter { committedTarget($0) != nil }
        let weight = weights.attainment
        guard !counted.isEmpty else {
            let points = round(weight)
            return AssessmentPart(name: Say.attainment, points: points, maximum: weight, explanation: Say.attainmentNone(points: points))
        }
        let met = counted.filter { meets($0.achieved, committedTarget($0)!, lowerIsBetter: $0.lowerIsBetter) }.count
        let points = round(Double(met) / Double(counted.count) * weight)
        return AssessmentPart(name: Say.attainment, points: points, maximum: weight,
                              explanation: Say.attainment(total: counted.count, met: met, weight: weight, points: points))
    }

    static func stretch(_ unit: UnitAssessmentInput, _ weights: AssessmentWeights) -> AssessmentPart {
        let tiered = unit.indicators.filter { $0.target != nil && $0.stretchTarget != nil }
        let bonus = weights.stretchBonus
        guard !tiered.isEmpty else {
            return AssessmentPart(name: Say.stretch, points: 0, maximum: bonus, explanation: Say.stretchNone)
        }
        let met = tiered.filter { meets($0.achieved, $0.stretchTarget!, lowerIsBetter: $0.lowerIsBetter) }.count
        let points = round(Double(met) / Double(tiered.count) * bonus)
        return AssessmentPart(name: Say.stretch, points: points, maximum: bonus,
                              explanation: Say.stretch(total: tiered.count, met: met, bonus: bonus, points: points))
    }

    static func timeliness(_ unit: UnitAssessmentInput, _ weights: AssessmentWeights) -> AssessmentPart {
        let weight = weights.timeliness
        guard unit.reportsDue > 0 else {
            let points = round(weight)
            return AssessmentPart(name: Say.timeliness, points: points, maximum: weight, explanation: Say.timelinessNone(points: points))
        }
        let onTime = min(max(unit.reportsOnTime, 0), unit.reportsDue)
        let points = round(Double(onTime) / Double(unit.reportsDue) * weight)
        return AssessmentPart(name: Say.timeliness, points: points, maximum: weight,
                              explanation: Say.timeliness(due: unit.reportsDue, onTime: onTime, weight: weight, points: points))
    }

    static func returns(_ unit: UnitAssessmentInput, _ weights: AssessmentWeights) -> AssessmentPart {
        let weight = weights.returns
        guard unit.reportsSubmitted > 0 else {
            if unit.reportsDue > 0 {
                return AssessmentPart(name: Say.returns, points: 0, maximum: weight, explanation: Say.returnsNothingSubmitted)
            }
            let points = round(weight)
            return AssessmentPart(name: Say.returns, points: points, maximum: weight, explanation: Say.returnsNoneDue(points: points))
        }
        let returned = min(max(unit.reportsReturned, 0), unit.reportsSubmitted)
        let points = round((1 - Double(returned) / Double(unit.reportsSubmitted)) * weight)
        return AssessmentPart(name: Say.returns, points: points, maximum: weight,
                              explanation: Say.returns(submitted: unit.reportsSubmitted, returned: returned, weight: weight, points: points))
    }

    static func urgings(_ unit: UnitAssessmentInput, _ weights: AssessmentWeights) -> AssessmentPart {
        let weight = weights.urgings
        let count = max(unit.urgingsReceived, 0)
        let points = round(max(0, weight - Double(count) * weights.urgingPenalty))
        return AssessmentPart(name: Say.urgings, points: points, maximum: weight,
                              explanation: Say.urgings(count: count, weight: weight, penalty: weights.urgingPenalty, points: points))
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
