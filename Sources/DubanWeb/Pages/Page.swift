import DubanCore
import DubanStore
import DubanStrings
import Vapor

/// The frame every page shares: header with the role's navigation, main content, no external resources.
enum Page {
    static func layout(_ title: String, request: Request, @HTMLBuilder content: () -> HTML) -> HTML {
        let signed = request.signedIn
        let body = content()
        return HTML(unsafe: "<!DOCTYPE html>")
            + el("html", ["lang": "zh-CN"]) {
                el("head") {
                    el("meta", ["charset": "utf-8"])
                    el("meta", ["name": "viewport", "content": "width=device-width, initial-scale=1"])
                    el("title") { "\(title) - \(Strings.Pages.appName)" }
                    el("link", ["rel": "stylesheet", "href": "/assets/app.css"])
                    el("script", ["src": "/assets/app.js", "defer": "defer"])
                }
                el("body") {
                    el("header", ["class": "top"]) {
                        el("a", ["class": "brand", "href": "/"]) { Strings.Pages.appName }
                        el("form", ["method": "get", "action": "/search", "role": "search", "class": "top-search"]) {
                            el(
                                "input",
                                ["type": "search", "id": "top-search-q", "name": "q", "aria-label": Strings.Pages.search, "placeholder": Strings.Pages.search])
                        }
                        if let signed {
                            el("nav", ["aria-label": Strings.Pages.mainNavigation]) {
                                for (label, href) in navigation(for: signed.actor) { el("a", ["href": href]) { label } }
                            }
                            el("form", ["method": "post", "action": "/logout", "class": "logout"]) {
                                el("input", ["type": "hidden", "name": "_csrf", "value": request.csrfToken])
                                el("span", ["class": "who"]) { "\(signed.account.displayName)（\(Strings.Pages.roleName(signed.account.role))）" }
                                el("a", ["href": PasswordPage.path, "id": "change-password-link"]) { Strings.Identity.changeTitle }
                                el("button", ["type": "submit"]) { Strings.Pages.logout }
                            }
                        } else if request.url.path != "/login" {
                            el(
                                "a",
                                [
                                    "class": "login-link",
                                    "href": "/login?next=" + (request.url.path.addingPercentEncoding(withAllowedCharacters: .urlPathAllowed) ?? "/"),
                                ]
                            ) {
                                Strings.Pages.signIn
                            }
                        }
                    }
                    el("main", ["id": "main"]) {
                        if let done = request.query[String.self, at: "done"] {
                            el("p", ["class": "flash", "role": "status"]) { Strings.Pages.done(done) }
                        }
                        body
                    }
                }
            }
    }

    static func navigation(for actor: Actor) -> [(String, String)] {
        var items = [(Strings.Pages.home, "/")]
        switch actor.role {
        case .admin, .supervisor:
            items += [(Strings.Pages.importPlan, "/import"), (Strings.Pages.directory, "/directory"), (Strings.AccountPages.title, "/accounts")]
            if (try? CityView.require(actor)) != nil { items.append((Strings.ProductPages.cityView, "/city")) }
        case .unit:
            items += [(Strings.Pages.myTasks, "/")]
        case .leader, .viewer:
            break
        }
        items.append((Strings.Pages.notifications, "/notifications"))
        return items
    }

    static func error(status: HTTPResponseStatus, message: String, request: Request) -> HTML {
        layout(String(status.code), request: request) {
            el("section", ["class": "card error"]) {
                el("h1") { "\(status.code)" }
                el("p", ["role": "alert"]) { message }
                el("p") { el("a", ["href": "/"]) { Strings.Pages.back } }
            }
        }
    }

    /// The light as word and icon, coloured by CSS: never colour alone.
    static func light(_ light: Light) -> HTML {
        el("span", ["class": "light light-\(light.rawValue)"]) { light.display }
    }

    static func csrf(_ request: Request) -> HTML {
        el("input", ["type": "hidden", "name": "_csrf", "value": request.csrfToken])
    }
}

extension HTML {
    static func + (lhs: HTML, rhs: HTML) -> HTML { HTML(unsafe: lhs.rendered + rhs.rendered) }

    func response(status: HTTPResponseStatus = .ok) -> Response {
        let response = Response(status: status, body: .init(string: rendered))
        response.headers.contentType = .html
        return response
    }
}
