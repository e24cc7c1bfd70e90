import DubanCore
import DubanHTML
import DubanStore
import DubanStrings
import Vapor

/// 上下级对接: for a parent's office, its tasks and to which children each went, with the forms
/// that pass them down; for a child's office, what its parent passed down, Duban's proposals to
/// confirm or reject, and the tasks still to place in its plan.
enum LevelsPage {
    struct Model: Sendable {
        var governmentID: Int
        var overview: HandoffOverview
        var handedDown: HandedDown
        /// The government's own published tasks, for placing an unlinked parent task.
        var ownTasks: [HandedDown.TaskRef]
        var ownPlans: [HandoffOverview.Plan]
        var canAct: Bool
    }

    static func register(_ app: Application) {
        app.get(SiteURL.levels) { req async throws -> Response in
            let actor = try req.requireActor()
            // The installation's administrator sets who sits above whom, then may open any government.
            if actor.governmentID == nil && req.query[Int.self, at: "government"] == nil {
                try req.authorize(.manageGovernments, .government(nil))
                return renderTree(try await Scoped.governments(for: actor, on: req.store.db), page: req.page).response()
            }
            return render(try await model(req), page: req.page).response()
        }
        app.post(SiteURL.levelsParent) { req async throws -> Response in
            struct Form: Content { var parent: String? }
            let parent = try req.decode(Form.self).parent.flatMap { Int($0) }
            try await GovernmentLevels.setParent(governmentID: try req.id(), parentID: parent, actor: try req.requireActor(), in: req.store)
            return req.redirect(to: SiteURL.levels.path(done: "parent"))
        }
        app.post(SiteURL.levelsPlanPassDown) { req async throws -> Response in
            try await Handoffs.passDownNamed(planID: try req.id(), actor: try req.requireActor(), in: req.store)
            return req.redirect(to: SiteURL.levels.path(done: "pass-down"))
        }
        app.post(SiteURL.levelsTaskPassDown) { req async throws -> Response in
            struct Form: Content { var government: Int }
            let form = try req.decode(Form.self)
            try await Handoffs.passDown(taskID: try req.id(), to: [form.government], actor: try req.requireActor(), in: req.store)
            return req.redirect(to: SiteURL.levels.path(done: "pass-down"))
        }
        app.post(SiteURL.levelsTaskWeights) { req async throws -> Response in
            // One field per child, `weight-<government id>`; a blank one is left as it was.
            let form = try req.content.decode([String: String].self)
            var weights: [Int: Double] = [:]
            for (key, raw) in form where key.hasPrefix("weight-") {
                let value = raw.trimmingCharacters(in: .whitespaces)
                guard !value.isEmpty else { continue }
                guard let id = Int(key.dropFirst("weight-".count)), let weight = Double(value) else {
                    throw Abort(.unprocessableEntity, reason: Strings.Levels.weightInvalid)
                }
                weights[id] = weight
            }
            let taskID = try req.id()
            try await Handoffs.passDown(taskID: taskID, to: weights.keys.sorted(), weights: weights, actor: try req.requireActor(), in: req.store)
            return req.redirect(to: SiteURL.task.path(taskID, done: "weights", fragment: "levels"))
        }
        app.post(SiteURL.levelsPlanProposals) { req async throws -> Response in
            try await LevelLinking.propose(planID: try req.id(), actor: try req.requireActor(), in: req.store)
            return req.redirect(to: SiteURL.levels.path(done: "propose"))
        }
        app.post(SiteURL.levelsLinkDecision) { req async throws -> Response in
            struct Form: Content {
                var decision: String
                var parentTaskID: Int?
            }
            let form = try req.decode(Form.self)
            let decision = try LevelsAPI.decision(.init(decision: form.decision, parentTaskID: form.parentTaskID))
            try await LevelLinking.decide(linkID: try req.id(), decision, actor: try req.requireActor(), in: req.store)
            return req.redirect(to: SiteURL.levels.path(done: "link-" + form.decision))
        }
        app.post(SiteURL.levelsPlace) { req async throws -> Response in
            struct Form: Content { var childTaskID: Int }
            let form = try req.decode(Form.self)
            try await LevelLinking.link(childTaskID: form.childTaskID, parentTaskID: try req.id(), actor: try req.requireActor(), in: req.store)
            return req.redirect(to: SiteURL.levels.path(done: "place"))
        }
    }

    static func model(_ req: Request) async throws -> Model {
        let actor = try req.requireActor()
        // An administrator of the whole installation names the government it looks at.
        guard let governmentID = actor.governmentID ?? req.query[Int.self, at: "government"] else {
            throw Abort(.badRequest, reason: Strings.Levels.governmentNotFound)
        }
        let db = req.store.db
        let overview = try await HandoffOverview.read(governmentID: governmentID, actor: actor, on: db)
        let handedDown = try await HandedDown.read(governmentID: governmentID, actor: actor, on: db)
        let own = try await HandoffOverview.ownPlans(governmentID: governmentID, actor: actor, on: db)
        return Model(
            governmentID: governmentID, overview: overview, handedDown: handedDown, ownTasks: own.tasks, ownPlans: own.plans,
            canAct: Permissions.decide(actor, .linkLevels, .government(governmentID)).isAllowed)
    }

    /// Every government with its parent, each row a form to change it.
    static func renderTree(_ governments: [GovernmentEntry], page: PageContext) -> HTML {
        typealias Text = Strings.LevelPages
        let names = Dictionary(uniqueKeysWithValues: governments.map { ($0.id, $0.name) })
        return Page.layout(Text.title, page) {
            element(.h1) { Text.title }
            element(.p, ["class": "muted"]) { Text.treeIntro }
            element(.table, ["class": "plain-table", "id": "governments"]) {
                element(.thead) {
                    element(.tr) {
                        for head in [Text.government, Text.parent, Text.actions] { element(.th, ["scope": "col"]) { head } }
                    }
                }
                element(.tbody) {
                    for government in governments {
                        element(.tr, ["id": "government-\(government.id)"]) {
                            element(.td) {
                                element(.a, ["href": SiteURL.levels.path() + "?government=\(government.id)"]) { government.name }
                            }
                            element(.td) { government.parentID.flatMap { names[$0] } ?? Text.noParentShort }
                            element(.td) {
                                TaskPage.form(SiteURL.levelsParent.path(government.id), page, id: "parent-\(government.id)") {
                                    element(.label, ["for": "parent-of-\(government.id)"]) { Text.parent }
                                    element(.select, ["id": "parent-of-\(government.id)", "name": "parent"]) {
                                        element(.option, ["value": ""]) { Text.noParentShort }
                                        for other in governments where other.id != government.id {
                                            element(.option, ["value": String(other.id), "selected": other.id == government.parentID ? "selected" : nil]) {
                                                other.name
                                            }
                                        }
                                    }
                                    element(.button, ["type": "submit", "class": "secondary"]) { Text.saveParent }
                                }
                            }
                        }
                    }
                }
            }
        }
    }

    static func render(_ model: Model, page: PageContext) -> HTML {
        typealias Text = Strings.LevelPages
        return Page.layout(Text.title, page) {
            element(.h1) { Text.title }
            element(.p, ["class": "muted"]) { Text.intro }
            if !model.overview.children.isEmpty { parentSide(model, page: page) }
            childSide(model, page: page)
        }
    }

    static func parentSide(_ model: Model, page: PageContext) -> HTML {
        typealias Text = Strings.LevelPages
        let overview = model.overview
        return element(.section, ["class": "card", "id": "passed-down"]) {
            element(.h2) { Text.passDownHeading }
            if model.canAct {
                for plan in overview.plans {
                    TaskPage.form(SiteURL.levelsPlanPassDown.path(plan.id), page, id: "pass-down-plan-\(plan.id)") {
                        element(.p, ["class": "muted"]) { Text.passDownNamedNote }
                        element(.button, ["type": "submit"]) { Text.passDownNamed + " " + plan.title }
                    }
                }
            }
            element(.table, ["class": "plain-table"]) {
                element(.thead) {
                    element(.tr) {
                        element(.th, ["scope": "col"]) { Text.parentTask }
                        for child in overview.children { element(.th, ["scope": "col"]) { child.name } }
                    }
                }
                element(.tbody) {
                    for row in overview.tasks {
                        element(.tr, ["id": "handoff-\(row.task.id)"]) {
                            element(.td) { element(.a, ["href": SiteURL.task.path(row.task.id)]) { Text.taskLine(label: row.task.label, text: row.task.text) } }
                            for part in row.parts {
                                element(.td) {
                                    if part.passedDown {
                                        Text.passedDown + " · " + Text.childState(confirmed: part.confirmed, proposed: part.proposed)
                                    } else if model.canAct {
                                        TaskPage.form(SiteURL.levelsTaskPassDown.path(row.task.id), page, id: "pass-down-\(row.task.id)-\(part.governmentID)") {
                                            element(.input, ["type": "hidden", "name": "government", "value": String(part.governmentID)])
                                            element(.button, ["type": "submit", "class": "secondary"]) { Text.passDown }
                                        }
                                    }
                                }
                            }
                        }
                    }
                }
            }
        }
    }

    static func childSide(_ model: Model, page: PageContext) -> HTML {
        typealias Text = Strings.LevelPages
        let handed = model.handedDown
        return element(.section, ["class": "card", "id": "handed-down"]) {
            if let parent = handed.parent {
                element(.h2) { Text.handedDownHeading(parent: parent) }
                if model.canAct {
                    for plan in model.ownPlans {
                        TaskPage.form(SiteURL.levelsPlanProposals.path(plan.id), page, id: "propose-\(plan.id)") {
                            element(.p, ["class": "muted"]) { Text.proposeNote }
                            element(.button, ["type": "submit"]) { Text.propose + " " + plan.title }
                        }
                    }
                }
                if handed.tasks.isEmpty { element(.p, ["class": "muted"]) { Text.nothingHandedDown } }
                element(.table, ["class": "plain-table", "id": "links"]) {
                    element(.thead) {
                        element(.tr) {
                            for head in [Text.parentTask, Text.ownTask, Text.reason, Text.state, Text.actions] { element(.th, ["scope": "col"]) { head } }
                        }
                    }
                    element(.tbody) {
                        for item in handed.tasks {
                            for link in item.links {
                                element(.tr, ["id": "link-\(link.id)"]) {
                                    element(.td) { Text.taskLine(label: item.parentTask.label, text: item.parentTask.text) }
                                    element(.td) {
                                        element(.a, ["href": SiteURL.task.path(link.childTask.id)]) {
                                            Text.taskLine(label: link.childTask.label, text: link.childTask.text)
                                        }
                                        element(.p, ["class": "muted lead-units"]) { Text.leadUnits(link.childTask.leadUnits) }
                                    }
                                    element(.td, ["class": "muted"]) { link.reason }
                                    element(.td) { link.statusText }
                                    element(.td) {
                                        if model.canAct && link.status == LinkStatus.proposed.rawValue {
                                            TaskPage.form(SiteURL.levelsLinkDecision.path(link.id), page, id: "decide-\(link.id)") {
                                                element(.button, ["type": "submit", "name": "decision", "value": "confirm", "id": "confirm-\(link.id)"]) {
                                                    Text.confirm
                                                }
                                                element(
                                                    .button,
                                                    ["type": "submit", "name": "decision", "value": "reject", "class": "secondary", "id": "reject-\(link.id)"]
                                                ) { Text.reject }
                                            }
                                        }
                                        if model.canAct && link.status != LinkStatus.rejected.rawValue && handed.tasks.count > 1 {
                                            // The office knows better which passed-down task this one takes up.
                                            TaskPage.form(SiteURL.levelsLinkDecision.path(link.id), page, id: "move-\(link.id)") {
                                                element(.label, ["for": "move-to-\(link.id)"]) { Text.moveTo }
                                                element(.select, ["id": "move-to-\(link.id)", "name": "parentTaskID"]) {
                                                    for other in handed.tasks where other.parentTask.id != item.parentTask.id {
                                                        element(.option, ["value": String(other.parentTask.id)]) {
                                                            Text.taskLine(label: other.parentTask.label, text: String(other.parentTask.text.prefix(30)))
                                                        }
                                                    }
                                                }
                                                element(.button, ["type": "submit", "name": "decision", "value": "move", "class": "secondary"]) { Text.move }
                                            }
                                        }
                                    }
                                }
                            }
                        }
                    }
                }
                let unlinked = handed.tasks.filter { handed.unlinked.contains($0.parentTask.id) }
                if !unlinked.isEmpty {
                    element(.h3) { Text.unlinkedHeading }
                    element(.ul, ["class": "plain", "id": "unlinked"]) {
                        for item in unlinked {
                            element(.li, ["id": "unlinked-\(item.parentTask.id)"]) {
                                element(.p) { Text.taskLine(label: item.parentTask.label, text: item.parentTask.text) }
                                if model.canAct && !model.ownTasks.isEmpty {
                                    TaskPage.form(SiteURL.levelsPlace.path(item.parentTask.id), page, id: "place-\(item.parentTask.id)") {
                                        element(.label, ["for": "place-task-\(item.parentTask.id)"]) { Text.placeField }
                                        element(.select, ["id": "place-task-\(item.parentTask.id)", "name": "childTaskID"]) {
                                            for task in model.ownTasks {
                                                element(.option, ["value": String(task.id)]) {
                                                    Text.taskLine(label: task.label, text: String(task.text.prefix(40)))
                                                }
                                            }
                                        }
                                        element(.button, ["type": "submit", "class": "secondary"]) { Text.place }
                                    }
                                }
                            }
                        }
                    }
                }
            } else {
                element(.p, ["class": "muted"]) { Text.noParent }
            }
        }
    }
}
