import DubanCore
import DubanHTML
import DubanStrings
import Foundation

/// The import step for a table the reader could not fully read: its first rows, and for each
/// column a choice of what it holds, pre-filled with this government's answer for the same
/// header last time, or with the reader's guess. The upload travels with the form (base64), so
/// any app server can finish the import.
enum ColumnsPage {
    struct Upload {
        var data: Data
        var filename: String
        var governmentID: Int
        var year: Int?
    }

    static func render(
        _ page: PageContext, question: ColumnQuestion, mapping: ColumnMapping, remembered: Bool,
        upload: Upload, error: String? = nil
    ) -> HTML {
        typealias ColumnsText = Strings.Columns
        let width = max(question.header.count, question.rows.map(\.count).max() ?? 0)
        return Page.layout(ColumnsText.title, page) {
            element(.h1) { ColumnsText.title }
            element(.section, ["class": "card"]) {
                if let error { element(.p, ["class": "bad", "role": "alert"]) { error } }
                element(.p, ["id": "columns-reason"]) { question.reason == .noHeader ? ColumnsText.noHeader : ColumnsText.unknownColumns }
                if remembered { element(.p, ["class": "muted", "id": "columns-remembered"]) { ColumnsText.remembered } }
                element(.form, ["method": "post", "action": SiteURL.importColumns.path(), "class": "stack", "id": "columns-form"]) {
                    Page.csrf(page)
                    element(.input, ["type": "hidden", "name": "data", "value": upload.data.base64EncodedString()])
                    element(.input, ["type": "hidden", "name": "filename", "value": upload.filename])
                    element(.input, ["type": "hidden", "name": "governmentID", "value": String(upload.governmentID)])
                    element(.input, ["type": "hidden", "name": "year", "value": upload.year.map(String.init) ?? ""])
                    // One choice per column, with what the column holds: a list reads on a phone too.
                    element(.ul, ["class": "plain stack", "id": "columns-list"]) {
                        for index in 0..<width {
                            element(.li) {
                                element(.label, ["for": "column-\(index)"]) {
                                    index < question.header.count && !question.header[index].isEmpty
                                        ? Strings.Join.labelled(ColumnsText.column(index + 1), question.header[index]) : ColumnsText.column(index + 1)
                                }
                                element(.select, ["id": "column-\(index)", "name": "columns[]"]) {
                                    for role in ColumnMapping.Role.allCases {
                                        let chosen = index < mapping.roles.count ? mapping.roles[index] : .ignore
                                        element(.option, ["value": role.rawValue, "selected": role == chosen ? "selected" : nil]) {
                                            ColumnsText.roleName(role.rawValue)
                                        }
                                    }
                                }
                                element(.span, ["class": "muted"]) {
                                    ColumnsText.example(
                                        question.rows.prefix(3).compactMap { index < $0.count && !$0[index].isEmpty ? String($0[index].prefix(20)) : nil })
                                }
                            }
                        }
                    }
                    element(.h2) { ColumnsText.firstRows }
                    element(.div, ["class": "table-scroll"]) {
                        element(.table, ["class": "columns", "id": "columns-table"]) {
                            if !question.header.isEmpty {
                                element(.thead) {
                                    element(.tr) {
                                        for index in 0..<width {
                                            element(.th, ["scope": "col"]) { index < question.header.count ? question.header[index] : "" }
                                        }
                                    }
                                }
                            }
                            element(.tbody) {
                                for row in question.rows {
                                    element(.tr) {
                                        for index in 0..<width { element(.td) { index < row.count ? String(row[index].prefix(40)) : "" } }
                                    }
                                }
                            }
                        }
                    }
                    element(.p) {
                        element(.label, ["class": "check", "for": "remember"]) {
                            element(.input, ["type": "checkbox", "id": "remember", "name": "remember", "value": "1", "checked": "checked"])
                            " " + ColumnsText.remember
                        }
                    }
                    element(.p) { element(.button, ["type": "submit", "id": "import-columns"]) { ColumnsText.submit } }
                }
            }
        }
    }
}
