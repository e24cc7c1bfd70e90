import DubanCore
import FluentKit
import Foundation

/// The lists each role's home page opens with.
public enum Dashboard {
    public struct ReportItem: Sendable, Codable {
        public var reportID: Int
        public var taskID: Int
        public var taskLabel: String
        public var unit: String
        public var period: String
        public var submittedAt: Date
        public var late: Bool
        public var status: String
        public var reason: String?
        /// Who created the author's account or last reset its password (separation of duties, M1).
        public var authorIssuers: [Int] = []
    }

    public struct UrgingItem: Sendable, Codable {
        public var urgingID: Int
        public var taskID: Int
        public var taskLabel: String
        public var unit: String
        public var message: String
        public var replyBy: Date
        public var escalated: Bool
    }

    public static func reviewQueue(governmentID: Int, on db: any Database) async throws -> [ReportItem] {
        let tasks = try await TaskRecord.query(on: db).filter(\.$governmentID == governmentID).all()
        let reports = try await ReportRecord.query(on: db).filter(\.$taskID ~~ Set(tasks.compactMap(\.id)))
            .filter(\.$status == ReportStatus.submitted.rawValue).sort(\.$submittedAt).all()
        return try await items(reports, tasks: tasks, on: db)
    }

    public static func returnedReports(unitID: Int, on db: any Database) async throws -> [ReportItem] {
        let returned = try await ReportRecord.query(on: db).filter(\.$unitID == unitID).filter(\.$status == ReportStatus.returned.rawValue).sort(\.$submittedAt)
            .all()
        // A returned version already followed by a newer one has been answered: not still to do.
        let later = try await ReportRecord.query(on: db).filter(\.$unitID == unitID).filter(\.$taskID ~~ Set(returned.map(\.taskID))).all()
        let reports = returned.filter { report in
            !later.contains { $0.taskID == report.taskID && $0.periodID == report.periodID && $0.version > report.version }
        }
        let tasks = try await TaskRecord.query(on: db).filter(\.$id ~~ Set(reports.map(\.taskID))).all()
        return try await items(reports, tasks: tasks, on: db)
    }

    public static func openUrgings(governmentID: Int, on db: any Database) async throws -> [UrgingItem] {
        let tasks = try await TaskRecord.query(on: db).filter(\.$governmentID == governmentID).all()
        let urgings = try await UrgingRecord.query(on: db).filter(\.$taskID ~~ Set(tasks.compactMap(\.id)))
            .filter(\.$answeredAt == nil).sort(\.$replyBy).all()
        return try await items(urgings, tasks: tasks, on: db)
    }

    public static func urgingsToAnswer(unitID: Int, on db: any Database) async throws -> [UrgingItem] {
        let urgings = try await UrgingRecord.query(on: db).filter(\.$unitID == unitID).filter(\.$answeredAt == nil).sort(\.$replyBy).all()
        let tasks = try await TaskRecord.query(on: db).filter(\.$id ~~ Set(urgings.map(\.taskID))).all()
        return try await items(urgings, tasks: tasks, on: db)
    }

    /// 督办单 on the leader's tasks.
    public static func notices(leaderID: Int, on db: any Database) async throws -> [UrgingItem] {
        let taskIDs = try await TaskLeaderRecord.query(on: db).filter(\.$leaderID == leaderID).all().map(\.taskID)
        let urgings = try await UrgingRecord.query(on: db).filter(\.$taskID ~~ Set(taskIDs)).filter(\.$escalatedAt != nil)
            .sort(\.$escalatedAt, .descending).all()
        let tasks = try await TaskRecord.query(on: db).filter(\.$id ~~ Set(urgings.map(\.taskID))).all()
        return try await items(urgings, tasks: tasks, on: db)
    }

    static func items(_ reports: [ReportRecord], tasks: [TaskRecord], on db: any Database) async throws -> [ReportItem] {
        let byID = Dictionary(uniqueKeysWithValues: tasks.compactMap { t in t.id.map { ($0, t) } })
        let units = try await names(Set(reports.map(\.unitID)), on: db)
        let periods = Dictionary(
            uniqueKeysWithValues: try await PeriodRecord.query(on: db).filter(\.$id ~~ Set(reports.map(\.periodID))).all()
                .compactMap { p in p.id.map { ($0, p.label) } })
        let issuers = try await ReviewIndependence.issuers(of: Set(reports.map(\.accountID)), on: db)
        return reports.compactMap { report in
            guard let task = byID[report.taskID] else { return nil }
            return ReportItem(
                reportID: report.id ?? 0, taskID: report.taskID, taskLabel: task.displayLabel, unit: units[report.unitID] ?? "",
                period: periods[report.periodID] ?? "", submittedAt: report.submittedAt, late: report.late,
                status: report.status, reason: report.reviewReason, authorIssuers: issuers[report.accountID] ?? [])
        }
    }

    static func items(_ urgings: [UrgingRecord], tasks: [TaskRecord], on db: any Database) async throws -> [UrgingItem] {
        let byID = Dictionary(uniqueKeysWithValues: tasks.compactMap { t in t.id.map { ($0, t) } })
        let units = try await names(Set(urgings.map(\.unitID)), on: db)
        return urgings.compactMap { urging in
            guard let task = byID[urging.taskID] else { return nil }
            return UrgingItem(
                urgingID: urging.id ?? 0, taskID: urging.taskID, taskLabel: task.displayLabel, unit: units[urging.unitID] ?? "",
                message: urging.message, replyBy: urging.replyBy, escalated: urging.escalatedAt != nil)
        }
    }

    static func names(_ unitIDs: Set<Int>, on db: any Database) async throws -> [Int: String] {
        Dictionary(uniqueKeysWithValues: try await UnitRecord.query(on: db).filter(\.$id ~~ unitIDs).all().compactMap { u in u.id.map { ($0, u.name) } })
    }
}
