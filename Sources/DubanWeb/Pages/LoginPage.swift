import DubanCore
import DubanHTML
import DubanStore
import DubanStrings
import Foundation

/// The sign-in form.
enum LoginPage {
    /// `password`: the installation still signs people in by password; `provider`: it has an
    /// identity provider, offered first.
    static func render(_ page: PageContext, error: String? = nil, next: String? = nil, password: Bool = true, provider: Bool = false) -> HTML {
        Page.layout(Strings.Pages.login, page) {
            element(.section, ["class": "card", "style": nil]) {
                element(.h1) { Strings.Pages.appFullName }
                if let error { element(.p, ["class": "bad", "role": "alert"]) { error } }
                if provider {
                    let target = SiteURL.providerLogin.path() + "?next=" + (next ?? "/").addingPercentEncoding(withAllowedCharacters: .alphanumerics)!
                    element(.p) { element(.a, ["class": "button", "id": "provider-login", "href": target]) { Strings.Identity.providerButton } }
                    if password { element(.p, ["class": "muted"]) { Strings.Identity.providerOr } }
                }
                if password {
                    element(.form, ["method": "post", "action": SiteURL.login.path(), "class": "stack", "id": "login-form"]) {
                        element(.input, ["type": "hidden", "name": "next", "value": next ?? "/"])
                        element(.label, ["for": "username"]) { Strings.Pages.username }
                        element(.input, ["type": "text", "id": "username", "name": "username", "autocomplete": "username", "required": "required"])
                        element(.label, ["for": "password"]) { Strings.Pages.password }
                        element(
                            .input, ["type": "password", "id": "password", "name": "password", "autocomplete": "current-password", "required": "required"])
                        element(.p) { element(.button, ["type": "submit", "id": "login"]) { Strings.Pages.login } }
                    }
                } else if !provider {
                    element(.p, ["class": "bad"]) { Strings.Identity.passwordLoginOff }
                }
            }
        }
    }
}
