import Vapor

extension Request {
    /// Upload routes stream: the body is read only once the sender is known, so a stranger
    /// cannot make the server hold megabytes. Reads it whole, up to `max`, for the decoders.
    func collectUpload(max: Int) async throws {
        _ = try requireActor()
        if body.data == nil { _ = try await body.collect(max: max).get() }
    }
}
