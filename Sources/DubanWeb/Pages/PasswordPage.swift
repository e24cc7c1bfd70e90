import DubanCore
import DubanHTML
import DubanStore
import DubanStrings
import Vapor

/// 修改密码: the owner sets their own password (current, new, new again). The one way out of
/// "must change password" after an office created or reset the account.
enum PasswordPage {
    typealias IdentityText = Strings.Identity
    static let path = SiteURL.ownPassword.path()

    static func register(_ app: Application) {
        app.get(SiteURL.ownPassword) { req async throws -> Response in
            _ = try req.requireActor()
            return view(req.page, forced: mustChange(req), changed: req.query[String.self, at: "changed"] != nil).response()
        }
        app.post(SiteURL.ownPassword) { req async throws -> Response in
            struct Form: Content {
                var old: String
                var new: String
                var `repeat`: String
            }
            let form = try req.decode(Form.self)
            do {
                try await change(req, old: form.old, new: form.new, repeat: form.repeat)
            } catch let error as StoreError {
                return view(req.page, forced: mustChange(req), error: error.description).response(status: .unprocessableEntity)
            }
            return req.redirect(to: path + "?changed=1")
        }
    }

    /// Shared with `PUT /api/v1/me/password`.
    static func change(_ req: Request, old: String, new: String, repeat again: String?) async throws {
        let actor = try req.requireActor()
        if let again, again != new { throw StoreError.invalid(IdentityText.repeatMismatch) }
        try await PasswordChange.change(
            actor: actor, old: old, new: new, keepSessionID: req.signedIn?.session?.id,
            verify: req.application.passwordVerify, hash: req.application.passwordHash, in: req.store)
    }

    static func mustChange(_ req: Request) -> Bool { req.signedIn?.account.mustChangePassword == true }

    static func view(_ page: PageContext, forced: Bool, error: String? = nil, changed: Bool = false) -> HTML {
        Page.layout(IdentityText.changeTitle, page) {
            element(.section, ["class": "card", "id": "password"]) {
                element(.h1) { IdentityText.changeTitle }
                if changed { element(.p, ["class": "flash", "role": "status"]) { IdentityText.changed } }
                if forced { element(.p, ["class": "bad", "role": "alert", "id": "must-change"]) { IdentityText.mustChange } }
                if let error { element(.p, ["class": "bad", "role": "alert"]) { error } }
                element(.p, ["class": "muted"]) { IdentityText.changeIntro }
                element(.form, ["method": "post", "action": path, "class": "stack", "id": "password-form"]) {
                    Page.csrf(page)
                    element(.label, ["for": "p-old"]) { IdentityText.oldPassword }
                    element(.input, ["type": "password", "id": "p-old", "name": "old", "required": "required", "autocomplete": "current-password"])
                    element(.label, ["for": "p-new"]) { IdentityText.newPassword }
                    element(
                        .input,
                        [
                            "type": "password", "id": "p-new", "name": "new", "required": "required", "minlength": "10",
                            "autocomplete": "new-password", "aria-describedby": "p-hint",
                        ])
                    element(.p, ["class": "muted", "id": "p-hint"]) { Strings.AccountPages.passwordHint }
                    element(.label, ["for": "p-repeat"]) { IdentityText.repeatPassword }
                    element(
                        .input,
                        [
                            "type": "password", "id": "p-repeat", "name": "repeat", "required": "required", "minlength": "10",
                            "autocomplete": "new-password",
                        ])
                    element(.p) { element(.button, ["type": "submit", "id": "change-password"]) { IdentityText.change } }
                }
            }
        }
    }
}
