import DubanCore
import DubanHTML
import DubanStore
import DubanStrings
import Foundation

/// One unit's or one leader's tasks, as a table.
enum TaskListPage {
    static func render(_ page: PageContext, title: String, rows: [TaskRow]) -> HTML {
        Page.layout(title, page) {
            element(.h1) { title }
            TaskTable.counts(rows)
            TaskTable.render(rows, anchors: true)
        }
    }
}
