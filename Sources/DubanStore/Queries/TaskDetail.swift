import DubanCore
import DubanStrings
import FluentKit
import Foundation

/// Everything the task page and `GET /api/v1/tasks/:id` show.
public struct TaskDetail: Sendable, Codable {
    public var task: TaskRow
    public var indicators: [IndicatorDTO]
    public var reports: [ReportDTO]
    public var urgings: [UrgingDTO]
    public var instructions: [InstructionDTO]
    public var workItems: [WorkItemDTO]
    public var versions: [VersionDTO]
    public var audit: [AuditDTO]
    public var periods: [PeriodDTO]
    public var importWarnings: [String]
    /// Per period: where the task should be (序时进度) and where the accepted report put it.
    public var progress: [ProgressPoint]
    /// Last year's task this one continues, found by the wording's likeness.
    public var predecessor: Predecessor?

    public struct Predecessor: Sendable, Codable {
        public var taskID: Int
        public var planTitle: String
        public var year: Int
        public var text: String
        public var similarity: Double
    }

    public struct ProgressPoint: Sendable, Codable {
        public var period: Int
        public var label: String
        public var expected: Double
        public var actual: Double?
    }

    public struct IndicatorDTO: Sendable, Codable {
        public var id: Int
        public var metric: String
        public var value: Double
        public var unit: String
        public var comparator: String
        public var tier: String?
        public var change: String?
    }

    public struct ReportDTO: Sendable, Codable {
        public var id: Int
        public var period: Int
        public var periodLabel: String
        public var unit: TaskRow.Named
        public var role: String
        public var version: Int
        public var status: String
        public var narrative: String
        public var percentComplete: Double?
        public var problems: String
        public var nextSteps: String
        public var late: Bool
        public var submittedAt: Date
        public var reviewReason: String?
        public var reviewedAt: Date?
        public var values: [ValueDTO]
        public var evidence: [EvidenceDTO]
        /// For the reviewer: numbers in the narrative that disagree with the values, a repeat of
        /// last period's text, nothing measurable.
        public var critique: [String]
        /// 审签: the unit leader who let it go to the office.
        public var signedBy: String?
    }

    public struct ValueDTO: Sendable, Codable {
        public var indicatorID: Int
        public var value: Double
    }

    public struct EvidenceDTO: Sendable, Codable {
        public var id: Int
        public var filename: String
        public var size: Int
        public var contentType: String
    }

    public struct UrgingDTO: Sendable, Codable {
        public var id: Int
        public var unit: TaskRow.Named
        public var message: String
        public var sentAt: Date
        public var replyBy: Date
        public var answer: String?
        public var answeredAt: Date?
        public var escalatedAt: Date?
        /// 督办意见: what the office wrote when it escalated.
        public var escalationNote: String?
        public var state: String
    }

    public struct InstructionDTO: Sendable, Codable {
        public var id: Int
        public var author: String
        public var text: String
        public var createdAt: Date?
    }

    public struct WorkItemDTO: Sendable, Codable {
        public var unitID: Int
        public var title: String
        public var dueOn: String?
        public var done: Bool
    }

    public struct VersionDTO: Sendable, Codable {
        public var version: Int
        public var reason: String
        public var text: String
        public var createdAt: Date?
        /// The lead units of that version, when it was kept with them.
        public var leadUnits: [String]?
    }

    public struct AuditDTO: Sendable, Codable {
        public var sequence: Int
        public var at: Date
        public var account: String
        public var action: String
    }

    public struct PeriodDTO: Sendable, Codable {
        public var number: Int
        public var label: String
        public var dueAt: Date
        public var endsAt: Date
    }
}

extension TaskDetail {
    /// The task as `actor` may read it: refused unless permitted, and cut to what `Visibility` shows.
    public static func read(_ taskID: Int, actor: Actor?, now: Date, on db: any Database) async throws -> (TaskDetail, Subject) {
        let loaded = try await TaskSubject.load(taskID, on: db)
        try Guard.require(actor, .readTask, loaded.subject)
        return (try await load(taskID, now: now, on: db).visible(to: actor, ownerGovernmentID: loaded.task.governmentID), loaded.subject)
    }

    /// Who may read a task, from facts kept under the structure revision: the check a cached
    /// detail is served behind. Returns the task's government, whose revision the detail is
    /// cached under.
    public static func authorize(_ taskID: Int, actor: Actor?, in context: StoreContext) async throws -> Int {
        let facts = try await TaskSubject.facts(taskID, in: context)
        try Guard.require(actor, .readTask, facts.subject)
        return facts.governmentID
    }

    /// `ownerGovernmentID`: the task's government; a reader from another level sees less.
    public func visible(to actor: Actor?, ownerGovernmentID: Int) -> TaskDetail {
        var shown = self
        func shows(_ part: Visibility.Part) -> Bool { Visibility.shows(part, to: actor, ownerGovernmentID: ownerGovernmentID) }
        if !shows(.reports) { shown.reports = [] }
        if !shows(.urgings) { shown.urgings = [] }
        if !shows(.instructions) { shown.instructions = [] }
        if !shows(.workItems) { shown.workItems = [] }
        if !shows(.audit) { shown.audit = [] }
        if !shows(.importWarnings) { shown.importWarnings = [] }
        return shown
    }

    public static func load(_ taskID: Int, now: Date, on db: any Database) async throws -> TaskDetail {
        guard let row = try await TaskBoard.rows(taskIDs: [taskID], now: now, on: db).first,
            let task = try await TaskRecord.find(taskID, on: db)
        else {
            throw StoreError.notFound(Strings.Store.taskNotFound)
        }
        let indicators = try await IndicatorRecord.query(on: db).filter(\.$taskID == taskID).sort(\.$position).all()
        let plan = try await PlanRecord.find(task.planID, on: db)
        let periods = try await PeriodRecord.query(on: db).filter(\.$planID == task.planID).sort(\.$number).all()
        let periodByID = Dictionary(uniqueKeysWithValues: periods.compactMap { p in p.id.map { ($0, p) } })
        let reports = try await ReportRecord.query(on: db).filter(\.$taskID == taskID).all()
            .sorted { ($0.submittedAt, $0.version) > ($1.submittedAt, $1.version) }
        let reportIDs = Set(reports.compactMap(\.id))
        let values = try await ReportValueRecord.query(on: db).filter(\.$reportID ~~ reportIDs).all()
        // Metadata only: the file bytes stay in the database until someone downloads them.
        let evidence = try await EvidenceRecord.query(on: db).filter(\.$reportID ~~ reportIDs)
            .field(\.$id).field(\.$reportID).field(\.$filename).field(\.$size).field(\.$contentType).all()
        let urgings = try await UrgingRecord.query(on: db).filter(\.$taskID == taskID).sort(\.$sentAt, .descending).all()
        let instructions = try await InstructionRecord.query(on: db).filter(\.$taskID == taskID).sort(\.$id, .descending).all()
        let items = try await WorkItemRecord.query(on: db).filter(\.$taskID == taskID).filter(\.$retired == false).sort(\.$id).all()
        let versions = try await TaskVersionRecord.query(on: db).filter(\.$taskID == taskID).sort(\.$version, .descending).all()
        let audit = try await AuditRecord.query(on: db).group(.or) { group in
            group.group(.and) { $0.filter(\.$subjectType == "task").filter(\.$subjectID == taskID) }
            if !reportIDs.isEmpty { group.group(.and) { $0.filter(\.$subjectType == "report").filter(\.$subjectID ~~ reportIDs) } }
            let urgingIDs = Set(urgings.compactMap(\.id))
            if !urgingIDs.isEmpty { group.group(.and) { $0.filter(\.$subjectType == "urging").filter(\.$subjectID ~~ urgingIDs) } }
        }.sort(\.$sequence, .descending).limit(200).all()
        var accountIDs = Set(instructions.map(\.accountID))
        accountIDs.formUnion(audit.compactMap(\.accountID))
        accountIDs.formUnion(reports.compactMap(\.signedBy))
        let accounts = Dictionary(
            uniqueKeysWithValues: try await AccountRecord.query(on: db).filter(\.$id ~~ accountIDs).all()
                .compactMap { a in a.id.map { ($0, a.displayName) } })
        let unitIDs = Set(reports.map(\.unitID) + urgings.map(\.unitID))
        let units = Dictionary(
            uniqueKeysWithValues: try await UnitRecord.query(on: db).filter(\.$id ~~ unitIDs).all()
                .compactMap { u in u.id.map { ($0, u.name) } })
        return TaskDetail(
            task: row,
            indicators: indicators.map {
                IndicatorDTO(
                    id: $0.id ?? 0, metric: $0.metric, value: $0.value, unit: $0.unit,
                    comparator: $0.comparator, tier: $0.tier, change: $0.change)
            },
            reports: reports.map { report in
                let period = periodByID[report.periodID]
                return ReportDTO(
                    id: report.id ?? 0, period: period?.number ?? 0, periodLabel: period?.label ?? "",
                    unit: TaskRow.Named(id: report.unitID, name: units[report.unitID] ?? ""), role: report.role,
                    version: report.version, status: report.status, narrative: report.narrative,
                    percentComplete: report.percentComplete, problems: report.problems, nextSteps: report.nextSteps,
                    late: report.late, submittedAt: report.submittedAt, reviewReason: report.reviewReason, reviewedAt: report.reviewedAt,
                    values: values.filter { $0.reportID == report.id }.map { ValueDTO(indicatorID: $0.indicatorID, value: $0.value) },
                    evidence: evidence.filter { $0.reportID == report.id }.map {
                        EvidenceDTO(id: $0.id ?? 0, filename: $0.filename, size: $0.size, contentType: $0.contentType)
                    },
                    critique: critique(report, reports: reports, periods: periodByID, indicators: indicators, values: values),
                    signedBy: report.signedBy.flatMap { accounts[$0] })
            },
            urgings: urgings.map { urging in
                let state = UrgingRules.state(
                    sentAt: urging.sentAt, replyBy: urging.replyBy, answeredAt: urging.answeredAt,
                    escalatedAt: urging.escalatedAt, now: now)
                return UrgingDTO(
                    id: urging.id ?? 0, unit: TaskRow.Named(id: urging.unitID, name: units[urging.unitID] ?? ""),
                    message: urging.message, sentAt: urging.sentAt, replyBy: urging.replyBy, answer: urging.answer,
                    answeredAt: urging.answeredAt, escalatedAt: urging.escalatedAt,
                    escalationNote: urging.escalationNote, state: state.rawValue)
            },
            instructions: instructions.map { InstructionDTO(id: $0.id ?? 0, author: accounts[$0.accountID] ?? "", text: $0.text, createdAt: $0.createdAt) },
            workItems: items.map { WorkItemDTO(unitID: $0.unitID, title: $0.title, dueOn: $0.dueOn, done: $0.done) },
            versions: versions.map { version in
                let snapshot = JSONText.decode(TaskSnapshot.self, version.snapshot)
                return VersionDTO(
                    version: version.version, reason: version.reason, text: snapshot?.text ?? "", createdAt: version.createdAt,
                    leadUnits: snapshot?.leadUnits)
            },
            audit: audit.map {
                AuditDTO(sequence: $0.sequence, at: $0.at, account: $0.accountID.flatMap { accounts[$0] } ?? Strings.Store.systemAccount, action: $0.action)
            },
            periods: periods.map { PeriodDTO(number: $0.number, label: $0.label, dueAt: $0.dueAt, endsAt: $0.endsAt) },
            importWarnings: JSONText.strings(task.warnings),
            progress: plan.map { progress(task, plan: $0, indicators: indicators, periods: periods, reports: reports, values: values) } ?? [],
            predecessor: try await predecessor(task, plan: plan, on: db))
    }

    static func critique(
        _ report: ReportRecord, reports: [ReportRecord], periods: [Int: PeriodRecord],
        indicators: [IndicatorRecord], values: [ReportValueRecord]
    ) -> [String] {
        let number = periods[report.periodID]?.number ?? 0
        // The same unit's latest report of an earlier period, whatever became of it.
        let previous = reports.filter { $0.unitID == report.unitID && (periods[$0.periodID]?.number ?? 0) < number }
            .max { ((periods[$0.periodID]?.number ?? 0), $0.version) < ((periods[$1.periodID]?.number ?? 0), $1.version) }
        let reported = indicators.map { indicator in values.first { $0.reportID == report.id && $0.indicatorID == indicator.id }?.value }
        return ReportCritique.findings(
            ReportCritiqueInput(
                narrative: report.narrative, previousNarrative: previous?.narrative,
                indicators: indicators.map(\.indicator), values: reported))
    }

    /// The most alike task in the same government's published plan of the year before.
    static func predecessor(_ task: TaskRecord, plan: PlanRecord?, on db: any Database) async throws -> Predecessor? {
        guard let plan else { return nil }
        let earlier = try await PlanRecord.query(on: db).filter(\.$governmentID == plan.governmentID)
            .filter(\.$year == plan.year - 1).filter(\.$status == PlanStatus.published.rawValue).all()
        guard !earlier.isEmpty else { return nil }
        let candidates = try await TaskRecord.query(on: db).filter(\.$planID ~~ Set(earlier.compactMap(\.id))).all()
        guard
            let match = Predecessors.match(
                current: [(id: try task.requireID(), text: task.text)],
                previous: candidates.compactMap { c in c.id.map { (id: $0, text: c.text) } }
            ).first,
            let found = candidates.first(where: { $0.id == match.predecessorID })
        else { return nil }
        let title = earlier.first { $0.id == found.planID }?.title ?? ""
        return Predecessor(taskID: match.predecessorID, planTitle: title, year: plan.year - 1, text: found.text, similarity: match.similarity)
    }

    /// The trajectory chart's points: expected along the plan's line, actual from the latest
    /// accepted lead report of each period, by the same rule the light uses.
    static func progress(
        _ task: TaskRecord, plan: PlanRecord, indicators: [IndicatorRecord], periods: [PeriodRecord],
        reports: [ReportRecord], values: [ReportValueRecord]
    ) -> [ProgressPoint] {
        let start = Progress.defaultStart(year: plan.year)
        let deadline = Progress.deadline(task.deadline, planYear: plan.year)
        let kind = TaskKind(rawValue: task.kind) ?? .qualitative
        // A rate or a cap is judged as it stands; there is no 序时 line to draw it against.
        guard Progress.followsSchedule(kind: kind, indicators: indicators.map(\.indicator)) else { return [] }
        return periods.map { period in
            let accepted = reports.filter {
                $0.periodID == period.id && $0.role == ResponsibilityRole.lead.rawValue && $0.status == ReportStatus.accepted.rawValue
            }
            .max { $0.version < $1.version }
            let actual = accepted.flatMap { report -> Double? in
                let reported = indicators.map { indicator in values.first { $0.reportID == report.id && $0.indicatorID == indicator.id }?.value }
                return Progress.task(
                    kind: kind, indicators: indicators.map(\.indicator), reported: reported,
                    percentComplete: report.percentComplete
                ).percent
            }
            return ProgressPoint(
                period: period.number, label: period.label,
                expected: Progress.expected(at: period.endsAt, start: start, deadline: deadline), actual: actual)
        }
    }
}
