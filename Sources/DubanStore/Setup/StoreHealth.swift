import FluentKit

/// The load balancer's question: does the database answer?
public enum StoreHealth {
    public static func check(on db: any Database) async throws {
        _ = try await GovernmentRecord.query(on: db).count()
    }
}
