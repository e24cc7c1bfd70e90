import DubanCore
import DubanHTML
import DubanStore
import DubanStrings
import Foundation

/// What the signed-in account was told, newest first.
enum NotificationsPage {
    static func render(_ page: PageContext, rows: [NotificationEntry]) -> HTML {
        Page.layout(Strings.Pages.notifications, page) {
            element(.h1) { Strings.Pages.notifications }
            if rows.contains(where: { $0.readAt == nil }) {
                TaskPage.form(SiteURL.notificationsRead.path(), page, id: "mark-read") {
                    element(.button, ["type": "submit", "class": "secondary"]) { Strings.Pages.markAllRead }
                }
            }
            element(.ul, ["class": "plain card"]) {
                if rows.isEmpty { element(.li, ["class": "muted"]) { Strings.Pages.none } }
                for row in rows {
                    element(.li, ["class": row.readAt == nil ? "unread" : "read"]) {
                        element(.strong) { (row.readAt == nil ? "【\(Strings.Pages.unread)】" : "") + row.title }
                        if !row.body.isEmpty { " \(row.body)" }
                        " "
                        element(.span, ["class": "muted"]) { Format.date(row.createdAt) }
                        if let task = row.taskID {
                            " "
                            element(.a, ["href": SiteURL.task.path(task)]) { Strings.Pages.task }
                        }
                    }
                }
            }
        }
    }
}
