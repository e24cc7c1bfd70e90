import DubanCore
import Foundation
import Vapor

/// What the frame and forms of a page need from its request, read once at the edge. A view is a
/// function of its model and this value alone, so a test can render it without a server.
struct PageContext: Sendable, Codable {
    /// Who is signed in, as the header shows them.
    struct Viewer: Sendable, Codable {
        var displayName: String
        var role: String
        var actor: Actor
    }

    var viewer: Viewer?
    /// The session's token for forms that post; empty for visitors.
    var csrfToken: String
    var path: String
    /// `?done=…`: the flash line after a form succeeded.
    var done: String?
    var now: Date

    var actor: Actor? { viewer?.actor }
}

extension Request {
    var page: PageContext {
        PageContext(
            viewer: signedIn.map { PageContext.Viewer(displayName: $0.account.displayName, role: $0.account.role, actor: $0.actor) },
            csrfToken: csrfToken, path: url.path, done: query[String.self, at: "done"], now: now)
    }
}
