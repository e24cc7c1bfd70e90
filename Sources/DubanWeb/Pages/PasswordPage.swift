import DubanCore
import DubanStore
import DubanStrings
import Vapor

/// 修改密码: the owner sets their own password (current, new, new again). The one way out of
/// "must change password" after an office created or reset the account.
enum PasswordPage {
    typealias S = Strings.Identity
    static let path = "/account/password"

    static func register(_ app: Application) {
        app.get("account", "password") { req async throws -> Response in
            _ = try req.requireActor()
            return page(req, changed: req.query[String.self, at: "changed"] != nil).response()
        }
        app.post("account", "password") { req async throws -> Response in
            struct Form: Content {
                var old: String
                var new: String
                var `repeat`: String
            }
            let form = try req.decode(Form.self)
            do {
                try await change(req, old: form.old, new: form.new, repeat: form.repeat)
            } catch let error as StoreError {
                return page(req, error: error.description).response(status: .unprocessableEntity)
            }
            return req.redirect(to: path + "?changed=1")
        }
    }

    /// Shared with `PUT /api/v1/me/password`.
    static func change(_ req: Request, old: String, new: String, repeat again: String?) async throws {
        let actor = try req.requireActor()
        if let again, again != new { throw StoreError.invalid(S.repeatMismatch) }
        try await PasswordChange.change(
            actor: actor, old: old, new: new, keepSessionID: req.signedIn?.session?.id,
            verify: req.application.passwordVerify, hash: req.application.passwordHash, in: req.store)
    }

    static func page(_ req: Request, error: String? = nil, changed: Bool = false) -> HTML {
        let forced = req.signedIn?.account.mustChangePassword == true
        return Page.layout(S.changeTitle, request: req) {
            el("section", ["class": "card", "id": "password"]) {
                el("h1") { S.changeTitle }
                if changed { el("p", ["class": "flash", "role": "status"]) { S.changed } }
                if forced { el("p", ["class": "bad", "role": "alert", "id": "must-change"]) { S.mustChange } }
                if let error { el("p", ["class": "bad", "role": "alert"]) { error } }
                el("p", ["class": "muted"]) { S.changeIntro }
                el("form", ["method": "post", "action": path, "class": "stack", "id": "password-form"]) {
                    Page.csrf(req)
                    el("label", ["for": "p-old"]) { S.oldPassword }
                    el("input", ["type": "password", "id": "p-old", "name": "old", "required": "required", "autocomplete": "current-password"])
                    el("label", ["for": "p-new"]) { S.newPassword }
                    el(
                        "input",
                        [
                            "type": "password", "id": "p-new", "name": "new", "required": "required", "minlength": "10",
                            "autocomplete": "new-password", "aria-describedby": "p-hint",
                        ])
                    el("p", ["class": "muted", "id": "p-hint"]) { Strings.AccountPages.passwordHint }
                    el("label", ["for": "p-repeat"]) { S.repeatPassword }
                    el(
                        "input",
                        [
                            "type": "password", "id": "p-repeat", "name": "repeat", "required": "required", "minlength": "10",
                            "autocomplete": "new-password",
                        ])
                    el("p") { el("button", ["type": "submit", "id": "change-password"]) { S.change } }
                }
            }
        }
    }
}
