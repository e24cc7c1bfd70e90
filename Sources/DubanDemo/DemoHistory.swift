import DubanCore
import DubanStore
import DubanWeb
import FluentKit
import Foundation
import Vapor

/// Months of plausible supervision, replayed through the real use cases at their own dates:
/// most units report on time and are accepted, some lag, some fall silent and are urged.
enum DemoHistory {
    enum Profile { case steady, lagging, silent }

    static func generate(app: Application, planID: Int, supervisor: Actor, until: Date) async throws {
        let base = app.storeContext()
        let tasks = try await TaskRecord.query(on: app.storeContext().db).filter(\.$planID == planID).sort(\.$position).all()
        let periods = try await PeriodRecord.query(on: app.storeContext().db).filter(\.$planID == planID).sort(\.$number).all()
        let accounts = try await AccountRecord.query(on: app.storeContext().db).filter(\.$role == Role.unit.rawValue).all()
        let accountByUnit = Dictionary(accounts.compactMap { a in a.unitID.map { ($0, a) } }, uniquingKeysWith: { a, _ in a })
        let leaderAccounts = try await AccountRecord.query(on: app.storeContext().db).filter(\.$role == Role.leader.rawValue).all()
        var rng = SeededGenerator(seed: UInt64(planID))
        for task in tasks {
            let taskID = try task.requireID()
            let loaded = try await TaskSubject.load(taskID, on: app.storeContext().db)
            guard let leadUnit = loaded.subject.leadUnitIDs.sorted().first, let account = accountByUnit[leadUnit] else { continue }
            let unitActor = account.actor
            let roll = Double.random(in: 0..<1, using: &rng)
            let profile: Profile = roll < 0.72 ? .steady : roll < 0.9 ? .lagging : .silent
            let indicators = try await IndicatorRecord.query(on: app.storeContext().db).filter(\.$taskID == taskID).sort(\.$position).all()
            try await Acknowledgements.acknowledge(
                taskID: taskID, actor: unitActor,
                in: base.withClock(FixedClock(PlanCalendar.date(2022, 2, 14, hour: 10))))
            for period in periods where period.graceEndsAt < until {
                if profile == .silent && period.number >= 6 { continue }
                let late = profile == .lagging && period.number % 3 == 0
                let submittedAt = late ? period.dueAt.addingTimeInterval(3 * 86_400) : period.dueAt.addingTimeInterval(-2 * 86_400)
                let factor = profile == .steady ? Double.random(in: 0.95...1.2, using: &rng) : Double.random(in: 0.35...0.6, using: &rng)
                let share = Double(period.number) / 12
                var values: [Int: Double] = [:]
                for indicator in indicators where indicator.tier != "stretch" {
                    values[try indicator.requireID()] = value(for: indicator, share: share, factor: factor)
                }
                let percent = task.kind == TaskKind.milestone.rawValue ? min(100, (share * 100 * factor).rounded()) : nil
                // Returned reports are the ones that came without their 台账; lagging units send it every other month.
                let returned = (taskID + period.number) % 7 == 0
                let withLedger = profile == .steady ? !returned : profile == .lagging && period.number % 2 == 0
                let submission = Reports.Submission(
                    taskID: taskID, periodNumber: period.number,
                    narrative: narrative(task, period: period.label, profile: profile), values: values, percentComplete: percent,
                    problems: profile == .lagging ? "项目审批进度偏慢，资金到位不及时" : "",
                    nextSteps: "按计划推进下阶段工作，确保完成年度目标",
                    evidence: withLedger ? [ledger(task, period: period, values: values, indicators: indicators)] : [])
                let report = try await Reports.submit(submission, actor: unitActor, in: base.withClock(FixedClock(submittedAt)))
                let reviewAt = submittedAt.addingTimeInterval(86_400)
                guard reviewAt < until else { continue }
                // Every seventh report is returned once and corrected two days later.
                if returned {
                    try await Reviews.review(
                        reportID: try report.requireID(), accept: false, reason: "佐证材料不足，请补充现场照片和台账",
                        actor: supervisor, in: base.withClock(FixedClock(reviewAt)))
                    let resubmitAt = reviewAt.addingTimeInterval(2 * 86_400)
                    guard resubmitAt < until else { continue }
                    var corrected = submission
                    corrected.narrative += "（已补充佐证材料）"
                    corrected.evidence = [ledger(task, period: period, values: values, indicators: indicators)]
                    let second = try await Reports.submit(corrected, actor: unitActor, in: base.withClock(FixedClock(resubmitAt)))
                    let secondReview = resubmitAt.addingTimeInterval(86_400)
                    if secondReview < until {
                        try await Reviews.review(
                            reportID: try second.requireID(), accept: true, reason: "", actor: supervisor,
                            in: base.withClock(FixedClock(secondReview)))
                    }
                } else if period.number < 8 || taskID % 4 != 0 {
                    try await Reviews.review(
                        reportID: try report.requireID(), accept: true, reason: "", actor: supervisor,
                        in: base.withClock(FixedClock(reviewAt)))
                }
            }
            if profile == .silent {
                let urgedAt = PlanCalendar.date(2022, 7, 12, hour: 9)
                let urging = try await Urgings.urge(
                    taskID: taskID, unitID: leadUnit, message: "6月份进展报告逾期未报，请于3日内报送并说明原因",
                    replyBy: urgedAt.addingTimeInterval(3 * 86_400), actor: supervisor,
                    in: base.withClock(FixedClock(urgedAt)))
                if taskID % 2 == 0 {
                    try await Urgings.answer(
                        urgingID: try urging.requireID(), answer: "已安排专人负责，本周内补报",
                        actor: unitActor, in: base.withClock(FixedClock(urgedAt.addingTimeInterval(2 * 86_400))))
                }
            }
        }
        // Unanswered urgings past their reply deadline become supervision notices.
        _ = try await Urgings.escalateOverdue(in: base.withClock(FixedClock(PlanCalendar.date(2022, 7, 20, hour: 9))))
        try await instructions(app: app, planID: planID, leaders: leaderAccounts, until: until)
    }

    /// Leaders write on a few red tasks of theirs.
    static func instructions(app: Application, planID: Int, leaders: [AccountRecord], until: Date) async throws {
        let base = app.storeContext()
        let rows = try await TaskBoard.rows(planID: planID, now: until, on: app.storeContext().db).filter { $0.light == .red }
        var written = 0
        for row in rows where written < 4 {
            guard let leader = row.leaders.first, let account = leaders.first(where: { $0.leaderID == leader.id }) else { continue }
            try await TaskActions.instruct(
                taskID: row.id, text: "请牵头单位分析滞后原因，倒排工期，确保按期完成。",
                actor: account.actor, in: base.withClock(FixedClock(until.addingTimeInterval(-3 * 86_400))))
            written += 1
        }
    }

    static func value(for indicator: IndicatorRecord, share: Double, factor: Double) -> Double {
        let target = indicator.value
        let whole = IndicatorMeasure.takesWholeNumbers(indicator.indicator)
        func rounded(_ raw: Double) -> Double { whole ? raw.rounded(.down) : (raw * 100).rounded() / 100 }
        switch IndicatorMeasure.of(indicator.indicator) {
        case .cap: return (target * (factor >= 0.9 ? 0.9 : 1.1) * 100).rounded() / 100
        // A rate is reported as it stands (the year-to-date rate), not as a share of the year.
        case .level: return (target * min(factor, 1.1) * 100).rounded() / 100
        case .cumulative: return rounded(target * share * factor)
        // One to three things: none until the work lands, then all of them.
        case .milestone: return share * factor >= 0.7 ? target : rounded(target * share * factor)
        }
    }

    /// The month's 台账 as a unit would attach it: a small CSV of what was done and the figures reported.
    static func ledger(_ task: TaskRecord, period: PeriodRecord, values: [Int: Double], indicators: [IndicatorRecord]) -> Evidence.Upload {
        var lines = ["月份,事项,指标,数值"]
        let subject = task.text.prefix(30).replacingOccurrences(of: ",", with: "，")
        if indicators.isEmpty { lines.append("\(period.label),\(subject),,") }
        for indicator in indicators {
            let value = indicator.id.flatMap { values[$0] }.map { String(format: "%g", $0) } ?? ""
            lines.append("\(period.label),\(subject),\(indicator.metric.replacingOccurrences(of: ",", with: "，")),\(value)\(indicator.unit)")
        }
        return Evidence.Upload(filename: "\(period.label)工作台账.csv", contentType: "text/csv", data: Data(lines.joined(separator: "\n").utf8))
    }

    static func narrative(_ task: TaskRecord, period: String, profile: Profile) -> String {
        switch profile {
        case .steady: "\(period)，按照年度计划有序推进，各项工作进展顺利，阶段性目标已完成。"
        case .lagging: "\(period)，工作正在推进，但受审批和资金影响进度滞后，正在协调解决。"
        case .silent: "\(period)，相关工作已启动，正在开展前期调研。"
        }
    }
}

/// A small deterministic generator (SplitMix64): the demo is the same every time.
struct SeededGenerator: RandomNumberGenerator {
    var state: UInt64

    init(seed: UInt64) { state = seed &+ 0x9E37_79B9_7F4A_7C15 }

    mutating func next() -> UInt64 {
        state &+= 0x9E37_79B9_7F4A_7C15
        var z = state
        z = (z ^ (z >> 30)) &* 0xBF58_476D_1CE4_E5B9
        z = (z ^ (z >> 27)) &* 0x94D0_49BB_1331_11EB
        return z ^ (z >> 31)
    }
}
