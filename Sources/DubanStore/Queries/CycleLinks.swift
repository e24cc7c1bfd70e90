import FluentKit

/// Where a page returns after acting on a report or an urging: the task it belongs to. Called
/// after the use case, which has already checked that the caller may act on it.
public enum CycleLinks {
    public static func taskID(ofReport reportID: Int, on db: any Database) async throws -> Int {
        try await ReportRecord.find(reportID, on: db)?.taskID ?? 0
    }

    public static func taskID(ofUrging urgingID: Int, on db: any Database) async throws -> Int {
        try await UrgingRecord.find(urgingID, on: db)?.taskID ?? 0
    }
}
