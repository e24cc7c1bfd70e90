import Crypto
import DubanCore
import DubanDocuments
import DubanStrings
import FluentKit
import Foundation

/// 填报表 back in: an upload is read, judged row by row and kept with its preview; only when its
/// uploader confirms are the reports written, all in one transaction. A row identical to what the
/// unit last reported writes nothing, so a sheet uploaded twice adds nothing the second time.
public enum SheetImports {
    /// Read, judge and keep an upload. A file that is not this installation's sheet for this
    /// actor (another unit's, another period's, edited) is refused whole and nothing is kept.
    public static func upload(
        _ data: Data, fileName: String, expectedPeriod: Int? = nil, actor: Actor, in context: StoreContext
    ) async throws -> SheetPreview {
        let reading = try await read(data, fileName: fileName, on: context.db)
        var (preview, _) = try await judge(reading, expectedPeriod: expectedPeriod, actor: actor, in: context)
        let digest = SHA256.hash(data: data).lowercaseHex
        let governmentID = reading.identity.governmentID
        let counts = (rows: preview.rows.count, problems: preview.problems.count)
        preview.uploadID = try await context.write(raisesRevision: false) { ctx in
            // The same file again from the same person: the pending upload it already is.
            if let pending = try await SheetUploadRecord.query(on: ctx.db).filter(\.$accountID == actor.accountID)
                .filter(\.$sha256 == digest).filter(\.$confirmedAt == nil).first()
            {
                return try pending.requireID()
            }
            let record = SheetUploadRecord()
            record.governmentID = governmentID
            record.accountID = actor.accountID
            record.fileName = String(fileName.suffix(200))
            record.sha256 = digest
            record.data = data
            try await record.create(on: ctx.db)
            let id = try record.requireID()
            try await ctx.audit(
                actor, "sheet.upload", "sheet_upload", id, governmentID: governmentID,
                after: JSONText.encode(UploadSnapshot(file: record.fileName, sha256: digest, rows: counts.rows, problems: counts.problems)))
            return id
        }
        return preview
    }

    /// The preview of a kept upload, judged again now (a report may have arrived since).
    public static func preview(uploadID: Int, actor: Actor, in context: StoreContext) async throws -> SheetPreview {
        let upload = try await ownUpload(uploadID, actor: actor, on: context.db)
        var (preview, _) = try await judge(try await read(upload.data, fileName: upload.fileName, on: context.db), actor: actor, in: context)
        preview.uploadID = uploadID
        return preview
    }

    /// Write the upload's reports. Judged again inside the write, so what is written is what the
    /// rules allow at this moment; rows with problems are left out, as the preview said.
    public static func confirm(uploadID: Int, actor: Actor, in context: StoreContext) async throws -> SheetImportResult {
        let upload = try await ownUpload(uploadID, actor: actor, on: context.db)
        let reading = try await read(upload.data, fileName: upload.fileName, on: context.db)
        return try await context.write(progressOnly: true) { ctx in
            let (preview, accepted) = try await judge(reading, actor: actor, in: ctx)
            // Each row's latest version as the judgement read it, and the audit entries chained in
            // one pass: a 300-row sheet is one write, not 300.
            let signers = try await SignOffs.signersToWaitFor(actor, governmentID: reading.identity.governmentID, in: ctx)
            if !signers.isEmpty {
                return try await holdForSignOff(
                    accepted, preview: preview, governmentID: reading.identity.governmentID, uploadID: uploadID, actor: actor, signers: signers,
                    in: ctx)
            }
            var reportIDs: [Int] = []
            var entries: [AuditTrail.Entry] = []
            for item in accepted {
                let periodID = try item.period.requireID()
                let report = try await Reports.addVersion(
                    item.submission, unitID: item.unitID, role: item.role, accountID: actor.accountID, period: item.period,
                    periodID: periodID, known: .some(item.previous), in: ctx)
                let reportID = try report.requireID()
                reportIDs.append(reportID)
                entries.append(
                    AuditTrail.Entry(
                        accountID: actor.accountID, governmentID: reading.identity.governmentID, action: "report.submit", subjectType: "report",
                        subjectID: reportID, before: "", after: JSONText.encode(ReportSnapshot(report, values: item.submission.values, evidence: []))))
            }
            try await AuditTrail.append(entries, at: ctx.now, on: ctx.db)
            if let record = try await SheetUploadRecord.find(uploadID, on: ctx.db) {
                record.confirmedAt = ctx.now
                try await record.save(on: ctx.db)
            }
            if !reportIDs.isEmpty {
                let units = Set(accepted.map(\.unitName)).sorted().joined(separator: "、")
                let title = Strings.Sheets.notifyImported(unit: units, count: reportIDs.count)
                try await Webhooks.enqueue(governmentID: reading.identity.governmentID, title: title, text: preview.planTitle, on: ctx.db)
                if actor.role == .unit {
                    try await Notifications.notifySupervisors(
                        governmentID: reading.identity.governmentID, kind: "report.submitted", title: title, body: preview.planTitle, taskID: nil,
                        on: ctx.db)
                } else {
                    try await Notifications.notifyUnits(
                        Set(accepted.map(\.unitID)), kind: "report.submitted", title: title, body: preview.planTitle, taskID: nil, on: ctx.db)
                }
            }
            try await ctx.audit(
                actor, "sheet.confirm", "sheet_upload", uploadID, governmentID: reading.identity.governmentID,
                after: JSONText.encode(ConfirmSnapshot(reports: reportIDs, unchanged: preview.unchanged, problems: preview.problems.count)))
            return SheetImportResult(
                uploadID: uploadID, created: reportIDs.count, unchanged: preview.unchanged, reportIDs: reportIDs, problems: preview.problems.count)
        }
    }

    /// 审签: a liaison's confirmed rows wait for the unit leader, each as its own draft, as if typed
    /// into the report form one by one.
    private static func holdForSignOff(
        _ accepted: [Accepted], preview: SheetPreview, governmentID: Int, uploadID: Int, actor: Actor, signers: [Int],
        in ctx: StoreContext
    ) async throws -> SheetImportResult {
        for item in accepted {
            let task = try await TaskSubject.facts(item.submission.taskID, in: ctx)
            try await SignOffs.hold(
                item.submission, task: task, unitID: item.unitID, role: item.role, actor: actor, periodID: try item.period.requireID(),
                signers: signers, in: ctx)
        }
        if let record = try await SheetUploadRecord.find(uploadID, on: ctx.db) {
            record.confirmedAt = ctx.now
            try await record.save(on: ctx.db)
        }
        try await ctx.audit(
            actor, "sheet.confirm", "sheet_upload", uploadID, governmentID: governmentID,
            after: JSONText.encode(ConfirmSnapshot(reports: [], unchanged: preview.unchanged, problems: preview.problems.count)))
        return SheetImportResult(
            uploadID: uploadID, created: accepted.count, unchanged: preview.unchanged, reportIDs: [], problems: preview.problems.count,
            heldForSignOff: true)
    }

    static func ownUpload(_ id: Int, actor: Actor, on db: any Database) async throws -> SheetUploadRecord {
        guard let upload = try await SheetUploadRecord.find(id, on: db) else { throw StoreError.notFound(Strings.Sheets.uploadNotFound) }
        guard upload.accountID == actor.accountID else { throw StoreError.forbidden(Strings.Sheets.uploadNotYours) }
        return upload
    }

    static func read(_ data: Data, fileName: String, on db: any Database) async throws -> SheetReading {
        let sheets: [WorkbookSheet]
        do {
            sheets = try WorkbookReader.sheets(data: data, name: fileName, rowLimit: ProgressSheetReader.fileRowLimit)
        } catch let error as DocumentError {
            throw StoreError.invalid(error.description)
        }
        let seal = try await SheetSealKey.seal(on: db)
        do {
            return try ProgressSheetReader.read(sheets, seal: seal)
        } catch {
            throw StoreError.invalid(error.message)
        }
    }

    /// A row the rules accept, ready to write.
    struct Accepted: Sendable {
        var submission: Reports.Submission
        var unitID: Int
        var unitName: String
        var role: ResponsibilityRole
        var period: PeriodRecord
        /// The unit's latest version this period, which the new one follows.
        var previous: ReportRecord?
    }

    /// The reading against the database and the actor: whose sheet, which period, and for each row
    /// whether the unit holds the task, the task is open, the values fit its indicators, and
    /// whether it says anything new.
    static func judge(
        _ reading: SheetReading, expectedPeriod: Int? = nil, actor: Actor, in context: StoreContext
    ) async throws -> (SheetPreview, [Accepted]) {
        let db = context.db
        let identity = reading.identity
        guard let plan = try await PlanRecord.find(identity.planID, on: db), plan.governmentID == identity.governmentID else {
            throw StoreError.invalid(Strings.Sheets.otherPlan)
        }
        if actor.role != .admin, actor.governmentID != identity.governmentID { throw StoreError.forbidden(Strings.Sheets.otherGovernment) }
        let units = try await UnitRecord.query(on: db).filter(\.$governmentID == identity.governmentID).all()
        let unitNames = Dictionary(uniqueKeysWithValues: units.compactMap { unit in unit.id.map { ($0, unit.name) } })
        if actor.role == .unit {
            guard let sheetUnit = identity.unitID else { throw StoreError.forbidden(Strings.Sheets.allUnitsSheetForUnit) }
            if sheetUnit != actor.unitID {
                throw StoreError.forbidden(
                    Strings.Sheets.otherUnit(sheetUnit: unitNames[sheetUnit] ?? "", yourUnit: actor.unitID.flatMap { unitNames[$0] } ?? ""))
            }
        }
        try ProgressSheets.authorize(actor, unitID: identity.unitID, governmentID: plan.governmentID, published: plan.status == PlanStatus.published.rawValue)
        let period = try await Reports.period(for: identity.periodNumber, planID: identity.planID, in: context)
        if let expectedPeriod, expectedPeriod != identity.periodNumber {
            let expected = try await Reports.period(for: expectedPeriod, planID: identity.planID, in: context)
            throw StoreError.invalid(Strings.Sheets.otherPeriod(sheet: period.label, expected: expected.label))
        }

        let taskIDs = Set(reading.entries.map(\.taskID))
        let tasks = Dictionary(
            uniqueKeysWithValues: try await TaskRecord.query(on: db).filter(\.$id ~~ taskIDs).all().compactMap { task in task.id.map { ($0, task) } })
        let holders = try await ProgressSheets.holders(taskIDs: Array(taskIDs), governmentID: identity.governmentID, on: db)
        let roles = Dictionary(holders.map { ("\($0.taskID)-\($0.unitID)", $0.role) }, uniquingKeysWith: { first, _ in first })
        let indicators = Dictionary(grouping: try await IndicatorRecord.query(on: db).filter(\.$taskID ~~ taskIDs).sort(\.$position).all(), by: \.taskID)
        let latest = try await ProgressSheets.latestVersions(periodID: try period.requireID(), taskIDs: taskIDs, on: db)

        let rules = try await PlanSettings.supervisionRules(of: plan, on: db)
        let wordsWhenLit = rules.wordsWhenLit
        let lit = wordsWhenLit ? try await Reports.needsWords(taskIDs: taskIDs, now: context.now, on: db) : [:]
        var rows: [SheetPreview.Row] = []
        var problems = reading.problems
        var accepted: [Accepted] = []
        for entry in reading.entries {
            func refuse(_ message: String, column: String? = nil) {
                problems.append(SheetProblem(sheet: entry.sheet, row: entry.row, column: column, message: message))
            }
            guard let task = tasks[entry.taskID], task.planID == identity.planID else {
                refuse(Strings.Sheets.taskNotInPlan)
                continue
            }
            guard identity.unitID == nil || identity.unitID == entry.unitID,
                let roleName = roles["\(entry.taskID)-\(entry.unitID)"], let role = ResponsibilityRole(rawValue: roleName)
            else {
                refuse(Strings.Sheets.taskNotUnits)
                continue
            }
            guard task.status == TaskStatus.open.rawValue else {
                refuse(Strings.Sheets.taskClosed)
                continue
            }
            let measured = indicators[entry.taskID] ?? []
            var values: [Int: Double] = [:]
            var valueProblem = false
            for (place, value) in entry.values.sorted(by: { $0.key < $1.key }) {
                guard place < measured.count, let id = measured[place].id else {
                    refuse(Strings.Sheets.noSuchIndicator(place + 1), column: entry.valueColumns[place])
                    valueProblem = true
                    continue
                }
                if value != value.rounded(), IndicatorMeasure.takesWholeNumbers(measured[place].indicator) {
                    refuse(Strings.Sheets.wholeNumber(measured[place].metric), column: entry.valueColumns[place])
                    valueProblem = true
                }
                values[id] = value
            }
            if valueProblem { continue }

            let submission = Reports.Submission(
                taskID: entry.taskID, periodNumber: identity.periodNumber, narrative: entry.reportNarrative, values: values,
                percentComplete: entry.percentComplete, problems: entry.problems, nextSteps: entry.nextSteps)
            let filled = ProgressSheet.Filled(
                narrative: submission.narrative, values: values, percentComplete: submission.percentComplete, problems: submission.problems,
                nextSteps: submission.nextSteps)
            let previous = latest["\(entry.taskID)-\(entry.unitID)"]
            let same = previous?.filled == filled
            // 会签, as on the report form: the lead's row waits for the parts, unless waived.
            if !same, role == .lead, rules.coSign {
                let parts = try await CoSign.parts(taskID: entry.taskID, period: period, on: db)
                if !parts.complete {
                    refuse(Strings.Changes.waitingForParts(parts.missing.joined(separator: "、")))
                    continue
                }
            }
            // 红黄灯须说明, as on the report form; a row that repeats what is already in writes nothing.
            if !same, role == .lead, let light = lit[entry.taskID], [entry.problems, entry.nextSteps].contains(where: \.isEmpty) {
                refuse(
                    Strings.Store.redNeedsWords(light.word),
                    column: entry.problems.isEmpty ? Strings.Sheets.Columns.problems : Strings.Sheets.Columns.nextSteps)
                continue
            }
            let unitName = unitNames[entry.unitID] ?? ""
            rows.append(
                SheetPreview.Row(
                    sheet: entry.sheet, row: entry.row, taskID: entry.taskID, task: task.displayLabel, unitID: entry.unitID, unit: unitName,
                    outcome: same ? .unchanged : .create, narrative: submission.narrative, percentComplete: submission.percentComplete))
            if !same {
                accepted.append(
                    Accepted(submission: submission, unitID: entry.unitID, unitName: unitName, role: role, period: period, previous: previous?.record))
            }
        }
        let preview = SheetPreview(
            uploadID: nil, planID: identity.planID, planTitle: plan.title, periodNumber: period.number, periodLabel: period.label,
            unitID: identity.unitID, unitName: identity.unitID.flatMap { unitNames[$0] }, rows: rows,
            problems: problems.map(SheetPreview.Problem.init), blankRows: reading.blankRows)
        return (preview, accepted)
    }
}

struct UploadSnapshot: Codable {
    var file: String
    var sha256: String
    var rows: Int
    var problems: Int
}

struct ConfirmSnapshot: Codable {
    var reports: [Int]
    var unchanged: Int
    var problems: Int
}
