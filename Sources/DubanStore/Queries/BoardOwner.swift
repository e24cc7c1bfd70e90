import FluentKit

/// Which government a plan, unit or leader belongs to: the key of the cached answers about it.
public enum BoardOwner {
    public enum Subject: Sendable {
        case plan(Int)
        case unit(Int)
        case leader(Int)
    }

    /// -1 for one that does not exist: its (empty) answers are cached apart from every government's.
    public static func government(of subject: Subject, on db: any Database) async throws -> Int {
        switch subject {
        case .plan(let id): try await PlanRecord.find(id, on: db)?.governmentID ?? -1
        case .unit(let id): try await UnitRecord.find(id, on: db)?.governmentID ?? -1
        case .leader(let id): try await LeaderRecord.find(id, on: db)?.governmentID ?? -1
        }
    }
}
