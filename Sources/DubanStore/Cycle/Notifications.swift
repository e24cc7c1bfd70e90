import DubanCore
import DubanStrings
import FluentKit
import Foundation
import SQLKit

/// In-app notifications: written in the same transaction as what they announce.
public enum Notifications {
    public static func notify(accounts: [Int], kind: String, title: String, body: String, taskID: Int?, on db: any Database) async throws {
        let recipients = Set(accounts).sorted()
        guard !recipients.isEmpty else { return }
        guard let sql = db as? any SQLDatabase else {
            for account in recipients {
                let record = NotificationRecord()
                record.createdAt = WriteClock.current
                record.accountID = account
                record.kind = kind
                record.title = title
                record.body = body
                record.taskID = taskID
                try await record.create(on: db)
            }
            return
        }
        // One statement for every recipient: writes run one at a time, and a report tells each
        // of an office's accounts.
        var insert = sql.insert(into: NotificationRecord.schema).columns("account_id", "kind", "title", "body", "task_id", "created_at")
        let now = WriteClock.current
        for account in recipients {
            insert = insert.values(SQLBind(account), SQLBind(kind), SQLBind(title), SQLBind(body), SQLBind(taskID), SQLBind(now))
        }
        try await insert.run()
    }

    static func notifyUnits(_ unitIDs: Set<Int>, kind: String, title: String, body: String, taskID: Int?, on db: any Database) async throws {
        guard !unitIDs.isEmpty else { return }
        // Nobody logs in as 各街道: what is sent to a collective is read by its members.
        let reached = try await CollectiveExpansion.reach(unitIDs, on: db)
        let accounts = try await AccountRecord.query(on: db).filter(\.$unitID ~~ reached).filter(\.$active == true).all()
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
                .filter(\.$role == Role.supervisor.rawValue).filter(\.$active == true).all().compactMap(\.id)
        }
    }

    static func notifySupervisors(governmentID: Int, kind: String, title: String, body: String, taskID: Int?, on db: any Database) async throws {
        let accounts = try await AccountRecord.query(on: db).filter(\.$governmentID == governmentID)
            .filter(\.$role == Role.supervisor.rawValue).filter(\.$active == true).all()
        try await notify(accounts: accounts.compactMap(\.id), kind: kind, title: title, body: body, taskID: taskID, on: db)
    }
}

extension Notifications {
    /// The reader marks its own notifications read: `ids` nil marks all of them. Reading a list
    /// never writes; this does, through the one gate every write takes.
    @discardableResult
    public static func markRead(ids: Set<Int>?, actor: Actor, in context: StoreContext) async throws -> Int {
        try Guard.require(actor, .readNotifications, .government(actor.governmentID))
        return try await context.write(progressOnly: true) { ctx in
            var query = NotificationRecord.query(on: ctx.db).filter(\.$accountID == actor.accountID).filter(\.$readAt == nil)
            if let ids { query = query.filter(\.$id ~~ ids) }
            let unread = try await query.all()
            if let ids, unread.isEmpty, !ids.isEmpty {
                // Another account's notification, or none: the same answer, so ids reveal nothing.
                let own = try await NotificationRecord.query(on: ctx.db).filter(\.$accountID == actor.accountID).filter(\.$id ~~ ids).count()
                if own == 0 { throw StoreError.notFound(Strings.Store.notificationNotFound) }
                return 0
            }
            guard !unread.isEmpty else { return 0 }
            try await NotificationRecord.query(on: ctx.db).filter(\.$id ~~ Set(unread.compactMap(\.id))).set(\.$readAt, to: ctx.now).update()
            try await ctx.audit(
                actor, "notification.read", "account", actor.accountID, governmentID: actor.governmentID,
                after: String(unread.count))
            return unread.count
        }
    }
}

/// A notification as its reader sees it.
public struct NotificationEntry: Sendable, Codable, Equatable {
    public var id: Int
    public var kind: String
    public var title: String
    public var body: String
    public var taskID: Int?
    public var readAt: Date?
    public var createdAt: Date?
}

extension Notifications {
    /// The reader's own notifications, newest first; nobody lists another account's.
    public static func list(for actor: Actor, limit: Int = 200, on db: any Database) async throws -> [NotificationEntry] {
        try await NotificationRecord.query(on: db).filter(\.$accountID == actor.accountID).sort(\.$id, .descending).limit(limit).all()
            .map {
                NotificationEntry(
                    id: $0.id ?? 0, kind: $0.kind, title: $0.title, body: $0.body, taskID: $0.taskID,
                    readAt: $0.readAt, createdAt: $0.createdAt)
            }
    }

    public static func unreadCount(for accountID: Int, on db: any Database) async throws -> Int {
        try await NotificationRecord.query(on: db).filter(\.$accountID == accountID).filter(\.$readAt == nil).count()
    }
}
