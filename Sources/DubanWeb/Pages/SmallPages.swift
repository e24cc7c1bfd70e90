import DubanCore
import DubanStore
import DubanStrings
import Vapor

/// Login, import upload, notifications, task lists.
enum SmallPages {
    static func login(_ req: Request, error: String? = nil, next: String? = nil) -> HTML {
        Page.layout(Strings.Pages.login, request: req) {
            el("section", ["class": "card", "style": nil]) {
                el("h1") { Strings.Pages.appFullName }
                if let error { el("p", ["class": "bad", "role": "alert"]) { error } }
                el("form", ["method": "post", "action": "/login", "class": "stack", "id": "login-form"]) {
                    el("input", ["type": "hidden", "name": "next", "value": next ?? "/"])
                    el("label", ["for": "username"]) { Strings.Pages.username }
                    el("input", ["type": "text", "id": "username", "name": "username", "autocomplete": "username", "required": "required"])
                    el("label", ["for": "password"]) { Strings.Pages.password }
                    el("input", ["type": "password", "id": "password", "name": "password", "autocomplete": "current-password", "required": "required"])
                    el("p") { el("button", ["type": "submit", "id": "login"]) { Strings.Pages.login } }
                }
            }
        }
    }

    static func importForm(_ req: Request, governments: [GovernmentEntry], error: String? = nil) -> HTML {
        Page.layout(Strings.Pages.importPlan, request: req) {
            el("h1") { Strings.Pages.importPlan }
            el("section", ["class": "card"]) {
                if let error { el("p", ["class": "bad", "role": "alert"]) { error } }
                el("form", ["method": "post", "action": "/import", "enctype": "multipart/form-data", "class": "stack", "id": "import-form"]) {
                    Page.csrf(req)
                    el("label", ["for": "government"]) { Strings.Pages.government }
                    el("select", ["id": "government", "name": "governmentID"]) {
                        for government in governments { el("option", ["value": String(government.id)]) { government.name } }
                    }
                    el("label", ["for": "year"]) { Strings.Pages.yearIfMissing }
                    el("input", ["type": "number", "id": "year", "name": "year", "min": "2000", "max": "2100"])
                    el("label", ["for": "file"]) { Strings.Pages.chooseFile }
                    el("input", ["type": "file", "id": "file", "name": "file", "required": "required", "accept": ".docx,.xlsx,.csv,.tsv,.txt,.md"])
                    el("p") { el("button", ["type": "submit", "id": "upload"]) { Strings.Pages.upload } }
                }
            }
            el("p") { el("a", ["href": "/plans/new", "id": "start-blank"]) { Strings.Editor.orStartBlank } }
        }
    }

    static func notifications(_ req: Request, rows: [NotificationEntry]) -> HTML {
        Page.layout(Strings.Pages.notifications, request: req) {
            el("h1") { Strings.Pages.notifications }
            if rows.contains(where: { $0.readAt == nil }) {
                TaskPage.form("/notifications/read", req, id: "mark-read") {
                    el("button", ["type": "submit", "class": "secondary"]) { Strings.Pages.markAllRead }
                }
            }
            el("ul", ["class": "plain card"]) {
                if rows.isEmpty { el("li", ["class": "muted"]) { Strings.Pages.none } }
                for row in rows {
                    el("li", ["class": row.readAt == nil ? "unread" : "read"]) {
                        el("strong") { (row.readAt == nil ? "【\(Strings.Pages.unread)】" : "") + row.title }
                        if !row.body.isEmpty { " \(row.body)" }
                        " "
                        el("span", ["class": "muted"]) { Format.date(row.createdAt) }
                        if let task = row.taskID {
                            " "
                            el("a", ["href": "/tasks/\(task)"]) { Strings.Pages.task }
                        }
                    }
                }
            }
        }
    }

    static func list(_ req: Request, title: String, rows: [TaskRow]) -> HTML {
        Page.layout(title, request: req) {
            el("h1") { title }
            TaskTable.counts(rows)
            TaskTable.render(rows)
        }
    }
}
