import DubanCore
import DubanHTML
import DubanStore
import DubanStrings
import Vapor

/// The frame every page shares: header with the role's navigation, main content, no external resources.
enum Page {
    static func layout(_ title: String, _ page: PageContext, @HTMLBuilder content: () -> HTML) -> HTML {
        let signed = page.viewer
        let body = content()
        return HTML(unsafe: "<!DOCTYPE html>")
            + element(.html, ["lang": "zh-CN"]) {
                element(.head) {
                    element(.meta, ["charset": "utf-8"])
                    element(.meta, ["name": "viewport", "content": "width=device-width, initial-scale=1"])
                    element(.title) { "\(title) - \(Strings.Pages.appName)" }
                    element(.link, ["rel": "stylesheet", "href": SiteURL.stylesheet.path()])
                    element(.script, ["src": SiteURL.script.path(), "defer": "defer"])
                }
                element(.body) {
                    element(.header, ["class": "top"]) {
                        element(.a, ["class": "brand", "href": "/"]) { Strings.Pages.appName }
                        element(.form, ["method": "get", "action": SiteURL.search.path(), "role": "search", "class": "top-search"]) {
                            element(
                                .input,
                                ["type": "search", "id": "top-search-q", "name": "q", "aria-label": Strings.Pages.search, "placeholder": Strings.Pages.search])
                        }
                        if let signed {
                            element(.nav, ["aria-label": Strings.Pages.mainNavigation]) {
                                for (label, href) in navigation(for: signed.actor) { element(.a, ["href": href]) { label } }
                            }
                            element(.form, ["method": "post", "action": SiteURL.logout.path(), "class": "logout"]) {
                                element(.input, ["type": "hidden", "name": "_csrf", "value": page.csrfToken])
                                element(.span, ["class": "who"]) { signed.displayName + Strings.Join.aside(Strings.Pages.roleName(signed.role)) }
                                element(.a, ["href": PasswordPage.path, "id": "change-password-link"]) { Strings.Identity.changeTitle }
                                element(.button, ["type": "submit"]) { Strings.Pages.logout }
                            }
                        } else if page.path != SiteURL.login.path() {
                            element(
                                .a,
                                [
                                    "class": "login-link",
                                    "href": SiteURL.login.path() + "?next=" + (page.path.addingPercentEncoding(withAllowedCharacters: .urlPathAllowed) ?? "/"),
                                ]
                            ) {
                                Strings.Pages.signIn
                            }
                        }
                    }
                    element(.main, ["id": "main"]) {
                        if let done = page.done {
                            element(.p, ["class": "flash", "role": "status"]) { Strings.Pages.done(done) }
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
            items += [
                (Strings.Pages.importPlan, SiteURL.importPlan.path()), (Strings.Pages.directory, SiteURL.directory.path()),
                (Strings.AccountPages.title, SiteURL.accounts.path()), (Strings.CalendarPage.navigation, SiteURL.calendar.path()),
            ]
            if (try? CityView.require(actor)) != nil { items.append((Strings.ProductPages.cityView, SiteURL.city.path())) }
            items += [(Strings.LevelPages.navigation, SiteURL.levels.path()), (Strings.LevelPages.burdenTitle, SiteURL.burden.path())]
        case .unit:
            items += [(Strings.Pages.myTasks, "/")]
        case .leader, .viewer:
            break
        }
        items.append((Strings.Pages.notifications, SiteURL.notifications.path()))
        return items
    }

    static func error(status: HTTPResponseStatus, message: String, _ page: PageContext) -> HTML {
        layout(String(status.code), page) {
            element(.section, ["class": "card error"]) {
                element(.h1) { "\(status.code)" }
                element(.p, ["role": "alert"]) { message }
                element(.p) { element(.a, ["href": "/"]) { Strings.Pages.back } }
            }
        }
    }

    /// The light as word and icon, coloured by CSS: never colour alone.
    static func light(_ light: Light) -> HTML {
        element(.span, ["class": "light light-\(light.rawValue)"]) { light.display }
    }

    static func csrf(_ page: PageContext) -> HTML {
        element(.input, ["type": "hidden", "name": "_csrf", "value": page.csrfToken])
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
