import DubanCore
import DubanStrings
import Vapor

/// Every multipart body is looked at before anything decodes it: one with a non-ASCII header
/// name would crash MultipartKit and with it the whole server (see `MultipartHeaderScan`).
enum MultipartGuard {
    static func check(_ request: Request) async throws {
        guard let type = request.headers.contentType, type.type == "multipart",
            let boundary = type.parameters["boundary"], !boundary.isEmpty
        else { return }
        // Uploads are read only once the sender is known (a stranger's is refused unread).
        guard request.actor != nil else { return }
        if request.body.data == nil { _ = try await request.body.collect(max: request.duban.config.uploadLimitBytes).get() }
        guard let data = request.body.data else { return }
        if MultipartHeaderScan.hasNonASCIIHeaderName(Array(data.readableBytesView), boundary: boundary) {
            throw Abort(.badRequest, reason: Strings.API.badMultipart)
        }
    }
}
