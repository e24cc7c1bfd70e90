import DubanCore
import DubanStore
import FluentKit
import Foundation

/// A government with the 钟楼 sample imported and published, and accounts for each role.
struct World {
    var governmentID: Int
    var planID: Int
    var supervisor: Actor
    var admin: Actor

    static func build(_ ctx: StoreContext, publish: Bool = true) async throws -> World {
        let government = GovernmentRecord(name: "常州市钟楼区人民政府")
        try await government.create(on: ctx.db)
        let governmentID = try government.requireID()
        let supervisor = try await account(ctx, "sup", role: .supervisor, governmentID: governmentID)
        let admin = try await account(ctx, "admin", role: .admin, governmentID: nil)
        let plan = try PlanImporter().importPlan(path: StoreHarness.root.appendingPathComponent("Samples/zhonglou-2022.txt").path)
        let result = try await PlanDrafts.create(
            plan, source: nil, sourceName: "zhonglou-2022.txt", governmentID: governmentID,
            actor: supervisor, in: ctx.withClock(FixedClock(PlanCalendar.date(2022, 2, 10))))
        if publish {
            // The importer's doubts answered in bulk, as an office does after checking the document.
            try await Confirmations.confirm(
                planID: result.planID, taskIDs: nil, reason: "测试：已与原件核对",
                actor: supervisor, in: ctx.withClock(FixedClock(PlanCalendar.date(2022, 2, 11))))
            try await Publishing.publish(planID: result.planID, actor: supervisor, in: ctx.withClock(FixedClock(PlanCalendar.date(2022, 2, 11))))
        }
        return World(governmentID: governmentID, planID: result.planID, supervisor: supervisor, admin: admin)
    }

    static func account(
        _ ctx: StoreContext, _ username: String, role: Role, governmentID: Int?, unitID: Int? = nil,
        leaderID: Int? = nil
    ) async throws -> Actor {
        let account = AccountRecord()
        account.username = username
        account.displayName = username
        account.passwordHash = "not-a-login"
        account.role = role.rawValue
        account.governmentID = governmentID
        account.unitID = unitID
        account.leaderID = leaderID
        account.failedLogins = 0
        account.active = true
        try await account.create(on: ctx.db)
        return Actor(accountID: try account.requireID(), role: role, governmentID: governmentID, unitID: unitID, leaderID: leaderID)
    }

    func task(_ label: String, _ ctx: StoreContext) async throws -> TaskRecord {
        try await TaskRecord.query(on: ctx.db).filter(\.$planID == planID).filter(\.$label == label).first()!
    }

    func unit(_ name: String, _ ctx: StoreContext) async throws -> Int {
        try await UnitRecord.query(on: ctx.db).filter(\.$governmentID == governmentID).filter(\.$name == name).first()!.requireID()
    }

    /// A liaison account for the named unit.
    func liaison(of unit: String, _ ctx: StoreContext) async throws -> Actor {
        try await World.account(
            ctx, "u-\(unit)-\(UUID().uuidString.prefix(6))", role: .unit, governmentID: governmentID,
            unitID: try await self.unit(unit, ctx))
    }
}
