import DubanCore
import DubanHTML
import DubanStore
import DubanStrings
import Foundation

/// The sign-in form.
enum LoginPage {
    static func render(_ page: PageContext, error: String? = nil, next: String? = nil) -> HTML {
        Page.layout(Strings.Pages.login, page) {
            element(.section, ["class": "card", "style": nil]) {
                element(.h1) { Strings.Pages.appFullName }
                if let error { element(.p, ["class": "bad", "role": "alert"]) { error } }
                element(.form, ["method": "post", "action": SiteURL.login.path(), "class": "stack", "id": "login-form"]) {
                    element(.input, ["type": "hidden", "name": "next", "value": next ?? "/"])
                    element(.label, ["for": "username"]) { Strings.Pages.username }
                    element(.input, ["type": "text", "id": "username", "name": "username", "autocomplete": "username", "required": "required"])
                    element(.label, ["for": "password"]) { Strings.Pages.password }
                    element(.input, ["type": "password", "id": "password", "name": "password", "autocomplete": "current-password", "required": "required"])
                    element(.p) { element(.button, ["type": "submit", "id": "login"]) { Strings.Pages.login } }
                }
            }
        }
    }
}
