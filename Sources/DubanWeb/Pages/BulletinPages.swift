import DubanCore
import DubanStore
import DubanStrings
import Vapor

/// 月通报 pages: the list with the drafting form, and one bulletin as it prints, with the
/// office's editing form while it is a draft.
enum BulletinPages {
    typealias S = Strings.ProductPages

    static func list(_ plan: PlanEntry, records: [BulletinEntry], canDraft: Bool, defaultMonth: Int, req: Request) -> HTML {
        Page.layout(S.bulletins, request: req) {
            el("p") { el("a", ["href": "/plans/\(plan.id)"]) { plan.title } }
            el("h1") { S.bulletins }
            if canDraft {
                TaskPage.form("/plans/\(plan.id)/bulletins", req, id: "draft-bulletin") {
                    el("label", ["for": "bulletin-month"]) { S.month }
                    el("select", ["id": "bulletin-month", "name": "month"]) {
                        for month in 1...12 {
                            el("option", ["value": String(month), "selected": month == defaultMonth ? "selected" : nil]) { S.monthName(month) }
                        }
                    }
                    el("button", ["type": "submit"]) { S.draftBulletin }
                }
            }
            if records.isEmpty { el("p", ["class": "muted"]) { S.noBulletins } }
            el("ul", ["class": "plain", "id": "bulletins"]) {
                for record in records {
                    el("li") {
                        el("a", ["href": "/bulletins/\(record.id)"]) { record.title }
                        " · \(S.version(record.version)) · "
                        el("span", ["class": record.status == BulletinStatus.published.rawValue ? "badge ok" : "badge"]) {
                            record.status == BulletinStatus.published.rawValue ? S.published : S.draft
                        }
                    }
                }
            }
        }
    }

    static func show(_ record: BulletinEntry, _ bulletin: Bulletin, canEdit: Bool, req: Request) -> HTML {
        let id = record.id
        return Page.layout(bulletin.title, request: req) {
            el("p", ["class": "no-print"]) {
                el("a", ["href": "/plans/\(record.planID)/bulletins"]) { S.bulletins }
                " · "
                el("a", ["href": "/bulletins/\(id)/docx", "id": "bulletin-docx"]) { S.downloadDocx }
                " · "
                el("button", ["type": "button", "class": "secondary", "data-print": "1"]) { S.print }
            }
            el("article", ["class": "bulletin", "id": "bulletin"]) {
                el("p", ["class": "issuer"]) { bulletin.issuer }
                el("h1") { bulletin.title }
                el("p", ["class": "muted"]) { "\(S.version(record.version)) · \(record.status == BulletinStatus.published.rawValue ? S.published : S.draft)" }
                el("h2") { S.summary }
                el("p", ["id": "bulletin-summary"]) { bulletin.summary }
                el("h2") { S.counts }
                countsTable(bulletin)
                el("h2") { S.bySection }
                table(
                    [S.section, S.total, Light.green.display, Light.yellow.display, Light.red.display, Light.done.display],
                    bulletin.sections.map { [$0.name, String($0.total), String($0.green), String($0.yellow), String($0.red), String($0.done)] })
                el("h2") { S.byUnit }
                table(
                    ["#", S.unit, S.total, Light.green.display, Light.yellow.display, Light.red.display, Light.done.display, S.rate],
                    bulletin.units.map { unit in
                        [
                            unit.rank.map(String.init) ?? Strings.Bulletin.unranked, unit.name, String(unit.tasks), String(unit.green), String(unit.yellow),
                            String(unit.red), String(unit.done), unit.rate.map { "\(Int(($0 * 100).rounded()))%" } ?? "—",
                        ]
                    })
                if !bulletin.rankingRule.isEmpty { el("p", ["class": "muted", "id": "ranking-rule"]) { bulletin.rankingRule } }
                taskList(S.lagging, bulletin.lagging, id: "lagging")
                taskList(S.late, bulletin.late, id: "late")
                taskList(S.missing, bulletin.missing, id: "missing")
                taskList(S.overdue, bulletin.overdue, id: "overdue")
                taskList(S.urged, bulletin.urged, id: "urged")
                el("h2") { S.instructions }
                if bulletin.instructions.isEmpty { el("p", ["class": "muted"]) { S.none } }
                el("ul", ["class": "plain"]) {
                    for item in bulletin.instructions {
                        el("li") {
                            el("strong") { item.leader }
                            "（\(item.taskLabel)）：\(item.text)"
                        }
                    }
                }
                el("h2") { S.closing }
                el("p", ["id": "bulletin-closing"]) { bulletin.closing }
            }
            if record.status == BulletinStatus.published.rawValue { el("p", ["class": "muted"]) { S.frozenNote } }
            if canEdit {
                el("section", ["class": "card no-print", "id": "bulletin-edit"]) {
                    el("h2") { record.status == BulletinStatus.published.rawValue ? S.editNewVersion : S.saveWording }
                    TaskPage.form("/bulletins/\(id)/edit", req, id: "bulletin-edit-form") {
                        el("label", ["for": "summary"]) { S.summary }
                        el("textarea", ["id": "summary", "name": "summary", "rows": "5"]) { bulletin.summary }
                        el("label", ["for": "closing"]) { S.closing }
                        el("textarea", ["id": "closing", "name": "closing", "rows": "4"]) { bulletin.closing }
                        el("p") { el("button", ["type": "submit"]) { S.saveWording } }
                    }
                    if record.status == BulletinStatus.draft.rawValue {
                        TaskPage.form("/bulletins/\(id)/publish", req, id: "bulletin-publish", confirm: S.publishConfirm) {
                            el("button", ["type": "submit", "id": "publish-bulletin"]) { S.publishBulletin }
                        }
                    }
                }
            }
        }
    }

    static func countsTable(_ bulletin: Bulletin) -> HTML {
        let lights: [Light] = [.green, .yellow, .red, .done, .pending]
        return table(
            ["", S.total, S.change],
            lights.map { light in
                let change = bulletin.change(light).map { $0 > 0 ? "+\($0)" : String($0) } ?? "—"
                return [light.display, String(bulletin.count(light)), change]
            })
    }

    static func taskList(_ title: String, _ lines: [Bulletin.TaskLine], id: String) -> HTML {
        el("section", ["id": id]) {
            el("h2") { "\(title)（\(lines.count)）" }
            if lines.isEmpty { el("p", ["class": "muted"]) { S.none } }
            el("ol") {
                for line in lines {
                    el("li") {
                        Page.light(line.light)
                        " \(line.label) \(line.text)"
                        el("br")
                        el("span", ["class": "muted"]) {
                            "\(S.unit)：\(line.units.isEmpty ? "—" : line.units.joined(separator: "、"))；\(S.reasons)：\(line.reasons.joined(separator: "；"))"
                        }
                    }
                }
            }
        }
    }

    static func table(_ header: [String], _ rows: [[String]]) -> HTML {
        el("div", ["class": "table-scroll"]) {
            el("table", ["class": "plain-table"]) {
                el("thead") { el("tr") { for cell in header { el("th", ["scope": "col"]) { cell } } } }
                el("tbody") { for row in rows { el("tr") { for cell in row { el("td") { cell } } } } }
            }
        }
    }
}
