import DubanCore
import DubanStore
import DubanTestSupport
import FluentKit
import Foundation

/// A SQLite file holding 钟楼's published 2022 plan and its office, for commands run against it.
struct PublishedPlanFixture {
    var context: StoreContext
    var governmentID: Int
    var planID: Int
    var office: Actor

    /// Migrates `path`, imports and publishes the sample, and calls `body` while the file is open.
    static func with<T: Sendable>(_ path: String, _ body: (PublishedPlanFixture) async throws -> T) async throws -> T {
        try await StoreRuntime.with(.sqliteFile(path)) { runtime in
            try await runtime.migrate()
            let ctx = StoreContext(db: runtime.database(), clock: FixedClock(PlanCalendar.date(2022, 6, 1)), backend: .sqliteFile(path))
            let government = GovernmentRecord(name: "常州市钟楼区人民政府")
            try await government.create(on: ctx.db)
            let governmentID = try government.requireID()
            let office = try await account("office", .supervisor, governmentID: governmentID, on: ctx.db)
            let plan = try PlanImporter().importPlan(path: Support.root.appendingPathComponent("Samples/zhonglou-2022.txt").path)
            let early = ctx.withClock(FixedClock(PlanCalendar.date(2022, 2, 10)))
            let draft = try await PlanDrafts.create(plan, source: nil, sourceName: "zhonglou-2022.txt", governmentID: governmentID, actor: office, in: early)
            try await Confirmations.confirm(planID: draft.planID, taskIDs: nil, reason: "已核对", actor: office, in: early)
            try await Publishing.publish(planID: draft.planID, actor: office, in: early)
            return try await body(PublishedPlanFixture(context: ctx, governmentID: governmentID, planID: draft.planID, office: office))
        }
    }

    /// An account of the government that signs in nowhere (no password hash), for the store's use cases.
    func account(_ username: String, _ role: Role, unit: String? = nil) async throws -> Actor {
        var unitID: Int?
        if let unit { unitID = try await UnitRecord.query(on: context.db).filter(\.$name == unit).first()?.requireID() }
        return try await Self.account(username, role, governmentID: governmentID, unitID: unitID, on: context.db)
    }

    private static func account(_ username: String, _ role: Role, governmentID: Int, unitID: Int? = nil, on db: any Database) async throws -> Actor {
        let record = AccountRecord()
        record.username = username
        record.usernameKey = UsernameKey.fold(username)
        record.displayName = username
        record.passwordHash = "not-a-login"
        record.role = role.rawValue
        record.governmentID = governmentID
        record.unitID = unitID
        record.failedLogins = 0
        record.active = true
        try await record.create(on: db)
        return record.actor
    }
}
