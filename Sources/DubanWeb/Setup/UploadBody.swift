import DubanCore
import DubanStore
import Vapor

extension Request {
    /// Upload routes stream: the body is read only once the sender is known, so a stranger
    /// cannot make the server hold megabytes. Reads it whole, up to `max`, for the decoders.
    func collectUpload(max: Int) async throws {
        _ = try requireActor()
        if body.data == nil { _ = try await body.collect(max: max).get() }
    }
}

extension Request {
    /// The plan named by the path's id, if the caller may do `action` to it.
    func plan(_ action: Action = .readPlan) async throws -> PlanEntry {
        try await PlanListing.read(try id(), actor: actor, for: action, on: db)
    }
}
