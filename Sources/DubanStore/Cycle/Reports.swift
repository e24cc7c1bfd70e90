import Crypto
import DubanCore
import DubanStrings
import FluentKit
import Foundation
import SQLKit

/// 反馈: a unit reports a period's progress. Each submission is a new version; nothing is overwritten.
public enum Reports {
    public struct Submission: Sendable {
        public var taskID: Int
        /// Nil: the period just ended (or the current one in the year's first month).
        public var periodNumber: Int?
        public var narrative: String
        public var values: [Int: Double]
        public var percentComplete: Double?
        public var problems: String
        public var nextSteps: String
        public var evidence: [Evidence.Upload]

        public init(
            taskID: Int, periodNumber: Int? = nil, narrative: String, values: [Int: Double] = [:],
            percentComplete: Double? = nil, problems: String = "", nextSteps: String = "", evidence: [Evidence.Upload] = []
        ) {
            self.taskID = taskID
            self.periodNumber = periodNumber
            self.narrative = narrative
            self.values = values
            self.percentComplete = percentComplete
            self.problems = problems
            self.nextSteps = nextSteps
            self.evidence = evidence
        }
    }

    /// What became of a submission: a report the office sees, or, where the government asks for
    /// 审签 and a liaison wrote it, a draft waiting for the unit leader.
    public enum Filing: Sendable {
        case report(ReportRecord)
        case heldForSignOff(ReportDraftRecord)
    }

    /// A report that must reach the office now; refused where it would wait for 审签 instead.
    /// For callers that cannot wait: the demo's history and tests.
    @discardableResult
    public static func submit(
        _ input: Submission, actor: Actor, limits: Evidence.Limits = .standard,
        in context: StoreContext
    ) async throws -> ReportRecord {
        switch try await file(input, actor: actor, limits: limits, in: context) {
        case .report(let report): return report
        case .heldForSignOff: throw StoreError.conflict(Strings.SignOff.heldInstead)
        }
    }

    @discardableResult
    public static func file(
        _ input: Submission, actor: Actor, limits: Evidence.Limits = .standard,
        in context: StoreContext
    ) async throws -> Filing {
        // Who before what: a role that may not report is refused before its content is judged.
        // The same cached facts the write reads again below: one query, not two.
        let subject = try await TaskSubject.facts(input.taskID, in: context).subject
        let mayReport = Permissions.decide(actor, .submitReport, subject).isAllowed || Permissions.decide(actor, .contributeReport, subject).isAllowed
        if !mayReport { try Guard.require(actor, .submitReport, subject) }
        // Validate what needs no database before taking the write lock.
        guard !input.narrative.trimmingCharacters(in: .whitespacesAndNewlines).isEmpty else {
            throw StoreError.invalid(Strings.Store.narrativeRequired)
        }
        if let percent = input.percentComplete, !(0...100).contains(percent) { throw StoreError.invalid(Strings.Store.percentRange) }
        // Every edge refuses these already; the store does too, so no caller can store a NaN.
        guard input.values.values.allSatisfy(\.isFinite) else { throw StoreError.invalid(Strings.Pages.valueNotNumber) }
        try Evidence.validate(input.evidence, limits: limits)
        if let unit = actor.unitID, subject.leadUnitIDs.contains(unit), let light = try await lightNeedingWords(input, in: context) {
            throw StoreError.invalid(Strings.Store.redNeedsWords(light.word))
        }
        return try await context.write(progressOnly: true) { ctx in
            let task = try await TaskSubject.facts(input.taskID, in: ctx)
            guard let unitID = actor.unitID else { throw StoreError.forbidden(Strings.Store.notLeadUnit) }
            let role: ResponsibilityRole = task.subject.leadUnitIDs.contains(unitID) ? .lead : .coop
            try Guard.require(actor, role == .lead ? .submitReport : .contributeReport, task.subject)
            guard task.status == TaskStatus.open.rawValue else { throw StoreError.conflict(Strings.Store.taskClosed) }
            let period = try await period(for: input.periodNumber, planID: task.planID, in: ctx)
            for id in input.values.keys where !task.indicatorIDs.contains(id) {
                throw StoreError.invalid(Strings.Store.valueForUnknownIndicator(id))
            }
            for (id, value) in input.values.sorted(by: { $0.key < $1.key }) where value != value.rounded() {
                if let metric = task.wholeNumberMetrics[id] { throw StoreError.invalid(Strings.Store.wholeNumberRequired(metric)) }
            }
            let periodID = try period.requireID()
            if role == .lead, let waiting = try await CoSign.refusal(taskID: input.taskID, planID: task.planID, period: period, in: ctx) {
                throw StoreError.invalid(waiting)
            }
            let signers = try await SignOffs.signersToWaitFor(actor, governmentID: task.governmentID, in: ctx)
            if !signers.isEmpty {
                return .heldForSignOff(
                    try await SignOffs.hold(input, task: task, unitID: unitID, role: role, actor: actor, periodID: periodID, signers: signers, in: ctx))
            }
            // Read before this write changes anything, as `cached` requires.
            let supervisors = try await Notifications.supervisorAccounts(governmentID: task.governmentID, in: ctx)
            let report = try await addVersion(
                input, unitID: unitID, role: role, accountID: actor.accountID, period: period, periodID: periodID, in: ctx)
            let reportID = try report.requireID()
            for upload in input.evidence {
                try await Evidence.store(upload, reportID: reportID, accountID: actor.accountID, on: ctx.db)
            }
            try await Notifications.notify(
                accounts: supervisors, kind: "report.submitted",
                title: Strings.Notify.reportSubmitted(task.displayLabel),
                body: String(input.narrative.prefix(120)), taskID: input.taskID, on: ctx.db)
            try await ctx.audit(
                actor, "report.submit", "report", reportID, governmentID: task.governmentID,
                after: JSONText.encode(ReportSnapshot(report, values: input.values, evidence: input.evidence.map(\.filename))))
            return .report(report)
        }
    }

    /// The new version in one statement with its columns named (it is written while the write
    /// lock is held); the record then stands for the stored row, id and all.
    static func insert(_ report: ReportRecord, on db: any Database) async throws {
        guard let sql = db as? any SQLDatabase else { return try await report.create(on: db) }
        let id = try await sql.insert(into: ReportRecord.schema)
            .columns(
                "task_id", "period_id", "unit_id", "account_id", "role", "version", "narrative", "percent_complete", "problems", "next_steps",
                "status", "late", "submitted_at", "signed_by"
            )
            .values(
                SQLBind(report.taskID), SQLBind(report.periodID), SQLBind(report.unitID), SQLBind(report.accountID), SQLBind(report.role),
                SQLBind(report.version), SQLBind(report.narrative), SQLBind(report.percentComplete), SQLBind(report.problems),
                SQLBind(report.nextSteps), SQLBind(report.status), SQLBind(report.late), SQLBind(report.submittedAt), SQLBind(report.signedBy)
            )
            .returning("id").first(decodingColumn: "id", as: Int.self)
        guard let id else { throw StoreError.conflict(Strings.Store.taskNotFound) }
        report.id = id
        report.$id.exists = true
    }

    /// The report's next version: the one still waiting for review is superseded (a returned one
    /// keeps its verdict), and the values are stored with it. Callers have checked who and what.
    /// `known`: the latest version when the caller already read it (`.some(nil)`: there is none).
    static func addVersion(
        _ input: Submission, unitID: Int, role: ResponsibilityRole, accountID: Int, period: PeriodRecord, periodID: Int,
        known: ReportRecord?? = nil, in ctx: StoreContext
    ) async throws -> ReportRecord {
        let previous: LatestVersion?
        if let known {
            previous = try known.map(LatestVersion.init(record:))
        } else {
            previous = try await LatestVersion.load(taskID: input.taskID, periodID: periodID, unitID: unitID, on: ctx.db)
        }
        if let previous, previous.status == ReportStatus.submitted.rawValue {
            try await LatestVersion.supersede(previous.id, on: ctx.db)
        }
        let report = ReportRecord()
        report.taskID = input.taskID
        report.periodID = periodID
        report.unitID = unitID
        report.accountID = accountID
        report.role = role.rawValue
        report.version = (previous?.version ?? 0) + 1
        report.narrative = input.narrative
        report.percentComplete = input.percentComplete
        report.problems = input.problems
        report.nextSteps = input.nextSteps
        report.status = ReportStatus.submitted.rawValue
        report.late = ctx.now > period.dueAt
        report.submittedAt = ctx.now
        try await insert(report, on: ctx.db)
        let reportID = try report.requireID()
        for (indicatorID, value) in input.values.sorted(by: { $0.key < $1.key }) {
            let row = ReportValueRecord()
            row.reportID = reportID
            row.indicatorID = indicatorID
            row.value = value
            try await row.create(on: ctx.db)
        }
        return report
    }

    /// 红黄灯须说明 (when the plan's rules ask for it): the light of a task whose report leaves
    /// 存在问题 or 下步打算 blank, when that light is red or yellow; nil when the report may go as it
    /// is. The rule and the light are read only when a field is blank.
    static func lightNeedingWords(_ input: Submission, in context: StoreContext) async throws -> Light? {
        let blank = [input.problems, input.nextSteps].contains { $0.trimmingCharacters(in: .whitespacesAndNewlines).isEmpty }
        guard blank else { return nil }
        let planID = try await TaskSubject.facts(input.taskID, in: context).planID
        guard try await PlanSettings.supervisionRules(planID: planID, in: context).wordsWhenLit else { return nil }
        let lights = try await needsWords(taskIDs: [input.taskID], now: context.now, on: context.db)
        return lights[input.taskID]
    }

    /// The tasks among `taskIDs` lit red or yellow now, with their light.
    static func needsWords(taskIDs: Set<Int>, now: Date, on db: any Database) async throws -> [Int: Light] {
        guard !taskIDs.isEmpty else { return [:] }
        var out: [Int: Light] = [:]
        for row in try await TaskBoard.rows(taskIDs: Array(taskIDs), now: now, on: db) where row.light == .red || row.light == .yellow {
            out[row.id] = row.light
        }
        return out
    }

    static func period(for number: Int?, planID: Int, in ctx: StoreContext) async throws -> PeriodRecord {
        let now = ctx.now
        let periods = try await ctx.cached("periods:\(planID)") {
            try await PeriodRecord.query(on: ctx.db).filter(\.$planID == planID).sort(\.$number).all()
        }
        if let number {
            guard let period = periods.first(where: { $0.number == number }) else { throw StoreError.notFound(Strings.Store.periodNotFound) }
            return period
        }
        if let ended = periods.last(where: { $0.endsAt <= now }) { return ended }
        guard let first = periods.first else { throw StoreError.conflict(Strings.Store.planNotPublished) }
        return first
    }
}

/// The report as the audit trail records it.
struct ReportSnapshot: Codable {
    var task: Int
    var period: Int
    var unit: Int
    var version: Int
    var status: String
    var narrative: String
    var percent: Double?
    var values: [String: Double]
    var evidence: [String]

    init(_ report: ReportRecord, values: [Int: Double], evidence: [String]) {
        task = report.taskID
        period = report.periodID
        unit = report.unitID
        version = report.version
        status = report.status
        narrative = report.narrative
        percent = report.percentComplete
        self.values = Dictionary(uniqueKeysWithValues: values.map { (String($0.key), $0.value) })
        self.evidence = evidence
    }
}

extension TaskRecord {
    /// How a task is named in messages: its label and the start of its standard.
    public var displayLabel: String {
        let head = String(text.prefix(24)) + (text.count > 24 ? "…" : "")
        return label.isEmpty ? head : "\(label) \(head)"
    }
}
