import DubanCore
import DubanStore
import Vapor

extension Request {
    /// The plan named by the path's id, if the caller may do `action` to it.
    func plan(_ action: Action = .readPlan) async throws -> PlanEntry {
        try await PlanListing.read(try id(), actor: actor, for: action, on: store.db)
    }
}
