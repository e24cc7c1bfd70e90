import DubanCore
import DubanStrings
import FluentKit
import Foundation

/// Everything the lights of a set of tasks depend on, loaded in bulk.
struct BoardFacts {
    var plans: [Int: PlanRecord] = [:]
    var periods: [Int: [PeriodRecord]] = [:]
    var indicators: [Int: [IndicatorFact]] = [:]
    var taskUnits: [Int: [ResponsibilityFact]] = [:]
    var taskLeaders: [Int: [ResponsibilityFact]] = [:]
    var unitNames: [Int: String] = [:]
    var leaderNames: [Int: String] = [:]
    var reports: [Int: [ReportFact]] = [:]
    var values: [Int: [ValueFact]] = [:]
    var urgings: [Int: [UrgingFact]] = [:]
    /// Task id → when it was signed for.
    var acknowledgedAt: [Int: Date] = [:]
    var acknowledged: Set<Int> { Set(acknowledgedAt.keys) }
    /// The children's figures toward the passed-down tasks on the board.
    var rollUps = RollUpSources()

    struct UrgingFact {
        var sentAt: Date
        var replyBy: Date
        var answeredAt: Date?
    }
    /// Per plan, computed once: the calendar work (periods, due dates) is the costly part of a light.
    var calendars: [Int: PlanCalendarFacts] = [:]

    /// Plan id → the office's light thresholds, where it set them.
    var lightRules: [Int: LightRules] = [:]
    /// The installation's working-day calendar (the return window counts in working days).
    var workCalendar = WorkCalendar.stateCouncil

    struct PlanCalendarFacts {
        var rules: PeriodRules
        var start: Date
        var latestDue: Period?
        var deadlines: [String: Date] = [:]
    }

    static func load(taskIDs: Set<Int>, planIDs: Set<Int>, on db: any Database) async throws -> BoardFacts {
        var facts = try await loadStructure(taskIDs: taskIDs, planIDs: planIDs, on: db)
        try await facts.loadReports(taskIDs: taskIDs, on: db)
        return facts
    }

    /// All but the reports: what a report cannot change, so one read serves every report
    /// written until something else changes (`DataRevision.Scope.structure`).
    static func loadStructure(taskIDs: Set<Int>, planIDs: Set<Int>, on db: any Database) async throws -> BoardFacts {
        var facts = BoardFacts()
        facts.workCalendar = try await WorkCalendars.load(on: db)
        for plan in try await PlanRecord.query(on: db).filter(\.$id ~~ planIDs).all() { facts.plans[plan.id ?? 0] = plan }
        for row in try await PlanSettingsRecord.query(on: db).filter(\.$planID ~~ planIDs).all() {
            if let rules = row.supervisionRules.flatMap({ JSONText.decode(SupervisionRules.self, $0) }) { facts.lightRules[row.planID] = rules.light }
        }
        for period in try await PeriodRecord.query(on: db).filter(\.$planID ~~ planIDs).sort(\.$number).all() {
            facts.periods[period.planID, default: []].append(period)
        }
        for row in try await IndicatorFact.load(taskIDs: taskIDs, on: db) { facts.indicators[row.taskID, default: []].append(row) }
        let units = try await ResponsibilityFact.units(taskIDs: taskIDs, on: db)
        for row in units { facts.taskUnits[row.taskID, default: []].append(row) }
        let leaders = try await ResponsibilityFact.leaders(taskIDs: taskIDs, on: db)
        for row in leaders { facts.taskLeaders[row.taskID, default: []].append(row) }
        facts.unitNames = try await ResponsibilityFact.names(UnitRecord.schema, ids: Set(units.map(\.ownerID)), on: db)
        facts.leaderNames = try await ResponsibilityFact.names(LeaderRecord.schema, ids: Set(leaders.map(\.ownerID)), on: db)
        for urging in try await UrgingRecord.query(on: db).filter(\.$taskID ~~ taskIDs).all() {
            facts.urgings[urging.taskID, default: []].append(UrgingFact(sentAt: urging.sentAt, replyBy: urging.replyBy, answeredAt: urging.answeredAt))
        }
        for ack in try await AcknowledgementRecord.query(on: db).filter(\.$taskID ~~ taskIDs).all() {
            facts.acknowledgedAt[ack.taskID] = min(facts.acknowledgedAt[ack.taskID] ?? .distantFuture, ack.createdAt ?? .distantPast)
        }
        return facts
    }

    /// The reports and their accepted values: the part of a board every report changes.
    mutating func loadReports(taskIDs: Set<Int>, on db: any Database) async throws {
        // Every version of every lead report is read on a board; plain rows through SQLKit, not
        // Fluent models, because building a model per row was most of a 300-task board's time.
        let reports = try await ReportFact.load(taskIDs: taskIDs, on: db)
        self.reports = [:]
        self.values = [:]
        for report in reports { self.reports[report.taskID, default: []].append(report) }
        let accepted = Set(reports.filter { $0.status == ReportStatus.accepted.rawValue }.map(\.id))
        for value in try await ValueFact.load(reportIDs: accepted, on: db) {
            self.values[value.reportID, default: []].append(value)
        }
        rollUps = try await RollUpSources.load(taskIDs: taskIDs, on: db)
    }

    /// The facts as they stood at `date`, for "since last month": reports written later are
    /// left out, a review made later is still awaited, urgings sent later are unsent and answers
    /// given later not yet given. A report since superseded by a later version lost the status
    /// it had; reviewed by `date`, it counts as returned, the usual reason for a new version.
    func asOf(_ date: Date) -> BoardFacts {
        var past = self
        past.reports = reports.mapValues { list in
            list.filter { $0.submittedAt <= date }.map { report in
                var then = report
                if let reviewed = report.reviewedAt, reviewed <= date {
                    if report.status == ReportStatus.superseded.rawValue { then.status = ReportStatus.returned.rawValue }
                } else if report.status != ReportStatus.submitted.rawValue {
                    then.status = ReportStatus.submitted.rawValue
                }
                return then
            }
        }
        past.urgings = urgings.mapValues { list in
            list.filter { $0.sentAt <= date }.map { urging in
                var then = urging
                if let answered = urging.answeredAt, answered > date { then.answeredAt = nil }
                return then
            }
        }
        past.acknowledgedAt = acknowledgedAt.filter { $0.value <= date }
        return past
    }

    /// Fills the per-plan calendar facts for `now`, once per board.
    mutating func prepareCalendars(now: Date, tasks: [TaskRecord]) {
        for (planID, plan) in plans {
            var rules = JSONText.decode(PeriodRules.self, plan.periodRules) ?? .standard
            rules.workCalendar = workCalendar
            var facts = PlanCalendarFacts(
                rules: rules, start: Progress.defaultStart(year: plan.year),
                latestDue: plan.status == PlanStatus.published.rawValue ? Periods.latestDue(asOf: now, year: plan.year, rules: rules) : nil)
            for deadline in Set(tasks.filter { $0.planID == planID }.map { $0.deadline ?? "" }) {
                facts.deadlines[deadline] = Progress.deadline(deadline.isEmpty ? nil : deadline, planYear: plan.year)
            }
            calendars[planID] = facts
        }
    }

    func units(of taskID: Int, role: String) -> [TaskRow.Named] {
        taskUnits[taskID, default: []].filter { $0.role == role }.map { TaskRow.Named(id: $0.ownerID, name: unitNames[$0.ownerID] ?? "") }
    }

    func leaders(of taskID: Int) -> [TaskRow.Named] {
        taskLeaders[taskID, default: []].map { TaskRow.Named(id: $0.ownerID, name: leaderNames[$0.ownerID] ?? "") }
    }

    func verdict(for task: TaskRecord, now: Date) -> LightVerdict {
        guard let id = task.id, let plan = plans[task.planID] else {
            // No plan row: nothing is due, so the rule itself says pending.
            return Lights.evaluate(LightFacts(kind: .qualitative, start: now, deadline: now.addingTimeInterval(86_400)), now: now)
        }
        let calendar = calendars[task.planID]
        let rules = calendar?.rules ?? .standard
        let light = lightRules[task.planID] ?? .standard
        let kind = TaskKind(rawValue: task.kind) ?? .qualitative
        let taskReports = reports[id, default: []]
        let planPeriods = periods[task.planID, default: []]
        let periodNumbers = Dictionary(uniqueKeysWithValues: planPeriods.map { ($0.id ?? 0, $0.number) })
        // The latest accepted report counts; versions and periods ordered as written.
        let latestAccepted = taskReports.filter { $0.status == ReportStatus.accepted.rawValue }
            .max { (periodNumbers[$0.periodID] ?? 0, $0.version) < (periodNumbers[$1.periodID] ?? 0, $1.version) }
        var progress = TaskProgress(percent: nil)
        let taskIndicators = indicators[id, default: []]
        if let report = latestAccepted {
            let reported = taskIndicators.map { indicator in values[report.id, default: []].first { $0.indicatorID == indicator.id }?.value }
            progress = Progress.task(
                kind: kind, indicators: taskIndicators.map(\.indicator), reported: reported,
                percentComplete: report.percentComplete, rules: light)
        }
        // One clock for the board: 序时 is read at the end of the latest reporting round.
        let due =
            calendar.map(\.latestDue) ?? (plan.status == PlanStatus.published.rawValue ? Periods.latestDue(asOf: now, year: plan.year, rules: rules) : nil)
        var latestDue: PeriodTiming?
        var staleSince: String?
        var awaitingReview = false
        var rolledUp = false
        if let period = due {
            let roundID = planPeriods.first { $0.number == period.index }?.id
            let round = taskReports.filter { $0.periodID == roundID }
            latestDue = PeriodTiming(period: period, timing: Self.timing(period, round, now: now, rules: rules))
            if let report = latestAccepted, let number = periodNumbers[report.periodID], number < period.index {
                staleSince = Periods.period(year: plan.year, index: number, rules: rules).shortLabel
                awaitingReview = round.contains { $0.status == ReportStatus.submitted.rawValue }
            }
        }
        // A passed-down task its own lead has not reported on this period is answered by its
        // children's accepted figures, summed: nobody reports the same figure twice.
        var notes = progress.notes
        if latestAccepted == nil || staleSince != nil {
            let totals = RollUps.totals(parent: taskIndicators.map(\.indicator), children: rollUps.children[id, default: []])
            // Judged on the measures the children state: one they do not is not a blank in a report.
            let rolled = zip(taskIndicators.map(\.indicator), totals).filter { $0.1 != nil }
            if !rolled.isEmpty {
                let coverage = rollUps.coverage(of: id)
                progress = Progress.task(kind: kind, indicators: rolled.map(\.0), reported: rolled.map(\.1), rules: light)
                notes = progress.notes + [Strings.Levels.RollUp.standsIn(reported: coverage.reported, of: coverage.total)]
                rolledUp = true
                (latestDue, staleSince, awaitingReview) = (nil, nil, false)
            }
        }
        // The return rule: a returned version inside its correction window is a note, after it a cause.
        var returnLapsed = false
        var correctionDue: Date?
        if let latest = taskReports.max(by: { ($0.submittedAt, $0.id) < ($1.submittedAt, $1.id) }), latest.status == ReportStatus.returned.rawValue {
            let chain = ReportChain.of(
                Self.submissions(taskReports.filter { $0.periodID == latest.periodID && $0.unitID == latest.unitID }),
                now: now, rules: rules)
            returnLapsed = chain.returnLapsed
            correctionDue = chain.correctionDue
        }
        let taskUrgings = urgings[id, default: []].filter { $0.answeredAt == nil }
        let facts = LightFacts(
            kind: kind, start: calendar?.start ?? Progress.defaultStart(year: plan.year),
            deadline: calendar?.deadlines[task.deadline ?? ""] ?? Progress.deadline(task.deadline, planYear: plan.year),
            closed: task.status == TaskStatus.closed.rawValue,
            actualProgress: progress.percent, hasAcceptedReport: latestAccepted != nil || rolledUp,
            followsSchedule: Progress.followsSchedule(kind: kind, indicators: taskIndicators.map(\.indicator)), clock: due?.end, staleSince: staleSince,
            awaitingReview: awaitingReview,
            progressConcerns: progress.concerns, progressNotes: notes, latestDue: latestDue,
            returnedNotResubmitted: returnLapsed, correctionDue: correctionDue,
            openUrgings: taskUrgings.filter { $0.replyBy >= now }.count,
            overdueUrgings: taskUrgings.filter { $0.replyBy < now }.count)
        return Lights.evaluate(facts, now: now, rules: light)
    }

    /// A round's timing by the return rule, per lead unit; the earliest unit's report counts.
    static func timing(_ period: Period, _ round: [ReportFact], now: Date, rules: PeriodRules) -> ReportTiming {
        let byUnit = Dictionary(grouping: round, by: \.unitID)
        let countsFrom = byUnit.values.compactMap { ReportChain.of(submissions($0), now: now, rules: rules).countsFrom }.min()
        return ReportTiming.of(period, submittedAt: countsFrom, now: now, rules: rules)
    }

    /// A unit's versions of one period's report as the return rule reads them.
    static func submissions(_ versions: [ReportFact]) -> [ReportSubmission] {
        versions.map { ReportSubmission(submittedAt: $0.submittedAt, returnedAt: $0.status == ReportStatus.returned.rawValue ? $0.reviewedAt : nil) }
    }
}
