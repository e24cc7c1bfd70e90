import DubanCore
import Fluent
import Foundation

/// Everything the lights of a set of tasks depend on, loaded in bulk.
struct BoardFacts {
    var plans: [Int: PlanRecord] = [:]
    var periods: [Int: [PeriodRecord]] = [:]
    var indicators: [Int: [IndicatorRecord]] = [:]
    var taskUnits: [Int: [TaskUnitRecord]] = [:]
    var taskLeaders: [Int: [TaskLeaderRecord]] = [:]
    var unitNames: [Int: String] = [:]
    var leaderNames: [Int: String] = [:]
    var reports: [Int: [ReportRecord]] = [:]
    var values: [Int: [ReportValueRecord]] = [:]
    var urgings: [Int: [UrgingRecord]] = [:]
    var acknowledged: Set<Int> = []
    /// Per plan, computed once: the calendar work (periods, due dates) is the costly part of a light.
    var calendars: [Int: PlanCalendarFacts] = [:]

    struct PlanCalendarFacts {
        var rules: PeriodRules
        var start: Date
        var latestDue: Period?
        var deadlines: [String: Date] = [:]
    }

    static func load(taskIDs: Set<Int>, planIDs: Set<Int>, on db: any Database) async throws -> BoardFacts {
        var facts = BoardFacts()
        for plan in try await PlanRecord.query(on: db).filter(\.$id ~~ planIDs).all() { facts.plans[plan.id ?? 0] = plan }
        for period in try await PeriodRecord.query(on: db).filter(\.$planID ~~ planIDs).sort(\.$number).all() {
            facts.periods[period.planID, default: []].append(period)
        }
        for row in try await IndicatorRecord.query(on: db).filter(\.$taskID ~~ taskIDs).sort(\.$position).all() {
            facts.indicators[row.taskID, default: []].append(row)
        }
        let units = try await TaskUnitRecord.query(on: db).filter(\.$taskID ~~ taskIDs).sort(\.$position).all()
        for row in units { facts.taskUnits[row.taskID, default: []].append(row) }
        let leaders = try await TaskLeaderRecord.query(on: db).filter(\.$taskID ~~ taskIDs).sort(\.$position).all()
        for row in leaders { facts.taskLeaders[row.taskID, default: []].append(row) }
        for unit in try await UnitRecord.query(on: db).filter(\.$id ~~ Set(units.map(\.unitID))).all() { facts.unitNames[unit.id ?? 0] = unit.name }
        for leader in try await LeaderRecord.query(on: db).filter(\.$id ~~ Set(leaders.map(\.leaderID))).all() {
            facts.leaderNames[leader.id ?? 0] = leader.name
        }
        let reports = try await ReportRecord.query(on: db).filter(\.$taskID ~~ taskIDs).filter(\.$role == "lead").all()
        for report in reports { facts.reports[report.taskID, default: []].append(report) }
        let accepted = reports.filter { $0.status == "accepted" }.compactMap(\.id)
        if !accepted.isEmpty {
            for value in try await ReportValueRecord.query(on: db).filter(\.$reportID ~~ Set(accepted)).all() {
                facts.values[value.reportID, default: []].append(value)
            }
        }
        for urging in try await UrgingRecord.query(on: db).filter(\.$taskID ~~ taskIDs).all() { facts.urgings[urging.taskID, default: []].append(urging) }
        facts.acknowledged = Set(try await AcknowledgementRecord.query(on: db).filter(\.$taskID ~~ taskIDs).all().map(\.taskID))
        return facts
    }

    /// Fills the per-plan calendar facts for `now`, once per board.
    mutating func prepareCalendars(now: Date, tasks: [TaskRecord]) {
        for (planID, plan) in plans {
            let rules = JSONText.decode(PeriodRules.self, plan.periodRules) ?? .standard
            var facts = PlanCalendarFacts(rules: rules, start: Progress.defaultStart(year: plan.year),
                                          latestDue: plan.status == "published" ? Periods.latestDue(asOf: now, year: plan.year, rules: rules) : nil)
            for deadline in Set(tasks.filter { $0.planID == planID }.map { $0.deadline ?? "" }) {
                facts.deadlines[deadline] = Progress.deadline(deadline.isEmpty ? nil : deadline, planYear: plan.year)
            }
            calendars[planID] = facts
        }
    }

    func units(of taskID: Int, role: String) -> [TaskRow.Named] {
        taskUnits[taskID, default: []].filter { $0.role == role }.map { TaskRow.Named(id: $0.unitID, name: unitNames[$0.unitID] ?? "") }
    }

    func leaders(of taskID: Int) -> [TaskRow.Named] {
        taskLeaders[taskID, default: []].map { TaskRow.Named(id: $0.leaderID, name: leaderNames[$0.leaderID] ?? "") }
    }

    func verdict(for task: TaskRecord, now: Date) -> LightVerdict {
        guard let id = task.id, let plan = plans[task.planID] else {
            // No plan row: nothing is due, so the rule itself says pending.
            return Lights.evaluate(LightFacts(kind: .qualitative, start: now, deadline: now.addingTimeInterval(86_400)), now: now)
        }
        let calendar = calendars[task.planID]
        let rules = calendar?.rules ?? .standard
        let kind = TaskKind(rawValue: task.kind) ?? .qualitative
        let taskReports = reports[id, default: []]
        let periodNumbers = Dictionary(uniqueKeysWithValues: periods[task.planID, default: []].map { ($0.id ?? 0, $0) })
        // The latest accepted report counts; versions and periods ordered as written.
        let latestAccepted = taskReports.filter { $0.status == "accepted" }
            .max { (periodNumbers[$0.periodID]?.number ?? 0, $0.version) < (periodNumbers[$1.periodID]?.number ?? 0, $1.version) }
        var actual: Double?
        var notes: [String] = []
        var asOf: Date?
        if let report = latestAccepted {
            let taskIndicators = indicators[id, default: []]
            let reported = taskIndicators.map { indicator in values[report.id ?? 0, default: []].first { $0.indicatorID == indicator.id }?.value }
            let progress = Progress.task(kind: kind, indicators: taskIndicators.map(\.indicator), reported: reported,
                                         percentComplete: report.percentComplete)
            actual = progress.percent
            notes = progress.notes
            asOf = periodNumbers[report.periodID]?.endsAt
        }
        var latestDue: PeriodTiming?
        let due = calendar.map(\.latestDue) ?? (plan.status == "published" ? Periods.latestDue(asOf: now, year: plan.year, rules: rules) : nil)
        if let period = due {
            let record = periods[task.planID, default: []].first { $0.number == period.index }
            let submitted = taskReports.filter { $0.periodID == record?.id && $0.status != "returned" }.map(\.submittedAt).min()
            latestDue = PeriodTiming(period: period, timing: ReportTiming.of(period, submittedAt: submitted, now: now, rules: rules))
        }
        let latest = taskReports.max { ($0.submittedAt, $0.id ?? 0) < ($1.submittedAt, $1.id ?? 0) }
        let taskUrgings = urgings[id, default: []].filter { $0.answeredAt == nil }
        let facts = LightFacts(
            kind: kind, start: calendar?.start ?? Progress.defaultStart(year: plan.year),
            deadline: calendar?.deadlines[task.deadline ?? ""] ?? Progress.deadline(task.deadline, planYear: plan.year),
            closed: task.status == "closed",
            actualProgress: actual, actualAsOf: asOf, progressNotes: notes, latestDue: latestDue,
            returnedNotResubmitted: latest?.status == "returned",
            openUrgings: taskUrgings.filter { $0.replyBy >= now }.count,
            overdueUrgings: taskUrgings.filter { $0.replyBy < now }.count)
        return Lights.evaluate(facts, now: now)
    }
}
