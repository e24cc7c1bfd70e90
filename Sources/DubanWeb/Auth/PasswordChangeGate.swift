import DubanStrings
import Vapor

/// An account whose password someone else chose (an office creating or resetting it) may do
/// nothing but choose its own, read who it is, and leave: so whoever handed out the password
/// cannot act as the account without the owner noticing their password no longer works.
enum PasswordChangeGate {
    static let open: Set<String> = [
        "GET /account/password", "POST /account/password", "PUT /api/v1/me/password", "GET /api/v1/me",
        "POST /logout", "DELETE /api/v1/session", "POST /api/v1/session", "GET /login", "POST /login",
        "GET /assets/app.css", "GET /assets/app.js", "GET /healthz",
    ]

    /// Nil to go on; otherwise the answer: a page request is sent to the change form, the rest refused (403).
    static func check(_ request: Request) throws -> Response? {
        guard let signed = request.signedIn, signed.account.mustChangePassword == true else { return nil }
        if open.contains("\(request.method.rawValue) \(request.url.path)") { return nil }
        if request.method == .GET && !request.url.path.hasPrefix("/api/") {
            return request.redirect(to: PasswordPage.path)
        }
        throw Abort(.forbidden, reason: Strings.Identity.mustChange)
    }
}
