import Fluent
import Foundation

/// In-app notifications: written in the same transaction as what they announce.
public enum Notifications {
    public static func notify(accounts: [Int], kind: String, title: String, body: String, taskID: Int?, on db: any Database) async throws {
        for account in Set(accounts) {
            let record = NotificationRecord()
            record.createdAt = WriteClock.current
            record.accountID = account
            record.kind = kind
            record.title = title
            record.body = body
            record.taskID = taskID
            try await record.create(on: db)
        }
    }

    static func notifyUnits(_ unitIDs: Set<Int>, kind: String, title: String, body: String, taskID: Int?, on db: any Database) async throws {
        guard !unitIDs.isEmpty else { return }
        let accounts = try await AccountRecord.query(on: db).filter(\.$unitID ~~ unitIDs).filter(\.$active == true).all()
        try await notify(accounts: accounts.compactMap(\.id), kind: kind, title: title, body: body, taskID: taskID, on: db)
    }

    static func notifyLeaders(_ leaderIDs: Set<Int>, kind: String, title: String, body: String, taskID: Int?, on db: any Database) async throws {
        guard !leaderIDs.isEmpty else { return }
        let accounts = try await AccountRecord.query(on: db).filter(\.$leaderID ~~ leaderIDs).filter(\.$active == true).all()
        try await notify(accounts: accounts.compactMap(\.id), kind: kind, title: title, body: body, taskID: taskID, on: db)
    }

    /// The government's active supervisors, as of the write's revision.
    static func supervisorAccounts(governmentID: Int, in ctx: StoreContext) async throws -> [Int] {
        try await ctx.cached("supervisors:\(governmentID)") {
            try await AccountRecord.query(on: ctx.db).filter(\.$governmentID == governmentID)
                .filter(\.$role == "supervisor").filter(\.$active == true).all().compactMap(\.id)
        }
    }

    static func notifySupervisors(governmentID: Int, kind: String, title: String, body: String, taskID: Int?, on db: any Database) async throws {
        let accounts = try await AccountRecord.query(on: db).filter(\.$governmentID == governmentID)
            .filter(\.$role == "supervisor").filter(\.$active == true).all()
        try await notify(accounts: accounts.compactMap(\.id), kind: kind, title: title, body: body, taskID: taskID, on: db)
    }
}
