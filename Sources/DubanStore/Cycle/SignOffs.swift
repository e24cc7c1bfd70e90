import DubanCore
import DubanStrings
import FluentKit
import Foundation

/// 审签: where a government asks for it, a liaison's report waits for the unit leader, who signs it
/// (it then reaches the office as the liaison wrote it, marked with who signed) or returns it with
/// a note. Nothing waiting is a report yet, so lights, boards, bulletins and assessments never see
/// it; a unit without a leader's account is not held up.
public enum SignOffs {
    /// The submission as the liaison gave it, kept until the leader decides.
    struct Content: Codable {
        var narrative: String
        var values: [String: Double]
        var percent: Double?
        var problems: String
        var nextSteps: String
    }

    /// The leaders' accounts `actor`'s report must wait for: none unless the government asks
    /// for 审签 and the actor is a liaison (not the leader) whose unit has a leader's account.
    private static func signersToWaitFor(_ actor: Actor, governmentID: Int, on db: any Database) async throws -> [Int] {
        guard actor.role == .unit, !actor.signsOff, let unitID = actor.unitID,
            try await GovernmentRecord.find(governmentID, on: db)?.signOff == true
        else { return [] }
        return try await signers(of: unitID, on: db)
    }

    /// The same, inside a write: the switch and the signers change only by writes that raise
    /// the structure revision, so every report until then reads them from memory.
    static func signersToWaitFor(_ actor: Actor, governmentID: Int, in ctx: StoreContext) async throws -> [Int] {
        guard actor.role == .unit, !actor.signsOff, let unitID = actor.unitID else { return [] }
        let db = ctx.db
        return try await ctx.cached("signers-to-wait-for:\(governmentID):\(unitID)") {
            try await signersToWaitFor(actor, governmentID: governmentID, on: db)
        }
    }

    static func signers(of unitID: Int, on db: any Database) async throws -> [Int] {
        try await AccountRecord.query(on: db).filter(\.$unitID == unitID).filter(\.$signer == true).filter(\.$active == true).all()
            .compactMap(\.id)
    }

    /// Inside the report's write: the draft replaces the unit's earlier one still waiting, keeps
    /// the files, and tells the unit's leaders (`signers`, as `signersToWaitFor` found them).
    static func hold(
        _ input: Reports.Submission, task: TaskFacts, unitID: Int, role: ResponsibilityRole, actor: Actor, periodID: Int,
        signers: [Int], in ctx: StoreContext
    ) async throws -> ReportDraftRecord {
        try await ReportDraftRecord.query(on: ctx.db).filter(\.$taskID == input.taskID).filter(\.$periodID == periodID)
            .filter(\.$unitID == unitID).filter(\.$status == ReportDraftStatus.pending.rawValue)
            .set(\.$status, to: ReportDraftStatus.superseded.rawValue).update()
        let draft = ReportDraftRecord()
        draft.taskID = input.taskID
        draft.periodID = periodID
        draft.unitID = unitID
        draft.accountID = actor.accountID
        draft.role = role.rawValue
        draft.content = JSONText.encode(
            Content(
                narrative: input.narrative, values: Dictionary(uniqueKeysWithValues: input.values.map { (String($0.key), $0.value) }),
                percent: input.percentComplete, problems: input.problems, nextSteps: input.nextSteps))
        draft.status = ReportDraftStatus.pending.rawValue
        draft.createdAt = ctx.now
        try await draft.create(on: ctx.db)
        let draftID = try draft.requireID()
        for upload in input.evidence {
            let file = ReportDraftFileRecord()
            file.draftID = draftID
            file.filename = upload.filename
            file.contentType = EvidencePolicy.contentType(for: upload.filename)
            file.size = upload.data.count
            file.data = upload.data
            try await file.create(on: ctx.db)
        }
        try await Notifications.notify(
            accounts: signers, kind: "report.sign_off", title: Strings.SignOff.notifyWaiting(task.displayLabel),
            body: String(input.narrative.prefix(120)), taskID: input.taskID, on: ctx.db)
        try await ctx.audit(
            actor, "report.hold", "report_draft", draftID, governmentID: task.governmentID,
            after: JSONText.encode(DraftSnapshot(draft, files: input.evidence.map(\.filename))))
        return draft
    }

    /// The unit leader signs the draft (it becomes the report, in the liaison's name, marked as
    /// signed) or returns it to the liaison with a note. Answers the task's id and the report's.
    @discardableResult
    public static func decide(
        draftID: Int, sign: Bool, note: String, actor: Actor, in context: StoreContext
    ) async throws -> (taskID: Int, reportID: Int?) {
        let note = note.trimmingCharacters(in: .whitespacesAndNewlines)
        return try await context.write(progressOnly: true) { ctx in
            guard let draft = try await ReportDraftRecord.find(draftID, on: ctx.db) else { throw StoreError.notFound(Strings.SignOff.notFound) }
            let task = try await TaskSubject.facts(draft.taskID, in: ctx)
            var subject = task.subject
            subject.unitID = draft.unitID
            try Guard.require(actor, .signOffReport, subject)
            guard draft.status == ReportDraftStatus.pending.rawValue else { throw StoreError.conflict(Strings.SignOff.alreadyDecided) }
            draft.decidedBy = actor.accountID
            draft.decidedAt = ctx.now
            draft.note = note
            guard sign else {
                guard !note.isEmpty else { throw StoreError.invalid(Strings.SignOff.noteRequired) }
                draft.status = ReportDraftStatus.returned.rawValue
                try await draft.save(on: ctx.db)
                try await Notifications.notify(
                    accounts: [draft.accountID], kind: "report.sign_off", title: Strings.SignOff.notifyReturned(task.displayLabel), body: note,
                    taskID: draft.taskID, on: ctx.db)
                try await ctx.audit(
                    actor, "report.sign_off.return", "report_draft", draftID, governmentID: task.governmentID,
                    after: JSONText.encode(["note": note]))
                return (draft.taskID, nil)
            }
            let reportID = try await deliver(draft, task: task, signer: actor, in: ctx)
            return (draft.taskID, reportID)
        }
    }

    /// The signed draft as the report the office reviews, judged again as any report is: the task
    /// may have closed, or a cooperating unit's part gone missing, since the liaison wrote it.
    private static func deliver(_ draft: ReportDraftRecord, task: TaskFacts, signer: Actor, in ctx: StoreContext) async throws -> Int {
        guard task.status == TaskStatus.open.rawValue else { throw StoreError.conflict(Strings.Store.taskClosed) }
        guard let period = try await PeriodRecord.find(draft.periodID, on: ctx.db) else { throw StoreError.notFound(Strings.Store.periodNotFound) }
        let role = ResponsibilityRole(rawValue: draft.role) ?? .coop
        if role == .lead, let waiting = try await CoSign.refusal(taskID: draft.taskID, planID: task.planID, period: period, in: ctx) {
            throw StoreError.invalid(waiting)
        }
        let content = JSONText.decode(Content.self, draft.content)
        let values = Dictionary(
            uniqueKeysWithValues: (content?.values ?? [:]).compactMap { key, value in Int(key).map { ($0, value) } }
                .filter { task.indicatorIDs.contains($0.0) })
        let submission = Reports.Submission(
            taskID: draft.taskID, periodNumber: period.number, narrative: content?.narrative ?? "", values: values,
            percentComplete: content?.percent, problems: content?.problems ?? "", nextSteps: content?.nextSteps ?? "")
        let supervisors = try await Notifications.supervisorAccounts(governmentID: task.governmentID, in: ctx)
        let report = try await Reports.addVersion(
            submission, unitID: draft.unitID, role: role, accountID: draft.accountID, period: period, periodID: try period.requireID(), in: ctx)
        report.signedBy = signer.accountID
        try await report.save(on: ctx.db)
        let reportID = try report.requireID()
        let files = try await ReportDraftFileRecord.query(on: ctx.db).filter(\.$draftID == draft.requireID()).sort(\.$id).all()
        for file in files {
            try await Evidence.store(
                Evidence.Upload(filename: file.filename, contentType: file.contentType, data: file.data), reportID: reportID,
                accountID: draft.accountID, on: ctx.db)
        }
        draft.status = ReportDraftStatus.signed.rawValue
        draft.reportID = reportID
        try await draft.save(on: ctx.db)
        try await Notifications.notify(
            accounts: supervisors, kind: "report.submitted", title: Strings.Notify.reportSubmitted(task.displayLabel),
            body: String(submission.narrative.prefix(120)), taskID: draft.taskID, on: ctx.db)
        try await Notifications.notify(
            accounts: [draft.accountID], kind: "report.sign_off", title: Strings.SignOff.signed + "：" + task.displayLabel, body: "",
            taskID: draft.taskID, on: ctx.db)
        try await ctx.audit(
            signer, "report.sign_off", "report", reportID, governmentID: task.governmentID,
            after: JSONText.encode(ReportSnapshot(report, values: values, evidence: files.map(\.filename))))
        return reportID
    }

    /// Switches 审签 on or off for a government: the office's choice, audited.
    public static func setRequired(_ required: Bool, governmentID: Int, actor: Actor, in context: StoreContext) async throws {
        try await context.write { ctx in
            try Guard.require(actor, .manageAccounts, .government(governmentID))
            guard let government = try await GovernmentRecord.find(governmentID, on: ctx.db) else {
                throw StoreError.notFound(Strings.SignOff.governmentNotFound)
            }
            guard (government.signOff == true) != required else { return }
            government.signOff = required
            try await government.save(on: ctx.db)
            try await ctx.audit(actor, "government.sign_off", "government", governmentID, governmentID: governmentID, after: required ? "on" : "off")
        }
    }

    /// What permissions judge a decision on: the task, addressed to the draft's unit.
    public static func subject(ofDraft draftID: Int, on db: any Database) async throws -> Subject {
        guard let draft = try await ReportDraftRecord.find(draftID, on: db) else { throw StoreError.notFound(Strings.SignOff.notFound) }
        var subject = try await TaskSubject.load(draft.taskID, on: db).subject
        subject.unitID = draft.unitID
        return subject
    }

    public static func isRequired(governmentID: Int?, on db: any Database) async throws -> Bool {
        guard let governmentID else { return false }
        return try await GovernmentRecord.find(governmentID, on: db)?.signOff == true
    }
}

/// The held report as the audit trail records it.
struct DraftSnapshot: Codable {
    var task: Int
    var period: Int
    var unit: Int
    var content: String
    var files: [String]

    init(_ draft: ReportDraftRecord, files: [String]) {
        task = draft.taskID
        period = draft.periodID
        unit = draft.unitID
        content = draft.content
        self.files = files
    }
}
