import DubanCore
import DubanHTML
import DubanStore
import DubanStrings
import Foundation

/// 月通报 pages: the list with the drafting form, and one bulletin as it prints, with the
/// office's editing form while it is a draft.
enum BulletinPages {
    typealias ProductPagesText = Strings.ProductPages

    static func list(_ plan: PlanEntry, records: [BulletinEntry], canDraft: Bool, defaultMonth: Int, page: PageContext) -> HTML {
        Page.layout(ProductPagesText.bulletins, page) {
            element(.p) { element(.a, ["href": SiteURL.plan.path(plan.id)]) { plan.title } }
            element(.h1) { ProductPagesText.bulletins }
            if canDraft {
                TaskPage.form(SiteURL.planBulletins.path(plan.id), page, id: "draft-bulletin") {
                    element(.label, ["for": "bulletin-month"]) { ProductPagesText.month }
                    element(.select, ["id": "bulletin-month", "name": "month"]) {
                        for month in 1...12 {
                            element(.option, ["value": String(month), "selected": month == defaultMonth ? "selected" : nil]) {
                                ProductPagesText.monthName(month)
                            }
                        }
                    }
                    element(.button, ["type": "submit"]) { ProductPagesText.draftBulletin }
                }
            }
            if records.isEmpty { element(.p, ["class": "muted"]) { ProductPagesText.noBulletins } }
            element(.ul, ["class": "plain", "id": "bulletins"]) {
                for record in records {
                    element(.li) {
                        element(.a, ["href": SiteURL.bulletin.path(record.id)]) { record.title }
                        " · \(ProductPagesText.version(record.version)) · "
                        element(.span, ["class": record.status == BulletinStatus.published.rawValue ? "badge ok" : "badge"]) {
                            record.status == BulletinStatus.published.rawValue ? ProductPagesText.published : ProductPagesText.draft
                        }
                    }
                }
            }
        }
    }

    /// One bulletin as drafted or published, and whether the signed-in office may edit it.
    struct Model: Sendable, Codable {
        var record: BulletinEntry
        var bulletin: Bulletin
        var canEdit: Bool
    }

    static func show(_ model: Model, page: PageContext) -> HTML {
        let (record, bulletin, canEdit) = (model.record, model.bulletin, model.canEdit)
        let id = record.id
        return Page.layout(bulletin.title, page) {
            element(.p, ["class": "no-print"]) {
                element(.a, ["href": SiteURL.planBulletins.path(record.planID)]) { ProductPagesText.bulletins }
                " · "
                element(.a, ["href": SiteURL.bulletinDocx.path(id), "id": "bulletin-docx"]) { ProductPagesText.downloadDocx }
                " · "
                element(.button, ["type": "button", "class": "secondary", "data-print": "1"]) { ProductPagesText.print }
            }
            element(.article, ["class": "bulletin", "id": "bulletin"]) {
                element(.p, ["class": "issuer"]) { bulletin.issuer }
                element(.h1) { bulletin.title }
                element(.p, ["class": "muted"]) {
                    "\(ProductPagesText.version(record.version)) · \(record.status == BulletinStatus.published.rawValue ? ProductPagesText.published : ProductPagesText.draft)"
                }
                element(.h2) { ProductPagesText.summary }
                element(.p, ["id": "bulletin-summary"]) { bulletin.summary }
                element(.h2) { ProductPagesText.counts }
                countsTable(bulletin)
                element(.h2) { ProductPagesText.bySection }
                table(
                    [ProductPagesText.section, ProductPagesText.total, Light.green.display, Light.yellow.display, Light.red.display, Light.done.display],
                    bulletin.sections.map { [$0.name, String($0.total), String($0.green), String($0.yellow), String($0.red), String($0.done)] })
                element(.h2) { ProductPagesText.byUnit }
                table(
                    [
                        "#", ProductPagesText.unit, ProductPagesText.total, Light.green.display, Light.yellow.display, Light.red.display, Light.done.display,
                        ProductPagesText.rate,
                    ],
                    bulletin.units.map { unit in
                        [
                            unit.rank.map(String.init) ?? Strings.Bulletin.unranked, unit.name, String(unit.tasks), String(unit.green), String(unit.yellow),
                            String(unit.red), String(unit.done), unit.rate.map { "\(Int(($0 * 100).rounded()))%" } ?? "—",
                        ]
                    })
                if !bulletin.rankingRule.isEmpty { element(.p, ["class": "muted", "id": "ranking-rule"]) { bulletin.rankingRule } }
                taskList(ProductPagesText.lagging, bulletin.lagging, id: "lagging")
                taskList(ProductPagesText.late, bulletin.late, id: "late")
                taskList(ProductPagesText.missing, bulletin.missing, id: "missing")
                taskList(ProductPagesText.overdue, bulletin.overdue, id: "overdue")
                taskList(ProductPagesText.urged, bulletin.urged, id: "urged")
                element(.h2) { ProductPagesText.instructions }
                if bulletin.instructions.isEmpty { element(.p, ["class": "muted"]) { ProductPagesText.none } }
                element(.ul, ["class": "plain"]) {
                    for item in bulletin.instructions {
                        element(.li) {
                            element(.strong) { item.leader }
                            Strings.Join.labelled(Strings.Join.aside(item.taskLabel), item.text)
                        }
                    }
                }
                element(.h2) { ProductPagesText.closing }
                element(.p, ["id": "bulletin-closing"]) { bulletin.closing }
            }
            if record.status == BulletinStatus.published.rawValue { element(.p, ["class": "muted"]) { ProductPagesText.frozenNote } }
            if canEdit {
                element(.section, ["class": "card no-print", "id": "bulletin-edit"]) {
                    element(.h2) { record.status == BulletinStatus.published.rawValue ? ProductPagesText.editNewVersion : ProductPagesText.saveWording }
                    TaskPage.form(SiteURL.bulletinEdit.path(id), page, id: "bulletin-edit-form") {
                        element(.label, ["for": "summary"]) { ProductPagesText.summary }
                        element(.textarea, ["id": "summary", "name": "summary", "rows": "5"]) { bulletin.summary }
                        element(.label, ["for": "closing"]) { ProductPagesText.closing }
                        element(.textarea, ["id": "closing", "name": "closing", "rows": "4"]) { bulletin.closing }
                        element(.p) { element(.button, ["type": "submit"]) { ProductPagesText.saveWording } }
                    }
                    if record.status == BulletinStatus.draft.rawValue {
                        TaskPage.form(SiteURL.bulletinPublish.path(id), page, id: "bulletin-publish", confirm: ProductPagesText.publishConfirm) {
                            element(.button, ["type": "submit", "id": "publish-bulletin"]) { ProductPagesText.publishBulletin }
                        }
                    }
                }
            }
        }
    }

    static func countsTable(_ bulletin: Bulletin) -> HTML {
        let lights: [Light] = [.green, .yellow, .red, .done, .pending]
        return table(
            ["", ProductPagesText.total, ProductPagesText.change],
            lights.map { light in
                let change = bulletin.change(light).map { $0 > 0 ? "+\($0)" : String($0) } ?? "—"
                return [light.display, String(bulletin.count(light)), change]
            })
    }

    static func taskList(_ title: String, _ lines: [Bulletin.TaskLine], id: String) -> HTML {
        element(.section, ["id": id]) {
            element(.h2) { Strings.Join.counted(title, lines.count) }
            if lines.isEmpty { element(.p, ["class": "muted"]) { ProductPagesText.none } }
            element(.ol) {
                for line in lines {
                    element(.li) {
                        Page.light(line.light)
                        " \(line.label) \(line.text)"
                        element(.br)
                        element(.span, ["class": "muted"]) {
                            [
                                Strings.Join.labelled(ProductPagesText.unit, line.units.isEmpty ? "—" : line.units.listed()),
                                Strings.Join.labelled(ProductPagesText.reasons, line.reasons.inSeries()),
                            ].inSeries()
                        }
                    }
                }
            }
        }
    }

    static func table(_ header: [String], _ rows: [[String]]) -> HTML {
        element(.div, ["class": "table-scroll"]) {
            element(.table, ["class": "plain-table"]) {
                element(.thead) { element(.tr) { for cell in header { element(.th, ["scope": "col"]) { cell } } } }
                element(.tbody) { for row in rows { element(.tr) { for cell in row { element(.td) { cell } } } } }
            }
        }
    }
}
