import DubanCore
import DubanDocuments
import DubanStore
import DubanStrings
import DubanWeb
import FluentKit
import Foundation
import Vapor

/// `serve --demo`: the two sample plans, an account for every role, and months of plausible
/// reports, reviews, urgings and instructions, all made through the same use cases as real use.
/// Running it again finds everything in place and changes nothing.
public enum DemoLoader {
    /// The demo shows the 2022 plans as they stood on this day.
    public static let demoDate = PlanCalendar.date(2022, 9, 15, hour: 10)

    public typealias Login = DemoSeed.Login

    /// What `serve --demo` runs: the samples in `samplesDirectory`, on the demo's day.
    public static func seed(samplesDirectory: String) -> DemoSeed {
        DemoSeed(day: demoDate) { app in try await load(app: app, samplesDirectory: samplesDirectory) }
    }

    public static func load(app: Application, samplesDirectory: String) async throws -> [Login] {
        // The city comes last, so the districts' units keep the ids (and demo logins) they always had.
        let plans: [(government: String, office: String, file: String, prefix: String, units: [String], leaders: [String])] = [
            ("常州市钟楼区人民政府", "钟楼区督查室", "zhonglou-2022.txt", "zl", ["发改局", "科技局", "住建局", "人社局"], ["孙益锋", "曹雷"]),
            ("常州市天宁区人民政府", "天宁区督查室", "tianning-2022.txt", "tn", ["发改局", "科技局", "教育局", "人社局"], ["张凯奇", "李军"]),
            ("常州市人民政府", "常州市督查室", "changzhou-2022.txt", "cz", ["市发改委", "市科技局", "市财政局"], ["沈卫东"]),
        ]
        var logins: [Login] = [Login(username: "admin", password: "Duban-Guanli-2022", role: "admin", who: "系统管理员")]
        _ = try await ensureAccount(app, Accounts.NewAccount(username: "admin", displayName: "系统管理员", password: "Duban-Guanli-2022", role: .admin))
        for spec in plans {
            let government = try await ensureGovernment(app, name: spec.government)
            let governmentID = try government.requireID()
            let supervisor = try await ensureAccount(
                app,
                Accounts.NewAccount(
                    username: "\(spec.prefix)-duchashi", displayName: spec.office,
                    password: "Duban-\(spec.prefix)-2022", role: .supervisor, governmentID: governmentID))
            logins.append(Login(username: "\(spec.prefix)-duchashi", password: "Duban-\(spec.prefix)-2022", role: "supervisor", who: supervisor.displayName))
            let viewer = "\(spec.prefix)-chayue"
            _ = try await ensureAccount(
                app,
                Accounts.NewAccount(
                    username: viewer, displayName: "查阅", password: "Duban-\(spec.prefix)-view1",
                    role: .viewer, governmentID: governmentID))
            logins.append(Login(username: viewer, password: "Duban-\(spec.prefix)-view1", role: "viewer", who: "查阅"))
            let existing = try await PlanRecord.query(on: app.storeContext().db).filter(\.$governmentID == governmentID).first()
            if existing == nil {
                let path = (samplesDirectory as NSString).appendingPathComponent(spec.file)
                let plan = try PlanImporter(government: spec.government, year: 2022).importPlan(path: path)
                let context = app.storeContext().withClock(FixedClock(PlanCalendar.date(2022, 2, 10, hour: 9)))
                let result = try await PlanDrafts.create(
                    plan, source: FileManager.default.contents(atPath: path), sourceName: spec.file,
                    governmentID: governmentID, actor: supervisor.actor, in: context)
                // As the office would publish it: corrected and confirmed first (Samples/*.confirmations.json).
                try await DemoConfirmations.load(samplesDirectory: samplesDirectory, plan: spec.file)?
                    .apply(planID: result.planID, actor: supervisor.actor, app: app, in: context)
                try await Publishing.publish(planID: result.planID, actor: supervisor.actor, in: context)
            }
            // Accounts for every unit and leader of the plan, so each list has someone to log in.
            let unitAccounts = try await ensureUnitAccounts(app, governmentID: governmentID, prefix: spec.prefix)
            let leaderAccounts = try await ensureLeaderAccounts(app, governmentID: governmentID, prefix: spec.prefix)
            for name in spec.units {
                if let (username, password) = unitAccounts[name] { logins.append(Login(username: username, password: password, role: "unit", who: name)) }
            }
            for name in spec.leaders {
                if let (username, password) = leaderAccounts[name] { logins.append(Login(username: username, password: password, role: "leader", who: name)) }
            }
            if let plan = try await PlanRecord.query(on: app.storeContext().db).filter(\.$governmentID == governmentID).first(),
                try await ReportRecord.query(on: app.storeContext().db).join(TaskRecord.self, on: \ReportRecord.$taskID == \TaskRecord.$id)
                    .filter(TaskRecord.self, \.$planID == (plan.id ?? 0)).count() == 0
            {
                try await DemoHistory.generate(app: app, planID: try plan.requireID(), supervisor: supervisor.actor, until: demoDate)
            }
        }
        try await DemoLevels.link(app: app)
        return logins
    }

    static func ensureGovernment(_ app: Application, name: String) async throws -> GovernmentRecord {
        if let existing = try await GovernmentRecord.query(on: app.storeContext().db).filter(\.$name == name).first() { return existing }
        let record = GovernmentRecord(name: name)
        try await app.storeContext().write { ctx in
            try await record.create(on: ctx.db)
            try await ctx.audit(nil, "government.create", "government", record.id, governmentID: record.id, after: name)
        }
        return record
    }

    static func ensureAccount(_ app: Application, _ input: Accounts.NewAccount) async throws -> AccountEntry {
        if let existing = try await AccountRecord.query(on: app.storeContext().db).filter(\.$username == input.username).first() {
            return AccountEntry(existing)
        }
        return try await Accounts.create(input, by: nil, app: app)
    }

    /// One account per unit: `zl-u12` with a password derived from the number. Hashed once and
    /// shared, so the demo starts in seconds; real installations create accounts one by one.
    static func ensureUnitAccounts(_ app: Application, governmentID: Int, prefix: String) async throws -> [String: (String, String)] {
        let units = try await UnitRecord.query(on: app.storeContext().db).filter(\.$governmentID == governmentID).filter(
            \.$kind != UnitKind.collective.rawValue
        ).sort(\.$id)
            .all()
        let password = "Duban-\(prefix)-unit1"
        let hash = try await app.password.async.hash(password)
        var out: [String: (String, String)] = [:]
        for unit in units { out[unit.name] = ("\(prefix)-u\(unit.id ?? 0)", password) }
        try await app.storeContext().write { ctx in
            for unit in units {
                let username = "\(prefix)-u\(unit.id ?? 0)"
                if try await AccountRecord.query(on: ctx.db).filter(\.$username == username).first() != nil { continue }
                try await insertAccount(
                    username: username, displayName: unit.name + "联络员", hash: hash, role: .unit,
                    governmentID: governmentID, unitID: unit.id, leaderID: nil, ctx: ctx)
                // The unit leader's account (`zl-u12-s`): signs off the liaison's reports once the
                // office turns 审签 on; until then it reports like the liaison.
                try await insertAccount(
                    username: username + "-s", displayName: unit.name + "分管领导", hash: hash, role: .unit,
                    governmentID: governmentID, unitID: unit.id, leaderID: nil, signer: true, ctx: ctx)
            }
        }
        return out
    }

    static func ensureLeaderAccounts(_ app: Application, governmentID: Int, prefix: String) async throws -> [String: (String, String)] {
        let leaders = try await LeaderRecord.query(on: app.storeContext().db).filter(\.$governmentID == governmentID).sort(\.$id).all()
        let password = "Duban-\(prefix)-lead1"
        let hash = try await app.password.async.hash(password)
        var out: [String: (String, String)] = [:]
        for leader in leaders { out[leader.name] = ("\(prefix)-l\(leader.id ?? 0)", password) }
        try await app.storeContext().write { ctx in
            for leader in leaders {
                let username = "\(prefix)-l\(leader.id ?? 0)"
                if try await AccountRecord.query(on: ctx.db).filter(\.$username == username).first() != nil { continue }
                try await insertAccount(
                    username: username, displayName: leader.name, hash: hash, role: .leader,
                    governmentID: governmentID, unitID: nil, leaderID: leader.id, ctx: ctx)
            }
        }
        return out
    }

    static func insertAccount(
        username: String, displayName: String, hash: String, role: Role, governmentID: Int, unitID: Int?,
        leaderID: Int?, signer: Bool = false, ctx: StoreContext
    ) async throws {
        // Made by the system (`by: nil`): the printed password logs in directly, no forced change.
        try await AccountAdmin.insert(
            AccountAdmin.Input(
                username: username, displayName: displayName, role: role, governmentID: governmentID,
                unitID: unitID, leaderID: leaderID, signer: signer), passwordHash: hash, by: nil, ctx: ctx)
    }
}
