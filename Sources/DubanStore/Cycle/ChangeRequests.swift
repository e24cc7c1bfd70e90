import DubanCore
import DubanStrings
import FluentKit
import Foundation

/// 延期申请 and 目标调整申请: the lead unit applies before the deadline; the office approves (an
/// extension may be granted to another month) or refuses with a reason. An approval amends the
/// task, so the lights use the new date or target from then on and the task keeps its history.
public enum ChangeRequests {
    public struct Application: Sendable {
        public var kind: ChangeRequestKind
        public var reason: String
        /// `2022-12`, for an extension.
        public var deadline: String?
        /// The target as it should read, for a target change.
        public var text: String?
        /// 佐证材料, checked as a report's are.
        public var evidence: [Evidence.Upload]

        public init(
            kind: ChangeRequestKind, reason: String, deadline: String? = nil, text: String? = nil, evidence: [Evidence.Upload] = []
        ) {
            self.evidence = evidence
            self.kind = kind
            self.reason = reason
            self.deadline = deadline
            self.text = text
        }
    }

    public struct Entry: Sendable, Codable, Equatable {
        public var id: Int
        public var taskID: Int
        public var unit: String
        public var applicant: String
        public var kind: ChangeRequestKind
        public var status: ChangeRequestStatus
        public var reason: String
        public var currentDeadline: String?
        public var requestedDeadline: String?
        public var requestedText: String?
        public var grantedDeadline: String?
        public var reassignedTo: String?
        /// 免会签: the period it covers, as the plan names it.
        public var period: String?
        public var decisionNote: String?
        public var decidedBy: String?
        public var createdAt: Date?
        public var decidedAt: Date?
        public var files: [File] = []
    }

    /// An attached file as the list names it; its bytes are read through `file(_:actor:on:)`.
    public struct File: Sendable, Codable, Equatable {
        public var id: Int
        public var filename: String
        public var size: Int
    }

    @discardableResult
    public static func apply(
        taskID: Int, _ application: Application, actor: Actor, limits: Evidence.Limits = .standard, in context: StoreContext
    ) async throws -> Entry {
        try Evidence.validate(application.evidence, limits: limits)
        let reason = application.reason.trimmingCharacters(in: .whitespacesAndNewlines)
        let text = application.text?.trimmingCharacters(in: .whitespacesAndNewlines)
        let id: Int = try await context.write { ctx in
            let loaded = try await TaskSubject.load(taskID, on: ctx.db)
            try Guard.require(actor, .requestChange, loaded.subject)
            guard !reason.isEmpty else { throw StoreError.invalid(Strings.Changes.reasonRequired) }
            guard loaded.task.status == TaskStatus.open.rawValue else { throw StoreError.conflict(Strings.Store.taskClosed) }
            // Only an extension asks for a month; the form sends its month field empty for the others.
            let monthText = application.deadline?.trimmingCharacters(in: .whitespaces)
            let requested = try (application.kind == .extension ? monthText : nil).flatMap { text -> YearMonth? in
                guard !text.isEmpty else { return nil }
                guard let month = YearMonth(text) else { throw StoreError.invalid(Strings.Changes.badMonth) }
                return month
            }
            if application.kind == .target, text?.isEmpty ?? true { throw StoreError.invalid(Strings.Changes.targetRequired) }
            let (policy, deadline, plan) = try await self.policy(for: loaded.task, on: ctx.db)
            let earlier = try await ChangeRequestRecord.query(on: ctx.db).filter(\.$taskID == taskID).filter(\.$kind == application.kind.rawValue).all()
            if let refusal = policy.refusal(
                application.kind, today: CalendarDay(ctx.now), deadline: deadline,
                requested: application.kind == .extension ? requested : nil,
                granted: earlier.filter { $0.status == ChangeRequestStatus.approved.rawValue }.count,
                pending: earlier.contains { $0.status == ChangeRequestStatus.pending.rawValue },
                received: try await received(loaded.task, plan: plan, on: ctx.db))
            {
                throw StoreError.conflict(refusal)
            }
            let record = ChangeRequestRecord()
            record.taskID = taskID
            record.unitID = actor.unitID ?? 0
            record.accountID = actor.accountID
            record.kind = application.kind.rawValue
            record.reason = reason
            record.currentDeadline = loaded.task.deadline
            record.requestedDeadline = application.kind == .extension ? requested?.description : nil
            record.requestedText = application.kind == .target ? text : nil
            if application.kind == .waiveParts {
                record.periodNumber = try await Reports.period(for: nil, planID: loaded.task.planID, in: ctx).number
            }
            record.status = ChangeRequestStatus.pending.rawValue
            try await record.create(on: ctx.db)
            let id = try record.requireID()
            for upload in application.evidence { try await storeFile(upload, requestID: id, accountID: actor.accountID, on: ctx.db) }
            let title = Strings.Changes.notifyApplied(application.kind.word, task: loaded.task.displayLabel)
            try await Notifications.notifySupervisors(
                governmentID: loaded.task.governmentID, kind: "change.applied", title: title, body: reason, taskID: taskID, on: ctx.db)
            try await Webhooks.enqueue(governmentID: loaded.task.governmentID, title: title, text: reason, on: ctx.db)
            var snapshot = Snapshot(record)
            snapshot.files = application.evidence.map(\.filename)
            try await ctx.audit(actor, "change.apply", "change_request", id, governmentID: loaded.task.governmentID, after: JSONText.encode(snapshot))
            return id
        }
        return try await entries(taskID: taskID, on: context.db).first { $0.id == id }!
    }

    /// The office's decision. Approving an extension may grant another month than asked.
    /// Returns the task the application was about.
    @discardableResult
    public static func decide(
        requestID: Int, approve: Bool, deadline: String? = nil, reassignTo: String? = nil, note: String, actor: Actor, in context: StoreContext
    ) async throws -> Int {
        let note = note.trimmingCharacters(in: .whitespacesAndNewlines)
        return try await context.write { ctx in
            guard let record = try await ChangeRequestRecord.find(requestID, on: ctx.db) else { throw StoreError.notFound(Strings.Changes.notFound) }
            let loaded = try await TaskSubject.load(record.taskID, on: ctx.db)
            try Guard.require(actor, .amendTask, loaded.subject)
            guard record.status == ChangeRequestStatus.pending.rawValue else { throw StoreError.conflict(Strings.Changes.alreadyDecided) }
            if !approve, note.isEmpty { throw StoreError.invalid(Strings.Changes.decisionReasonRequired) }
            let kind = ChangeRequestKind(rawValue: record.kind) ?? .extension
            let before = JSONText.encode(Snapshot(record))
            if approve {
                var amendment = TaskActions.Amendment(reason: Strings.Changes.approvedReason(kind.word, reason: note.isEmpty ? record.reason : note))
                switch kind {
                case .extension:
                    let chosen = deadline.flatMap { $0.trimmingCharacters(in: .whitespaces).isEmpty ? nil : $0 } ?? record.requestedDeadline
                    guard let month = chosen.flatMap(YearMonth.init) else { throw StoreError.invalid(Strings.Changes.badMonth) }
                    amendment.deadline = .some(month.description)
                    record.grantedDeadline = month.description
                case .target:
                    amendment.text = record.requestedText
                case .giveBack:
                    let (leads, newUnit) = try await reassignedLeads(record, to: reassignTo, governmentID: loaded.task.governmentID, on: ctx.db)
                    amendment.leadUnits = leads
                    amendment.reason = Strings.Changes.approvedReturn(to: newUnit, note: note)
                    record.reassignedTo = newUnit
                case .waiveParts:
                    break
                }
                // A waiver changes nothing of the task: the lead's report for that period may go.
                if kind != .waiveParts { try await TaskActions.applyAmendment(taskID: record.taskID, amendment, actor: actor, in: ctx) }
            }
            record.status = (approve ? ChangeRequestStatus.approved : .refused).rawValue
            record.decisionNote = note
            record.decidedBy = actor.accountID
            record.decidedAt = ctx.now
            try await record.save(on: ctx.db)
            let title = Strings.Changes.notifyDecided(
                kind.word, status: (approve ? ChangeRequestStatus.approved : .refused).word, task: loaded.task.displayLabel)
            try await Notifications.notifyUnits([record.unitID], kind: "change.decided", title: title, body: note, taskID: record.taskID, on: ctx.db)
            try await Webhooks.enqueue(governmentID: loaded.task.governmentID, title: title, text: note.isEmpty ? record.reason : note, on: ctx.db)
            try await ctx.audit(
                actor, approve ? "change.approve" : "change.refuse", "change_request", requestID, governmentID: loaded.task.governmentID,
                before: before, after: JSONText.encode(Snapshot(record)))
            return record.taskID
        }
    }

    /// A task's applications, newest first, for whoever may read the task.
    public static func entries(taskID: Int, on db: any Database) async throws -> [Entry] {
        let records = try await ChangeRequestRecord.query(on: db).filter(\.$taskID == taskID).sort(\.$id, .descending).all()
        guard !records.isEmpty else { return [] }
        let accounts = Dictionary(
            uniqueKeysWithValues: try await AccountRecord.query(on: db).filter(
                \.$id ~~ Set(records.flatMap { [$0.accountID] + [$0.decidedBy].compactMap { $0 } })
            ).all()
                .compactMap { account in account.id.map { ($0, account.displayName) } })
        let units = Dictionary(
            uniqueKeysWithValues: try await UnitRecord.query(on: db).filter(\.$id ~~ Set(records.map(\.unitID))).all().compactMap { unit in
                unit.id.map { ($0, unit.name) }
            })
        let files = try await ChangeRequestFileRecord.query(on: db).filter(\.$requestID ~~ Set(records.compactMap(\.id)))
            .field(\.$id).field(\.$requestID).field(\.$filename).field(\.$size).sort(\.$id).all()
        var periods: [Int: String] = [:]
        if records.contains(where: { $0.periodNumber != nil }), let task = try await TaskRecord.find(taskID, on: db) {
            for period in try await PeriodRecord.query(on: db).filter(\.$planID == task.planID).all() { periods[period.number] = period.label }
        }
        return records.compactMap { record in
            guard let id = record.id else { return nil }
            return Entry(
                id: id, taskID: record.taskID, unit: units[record.unitID] ?? "", applicant: accounts[record.accountID] ?? "",
                kind: ChangeRequestKind(rawValue: record.kind) ?? .extension, status: ChangeRequestStatus(rawValue: record.status) ?? .pending,
                reason: record.reason, currentDeadline: record.currentDeadline, requestedDeadline: record.requestedDeadline,
                requestedText: record.requestedText, grantedDeadline: record.grantedDeadline, reassignedTo: record.reassignedTo,
                period: record.periodNumber.flatMap { periods[$0] }, decisionNote: record.decisionNote,
                decidedBy: record.decidedBy.flatMap { accounts[$0] }, createdAt: record.createdAt, decidedAt: record.decidedAt,
                files: files.filter { $0.requestID == id }.map { File(id: $0.id ?? 0, filename: $0.filename, size: $0.size) })
        }
    }

    /// 改派: the task's lead units with the returning one replaced by the office's choice, which
    /// must be a unit of the directory other than the one giving the task back.
    static func reassignedLeads(
        _ record: ChangeRequestRecord, to name: String?, governmentID: Int, on db: any Database
    ) async throws -> ([String], String) {
        let wanted = (name ?? "").trimmingCharacters(in: .whitespacesAndNewlines)
        guard !wanted.isEmpty else { throw StoreError.invalid(Strings.Changes.reassignRequired) }
        let names = try await DirectoryCache.load(governmentID: governmentID, on: db).names
        guard let target = names.first(where: { $0.value == wanted })?.key else { throw StoreError.invalid(Strings.Changes.reassignUnknown(wanted)) }
        guard target != record.unitID else { throw StoreError.invalid(Strings.Changes.reassignSame) }
        let links = try await TaskUnitRecord.query(on: db).filter(\.$taskID == record.taskID).filter(\.$role == ResponsibilityRole.lead.rawValue)
            .sort(\.$position).all()
        var leads = links.filter { $0.unitID != record.unitID }.compactMap { names[$0.unitID] }
        if !leads.contains(wanted) { leads.insert(wanted, at: 0) }
        return (leads, wanted)
    }

    /// When the unit received the task: publication, or the last amendment if later (it may have
    /// been handed the task then). The amendment's time is the audit trail's, written with the
    /// store's clock, as publication's is.
    static func received(_ task: TaskRecord, plan: PlanRecord?, on db: any Database) async throws -> CalendarDay? {
        let amended = try await AuditRecord.query(on: db).filter(\.$subjectType == "task").filter(\.$subjectID == task.requireID())
            .filter(\.$action == "task.amend").sort(\.$sequence, .descending).first()?.at
        guard let date = [plan?.publishedAt, amended].compactMap({ $0 }).max() else { return nil }
        return CalendarDay(date)
    }

    /// The plan's rules for applications, and the task's deadline as a month (the plan year's end without one).
    static func policy(for task: TaskRecord, on db: any Database) async throws -> (ChangeRequestPolicy, YearMonth, PlanRecord) {
        guard let plan = try await PlanRecord.find(task.planID, on: db) else { throw StoreError.notFound(Strings.Store.planNotFound) }
        let rules = try await PlanSettings.supervisionRules(of: plan, on: db)
        let calendar = try await WorkCalendars.load(on: db)
        return (ChangeRequestPolicy(rules, calendar: calendar), deadline(of: task, plan: plan), plan)
    }

    /// The task's deadline as a month; the end of the plan year without one.
    static func deadline(of task: TaskRecord, plan: PlanRecord) -> YearMonth {
        task.deadline.flatMap(YearMonth.init) ?? YearMonth(plan.year, 12)
    }

    struct Snapshot: Codable {
        var task: Int
        var kind: String
        var status: String
        var reason: String
        var requestedDeadline: String?
        var requestedText: String?
        var grantedDeadline: String?
        var reassignedTo: String?
        var note: String?
        /// The attached files' names, on the application's entry.
        var files: [String]?

        init(_ record: ChangeRequestRecord) {
            task = record.taskID
            kind = record.kind
            status = record.status
            reason = record.reason
            requestedDeadline = record.requestedDeadline
            requestedText = record.requestedText
            grantedDeadline = record.grantedDeadline
            reassignedTo = record.reassignedTo
            note = record.decisionNote
        }
    }
}

extension ChangeRequests {
    /// What the task page shows of applications: the list, the deadline and the last day to
    /// apply, and whether the reader may apply or decide.
    public struct Panel: Sendable, Codable, Equatable {
        public var entries: [Entry]
        public var deadline: String
        public var lastDayToApply: String
        /// 退办's last day, while the task is young enough to be returned.
        public var lastDayToReturn: String?
        /// What the lead unit may apply for now: a return only within its window, a waiver only where the plan asks for 会签.
        public var kinds: [ChangeRequestKind]
        public var canApply: Bool
        public var canDecide: Bool
        /// For the office: per pending extension, the units it would push over the ceiling.
        /// Optional so that a panel stored before it existed still reads.
        public var overCeiling: [Int: [String]]? = nil
    }

    /// Nil for a visitor: applications are the units' and the office's business.
    /// `rules` and `calendar`: the plan's and the installation's, as the page already read them.
    public static func panel(
        taskID: Int, actor: Actor?, subject: Subject, now: Date, rules: SupervisionRules, calendar: WorkCalendar, on db: any Database
    ) async throws -> Panel? {
        guard actor != nil, let task = try await TaskRecord.find(taskID, on: db), let plan = try await PlanRecord.find(task.planID, on: db)
        else { return nil }
        let policy = ChangeRequestPolicy(rules, calendar: calendar)
        let deadline = deadline(of: task, plan: plan)
        let returnBy = try await received(task, plan: plan, on: db).map { policy.lastDayToReturn(received: $0) }
        let coSign = rules.coSign
        let entries = try await entries(taskID: taskID, on: db)
        let canDecide = Permissions.decide(actor, .amendTask, subject).isAllowed
        var overCeiling: [Int: [String]] = [:]
        if canDecide {
            for entry in entries where entry.status == .pending && entry.kind == .extension {
                guard let month = entry.requestedDeadline else { continue }
                overCeiling[entry.id] = try await BurdenFacts.ceilingCheck(
                    .amendment(taskID: taskID, .init(deadline: .some(month), reason: "")), actor: actor, on: db)
            }
        }
        return Panel(
            entries: entries, deadline: deadline.description,
            lastDayToApply: policy.lastDayToApply(deadline: deadline).description,
            lastDayToReturn: returnBy.flatMap { $0 >= CalendarDay(now) ? $0.description : nil },
            kinds: ChangeRequestKind.allCases.filter { kind in
                switch kind {
                case .extension, .target: true
                case .giveBack: returnBy.map { $0 >= CalendarDay(now) } ?? false
                case .waiveParts: coSign
                }
            },
            canApply: task.status == TaskStatus.open.rawValue && Permissions.decide(actor, .requestChange, subject).isAllowed,
            canDecide: canDecide, overCeiling: overCeiling.filter { !$0.value.isEmpty })
    }
}

extension ChangeRequests {
    /// The task an application is about, as permissions see it: so an edge can refuse a role before reading its body.
    public static func subject(ofRequest id: Int, on db: any Database) async throws -> Subject {
        guard let record = try await ChangeRequestRecord.find(id, on: db) else { throw StoreError.notFound(Strings.Changes.notFound) }
        return try await TaskSubject.load(record.taskID, on: db).subject
    }
}
