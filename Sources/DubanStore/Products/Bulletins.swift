import DubanCore
import DubanStrings
import FluentKit
import Foundation

/// 月通报: drafted from the board, compared with the last published bulletin, edited by the
/// office, published and frozen. Every version is kept.
public enum Bulletins {
    /// Drafts the bulletin of `month` (1…12 of the plan year) as a new version.
    @discardableResult
    public static func draft(planID: Int, month: Int, actor: Actor, in context: StoreContext) async throws -> BulletinEntry {
        guard (1...12).contains(month) else { throw StoreError.invalid(Strings.Store.bulletinMonth) }
        return try await context.write { ctx in
            guard let plan = try await PlanRecord.find(planID, on: ctx.db) else { throw StoreError.notFound(Strings.Store.planNotFound) }
            try Guard.require(actor, .publishBulletin, .government(plan.governmentID, published: plan.status == PlanStatus.published.rawValue))
            guard plan.status == PlanStatus.published.rawValue else { throw StoreError.conflict(Strings.Store.planNotPublished) }
            let (bulletin, lights) = try await compose(plan, month: month, now: ctx.now, on: ctx.db)
            let record = BulletinRecord()
            record.planID = planID
            record.governmentID = plan.governmentID
            record.year = plan.year
            record.month = month
            record.version = try await nextVersion(planID: planID, month: month, on: ctx.db)
            record.status = BulletinStatus.draft.rawValue
            record.content = JSONText.encode(bulletin)
            record.lights = JSONText.encode(lights)
            record.createdBy = actor.accountID
            try await record.create(on: ctx.db)
            try await ctx.audit(
                actor, "bulletin.draft", "bulletin", record.id, governmentID: plan.governmentID,
                after: "\(plan.year)-\(month) v\(record.version)")
            return BulletinEntry(record)
        }
    }

    /// The office's wording. A draft changes in place; a published bulletin stays as it was
    /// and the edit becomes the next version, a draft again.
    @discardableResult
    public static func edit(
        bulletinID: Int, summary: String, closing: String, actor: Actor,
        in context: StoreContext
    ) async throws -> BulletinEntry {
        try await context.write { ctx in
            let record = try await load(bulletinID, actor: actor, action: .publishBulletin, on: ctx.db)
            guard var bulletin = JSONText.decode(Bulletin.self, record.content) else { throw StoreError.invalid(Strings.Store.bulletinNotFound) }
            let before = JSONText.encode(["summary": bulletin.summary, "closing": bulletin.closing])
            bulletin.summary = summary.trimmingCharacters(in: .whitespacesAndNewlines)
            bulletin.closing = closing.trimmingCharacters(in: .whitespacesAndNewlines)
            let target: BulletinRecord
            if record.status == BulletinStatus.draft.rawValue {
                target = record
                target.content = JSONText.encode(bulletin)
                try await target.save(on: ctx.db)
            } else {
                target = BulletinRecord()
                target.planID = record.planID
                target.governmentID = record.governmentID
                target.year = record.year
                target.month = record.month
                target.version = try await nextVersion(planID: record.planID, month: record.month, on: ctx.db)
                target.status = BulletinStatus.draft.rawValue
                target.content = JSONText.encode(bulletin)
                target.lights = record.lights
                target.createdBy = actor.accountID
                try await target.create(on: ctx.db)
            }
            try await ctx.audit(
                actor, "bulletin.edit", "bulletin", target.id, governmentID: record.governmentID, before: before,
                after: JSONText.encode(["summary": bulletin.summary, "closing": bulletin.closing]))
            return BulletinEntry(target)
        }
    }

    public static func publish(bulletinID: Int, actor: Actor, in context: StoreContext) async throws {
        try await context.write { ctx in
            let record = try await load(bulletinID, actor: actor, action: .publishBulletin, on: ctx.db)
            guard record.status == BulletinStatus.draft.rawValue else { throw StoreError.conflict(Strings.Store.bulletinAlreadyPublished) }
            // Reply dates count from the day it is issued: a closing the office left as drafted
            // is dated again from today.
            let calendar = try await WorkCalendars.load(on: ctx.db)
            if var bulletin = JSONText.decode(Bulletin.self, record.content), let drafted = bulletin.draftedOn,
                let plan = try await PlanRecord.find(record.planID, on: ctx.db),
                bulletin.closing == BulletinDrafter.closing(planTitle: plan.title, issuedOn: drafted, calendar: calendar)
            {
                bulletin.closing = BulletinDrafter.closing(planTitle: plan.title, issuedOn: ctx.now, calendar: calendar)
                record.content = JSONText.encode(bulletin)
            }
            record.status = BulletinStatus.published.rawValue
            record.publishedAt = ctx.now
            try await record.save(on: ctx.db)
            let title = JSONText.decode(Bulletin.self, record.content)?.title ?? ""
            try await Webhooks.enqueue(governmentID: record.governmentID, title: title, text: Strings.Notify.bulletinPublished(title), on: ctx.db)
            try await ctx.audit(
                actor, "bulletin.publish", "bulletin", bulletinID, governmentID: record.governmentID,
                before: BulletinStatus.draft.rawValue, after: BulletinStatus.published.rawValue)
        }
    }

    /// A bulletin for reading: published ones by anyone who may read the plan, drafts by the office.
    public static func read(_ bulletinID: Int, actor: Actor?, on db: any Database) async throws -> (BulletinEntry, Bulletin) {
        guard let record = try await BulletinRecord.find(bulletinID, on: db) else { throw StoreError.notFound(Strings.Store.bulletinNotFound) }
        try Guard.require(actor, .readPlan, .government(record.governmentID, published: true))
        // A draft is the office's own: others are told it is not out yet, not that they cannot publish.
        if record.status != BulletinStatus.published.rawValue,
            case .denied = Permissions.decide(actor, .publishBulletin, .government(record.governmentID, published: true))
        {
            throw StoreError.forbidden(Strings.Store.bulletinNotPublished)
        }
        guard let bulletin = JSONText.decode(Bulletin.self, record.content) else { throw StoreError.notFound(Strings.Store.bulletinNotFound) }
        return (BulletinEntry(record), bulletin.visible(to: actor))
    }

    /// A plan's bulletins for `actor`: drafts only for the office that may publish them.
    public static func list(plan: PlanEntry, actor: Actor?, on db: any Database) async throws -> [BulletinEntry] {
        try Guard.require(actor, .readPlan, plan.subject)
        var query = BulletinRecord.query(on: db).filter(\.$planID == plan.id)
        if !mayDraft(plan, actor: actor) { query = query.filter(\.$status == BulletinStatus.published.rawValue) }
        return try await query.sort(\.$month, .descending).sort(\.$version, .descending).all().map(BulletinEntry.init)
    }

    public static func mayDraft(_ plan: PlanEntry, actor: Actor?) -> Bool {
        Permissions.decide(actor, .publishBulletin, .government(plan.governmentID, published: true)).isAllowed
    }

    // MARK: composing

    /// The drafter's input: the board for the reporting round of `month`, read now (so the
    /// counts equal the board's today), or, once the next round is due, as it stood the day
    /// before. A round not yet due has no bulletin.
    static func compose(_ plan: PlanRecord, month: Int, now: Date, on db: any Database) async throws -> (Bulletin, [String: String]) {
        let planID = try plan.requireID()
        let rules = try await PlanSettings.periodRules(of: plan, on: db)
        // A bulletin is monthly whatever the plan's reporting rhythm; the due day is the plan's.
        var monthly = rules
        monthly.frequency = .monthly
        let round = Periods.period(year: plan.year, index: month, rules: monthly)
        let calendar = PlanCalendar.calendar
        guard Periods.days(from: round.due, to: now) > 0 else {
            let due = calendar.dateComponents([.month, .day], from: round.due)
            throw StoreError.conflict(Strings.Store.bulletinRoundNotDue(month: month, due: Strings.Supervision.monthDay(due.month!, due.day!)))
        }
        // The round stays the latest until the next one's due day is over.
        let nextDue = calendar.date(byAdding: .month, value: 1, to: round.due)!
        let roundEnds = calendar.date(byAdding: .day, value: 1, to: nextDue)!.addingTimeInterval(-1)
        let cutoff = min(now, roundEnds)
        let rows =
            cutoff == now
            ? try await TaskBoard.rows(planID: planID, now: now, on: db)
            : try await TaskBoard.rows(planID: planID, asOf: cutoff, on: db)
        let taskIDs = Set(rows.map(\.id))
        // What the office did about this round: from the round's first day to the cutoff.
        let windowStart = round.end
        let urged = Set(
            try await UrgingRecord.query(on: db).filter(\.$taskID ~~ taskIDs)
                .filter(\.$sentAt >= windowStart).filter(\.$sentAt <= cutoff).all().map(\.taskID))
        let tasks = rows.map { row in
            BulletinTask(
                id: row.id, label: row.label, text: row.text, section: row.path.first ?? "",
                leadUnits: row.leadUnits.map(\.name), light: row.light, reasons: row.reasons, causes: row.causes,
                openUrgings: row.openUrgings, urgedThisMonth: urged.contains(row.id),
                overdue: row.status != TaskStatus.closed.rawValue && Progress.deadline(row.deadline, planYear: plan.year) <= cutoff,
                closed: row.status == TaskStatus.closed.rawValue)
        }
        let previous = try await BulletinRecord.query(on: db).filter(\.$planID == planID).filter(\.$status == BulletinStatus.published.rawValue)
            .filter(\.$month < month).sort(\.$month, .descending).sort(\.$version, .descending).first()
        var previousLights: [Int: Light] = [:]
        for (id, light) in JSONText.decode([String: String].self, previous?.lights ?? "") ?? [:] {
            if let id = Int(id), let light = Light(rawValue: light) { previousLights[id] = light }
        }
        let instructions = try await InstructionRecord.query(on: db).filter(\.$taskID ~~ taskIDs)
            .filter(\.$createdAt >= windowStart).filter(\.$createdAt <= cutoff).sort(\.$id).all()
        let authors = Dictionary(
            uniqueKeysWithValues: try await AccountRecord.query(on: db).filter(\.$id ~~ Set(instructions.map(\.accountID))).all()
                .compactMap { account in account.id.map { ($0, account.displayName) } })
        let labels = Dictionary(uniqueKeysWithValues: rows.map { ($0.id, $0.label.isEmpty ? String($0.text.prefix(16)) : $0.label) })
        let government = try await GovernmentRecord.find(plan.governmentID, on: db)?.name ?? ""
        // Names that are not one unit are never ranked: collective ones and the unconfirmed.
        let leadIDs = Set(rows.flatMap { $0.leadUnits.map(\.id) })
        let unrankable = Set(
            try await UnitRecord.query(on: db).filter(\.$id ~~ leadIDs).all()
                .filter { $0.kind == UnitKind.collective.rawValue || UnitNames.isCollective($0.name) || !$0.confirmed }.map(\.name))
        let input = BulletinInput(
            governmentName: government, planTitle: plan.title, year: plan.year, month: month, tasks: tasks,
            previousLights: previousLights,
            instructions: instructions.map {
                BulletinInstruction(
                    taskLabel: labels[$0.taskID] ?? "", leader: authors[$0.accountID] ?? "", text: $0.text,
                    date: $0.createdAt ?? windowStart)
            },
            roundDue: round.due, cutoff: cutoff, issuedOn: now, unrankable: unrankable,
            minimumToRank: try await PlanSettings.supervisionRules(of: plan, on: db).minimumToRank,
            workCalendar: rules.workCalendar)
        let lights = Dictionary(uniqueKeysWithValues: rows.map { (String($0.id), $0.light.rawValue) })
        return (BulletinDrafter.draft(input), lights)
    }

    static func nextVersion(planID: Int, month: Int, on db: any Database) async throws -> Int {
        let last = try await BulletinRecord.query(on: db).filter(\.$planID == planID).filter(\.$month == month)
            .sort(\.$version, .descending).first()
        return (last?.version ?? 0) + 1
    }

    static func load(_ id: Int, actor: Actor, action: Action, on db: any Database) async throws -> BulletinRecord {
        guard let record = try await BulletinRecord.find(id, on: db) else { throw StoreError.notFound(Strings.Store.bulletinNotFound) }
        try Guard.require(actor, action, .government(record.governmentID, published: true))
        return record
    }
}

/// A bulletin's facts for lists and links; its content is read through `Bulletins.read`.
public struct BulletinEntry: Sendable, Codable, Equatable {
    public var id: Int
    public var planID: Int
    public var governmentID: Int
    public var month: Int
    public var version: Int
    public var status: String
    public var title: String
    public var publishedAt: Date?

    public var isPublished: Bool { status == BulletinStatus.published.rawValue }

    init(_ record: BulletinRecord) {
        id = record.id ?? 0
        planID = record.planID
        governmentID = record.governmentID
        month = record.month
        version = record.version
        status = record.status
        title = JSONText.decode(Bulletin.self, record.content)?.title ?? ""
        publishedAt = record.publishedAt
    }
}
