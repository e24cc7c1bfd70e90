import DubanCore
import DubanStrings
import Foundation
import Vapor

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
        _ req: Request, question: ColumnQuestion, mapping: ColumnMapping, remembered: Bool,
        upload: Upload, error: String? = nil
    ) -> HTML {
        typealias S = Strings.Columns
        let width = max(question.header.count, question.rows.map(\.count).max() ?? 0)
        return Page.layout(S.title, request: req) {
            el("h1") { S.title }
            el("section", ["class": "card"]) {
                if let error { el("p", ["class": "bad", "role": "alert"]) { error } }
                el("p", ["id": "columns-reason"]) { question.reason == .noHeader ? S.noHeader : S.unknownColumns }
                if remembered { el("p", ["class": "muted", "id": "columns-remembered"]) { S.remembered } }
                el("form", ["method": "post", "action": "/import/columns", "class": "stack", "id": "columns-form"]) {
                    Page.csrf(req)
                    el("input", ["type": "hidden", "name": "data", "value": upload.data.base64EncodedString()])
                    el("input", ["type": "hidden", "name": "filename", "value": upload.filename])
                    el("input", ["type": "hidden", "name": "governmentID", "value": String(upload.governmentID)])
                    el("input", ["type": "hidden", "name": "year", "value": upload.year.map(String.init) ?? ""])
                    // One choice per column, with what the column holds: a list reads on a phone too.
                    el("ul", ["class": "plain stack", "id": "columns-list"]) {
                        for index in 0..<width {
                            el("li") {
                                el("label", ["for": "column-\(index)"]) {
                                    index < question.header.count && !question.header[index].isEmpty
                                        ? "\(S.column(index + 1))：\(question.header[index])" : S.column(index + 1)
                                }
                                el("select", ["id": "column-\(index)", "name": "columns[]"]) {
                                    for role in ColumnMapping.Role.allCases {
                                        let chosen = index < mapping.roles.count ? mapping.roles[index] : .ignore
                                        el("option", ["value": role.rawValue, "selected": role == chosen ? "selected" : nil]) { S.roleName(role.rawValue) }
                                    }
                                }
                                el("span", ["class": "muted"]) {
                                    S.example(
                                        question.rows.prefix(3).compactMap { index < $0.count && !$0[index].isEmpty ? String($0[index].prefix(20)) : nil })
                                }
                            }
                        }
                    }
                    el("h2") { S.firstRows }
                    el("div", ["class": "table-scroll"]) {
                        el("table", ["class": "columns", "id": "columns-table"]) {
                            if !question.header.isEmpty {
                                el("thead") {
                                    el("tr") {
                                        for index in 0..<width { el("th", ["scope": "col"]) { index < question.header.count ? question.header[index] : "" } }
                                    }
                                }
                            }
                            el("tbody") {
                                for row in question.rows {
                                    el("tr") {
                                        for index in 0..<width { el("td") { index < row.count ? String(row[index].prefix(40)) : "" } }
                                    }
                                }
                            }
                        }
                    }
                    el("p") {
                        el("label", ["class": "check", "for": "remember"]) {
                            el("input", ["type": "checkbox", "id": "remember", "name": "remember", "value": "1", "checked": "checked"])
                            " " + S.remember
                        }
                    }
                    el("p") { el("button", ["type": "submit", "id": "import-columns"]) { S.submit } }
                }
            }
        }
    }
}
