import DubanCore
import DubanHTML
import DubanStore
import DubanStrings
import Vapor

/// 报送负担: what the government asks of each unit month by month, the measures asked twice and
/// filled once, the reports that answer two levels at once, the office's ceiling, and for a
/// parent, every child's figures side by side.
enum BurdenPage {
    struct Model: Sendable {
        /// Nil for the installation's administrator, who sees every government's summary instead.
        var report: BurdenReport?
        var children: ChildBurdens
        var canSetCeiling: Bool
    }

    static func register(_ app: Application) {
        app.get(SiteURL.burden) { req async throws -> Response in
            let actor = try req.requireActor()
            let db = req.store.db
            guard let governmentID = actor.governmentID ?? req.query[Int.self, at: "government"] else {
                let all = try await BurdenFacts.everyGovernment(actor: actor, now: req.now, on: db)
                return render(Model(report: nil, children: all, canSetCeiling: false), page: req.page).response()
            }
            let model = Model(
                report: try await BurdenFacts.read(governmentID: governmentID, actor: actor, now: req.now, on: db),
                children: try await BurdenFacts.children(of: governmentID, actor: actor, now: req.now, on: db),
                canSetCeiling: Permissions.decide(actor, .setBurdenCeiling, .government(governmentID)).isAllowed)
            return render(model, page: req.page).response()
        }
        app.post(SiteURL.burdenCeiling) { req async throws -> Response in
            struct Form: Content {
                var government: Int
                var ceiling: String?
            }
            let form = try req.decode(Form.self)
            let text = form.ceiling?.trimmingCharacters(in: .whitespaces) ?? ""
            guard text.isEmpty || Int(text) != nil else { throw Abort(.unprocessableEntity, reason: Strings.Levels.ceilingInvalid) }
            try await GovernmentLevels.setBurdenCeiling(governmentID: form.government, ceiling: Int(text), actor: try req.requireActor(), in: req.store)
            return req.redirect(to: SiteURL.burden.path(done: "edit"))
        }
    }

    static func render(_ model: Model, page: PageContext) -> HTML {
        typealias Text = Strings.LevelPages
        return Page.layout(Text.burdenTitle, page) {
            element(.h1) { model.report.map { "\($0.year) \(Text.burdenTitle)" } ?? Text.burdenTitle }
            element(.p, ["class": "muted"]) { Text.burdenIntro }
            if let report = model.report { unitTable(report, canSetCeiling: model.canSetCeiling, page: page) }
            if !model.children.children.isEmpty { childTable(model.children) }
        }
    }

    static func unitTable(_ report: BurdenReport, canSetCeiling: Bool, page: PageContext) -> HTML {
        typealias Text = Strings.LevelPages
        return element(.div, ["id": "own-burden"]) {
            element(.p, ["id": "ceiling"]) { Strings.Join.labelled(Text.ceiling, report.ceiling.map(String.init) ?? Text.ceilingNone) }
            if canSetCeiling {
                TaskPage.form(SiteURL.burdenCeiling.path(), page, id: "ceiling-form") {
                    element(.input, ["type": "hidden", "name": "government", "value": String(report.governmentID)])
                    element(.label, ["for": "ceiling-value"]) { Text.ceiling }
                    element(
                        .input,
                        [
                            "type": "number", "id": "ceiling-value", "name": "ceiling", "min": "1", "max": "999",
                            "value": report.ceiling.map(String.init),
                        ])
                    element(.button, ["type": "submit"]) { Text.saveCeiling }
                }
            }
            element(.table, ["class": "plain-table", "id": "burden"]) {
                element(.thead) {
                    element(.tr) {
                        for head in [Text.unit, Text.peak, Text.months, Text.repeats, Text.reused] { element(.th, ["scope": "col"]) { head } }
                    }
                }
                element(.tbody) {
                    for unit in report.units {
                        element(.tr, ["id": "burden-unit-\(unit.unitID)", "class": unit.overCeiling.isEmpty ? nil : "warn"]) {
                            element(.td) { unit.unit }
                            element(.td) {
                                String(unit.peak)
                                if !unit.overCeiling.isEmpty { element(.p, ["class": "warn"]) { Text.overCeiling(unit.overCeiling) } }
                            }
                            element(.td) {
                                unit.months.map {
                                    Text.monthCell(month: $0.month, tasks: $0.tasks, fields: $0.fields, urgings: $0.urgings, inspections: $0.inspections)
                                }.joined(separator: Text.monthSeparator)
                            }
                            element(.td) {
                                Text.figures(
                                    Array(
                                        Set(unit.months.flatMap(\.repeats).map { Strings.Levels.Burden.repeated(metric: $0.metric, tasks: $0.taskIDs.count) })
                                    )
                                    .sorted())
                            }
                            element(.td) {
                                let reused = unit.months.map(\.reusedAcrossLevels).reduce(0, +)
                                reused > 0 ? Strings.Levels.Burden.reused(reused) : ""
                            }
                        }
                    }
                }
            }
        }
    }

    static func childTable(_ burdens: ChildBurdens) -> HTML {
        typealias Text = Strings.LevelPages
        return element(.section, ["class": "card", "id": "child-burdens"]) {
            element(.h2) { Text.childrenHeading }
            element(.table, ["class": "plain-table"]) {
                element(.thead) {
                    element(.tr) {
                        for head in [Text.child, Text.childUnits, Text.peak, Text.childOver, Text.childUnlinked, Text.childReused, Text.childRepeats] {
                            element(.th, ["scope": "col"]) { head }
                        }
                    }
                }
                element(.tbody) {
                    for child in burdens.children {
                        element(.tr, ["id": "child-burden-\(child.governmentID)"]) {
                            element(.td) { child.government }
                            element(.td) { String(child.units) }
                            element(.td) { String(child.peak) }
                            element(.td) { String(child.unitMonthsOverCeiling) }
                            element(.td) { String(child.unlinked) }
                            element(.td) { String(child.reusedAcrossLevels) }
                            element(.td) { String(child.repeats) }
                        }
                    }
                }
            }
        }
    }
}
