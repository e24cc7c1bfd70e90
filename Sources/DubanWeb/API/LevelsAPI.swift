import DubanCore
import DubanStore
import DubanStrings
import Vapor

/// Levels of government over the API: the parent, tasks passed down, links between plans, the
/// children's parts of a parent's task, and the burden meter.
struct LevelsAPI {
    struct ParentInput: Content { var parentID: Int? }
    struct CeilingInput: Content { var ceiling: Int? }
    struct PassDownInput: Content {
        var governments: [Int]
        /// Government id (as a string key, JSON's only kind) → weight in averaging a rate.
        var weights: [String: Double]?
    }
    struct DecisionInput: Content {
        var decision: String
        var parentTaskID: Int?
    }
    struct LinkInput: Content { var parentTaskID: Int }
    struct Added: Content { var added: Int }
    struct CarryInput: Content { var taskIDs: [Int] }

    func register(_ api: any RoutesBuilder) {
        api.put("governments", ":id", "parent") { req async throws -> OK in
            let body = try req.decode(ParentInput.self)
            try await GovernmentLevels.setParent(governmentID: try req.id(), parentID: body.parentID, actor: try req.requireActor(), in: req.store)
            return OK()
        }
        api.put("governments", ":id", "burden-ceiling") { req async throws -> OK in
            let body = try req.decode(CeilingInput.self)
            try await GovernmentLevels.setBurdenCeiling(governmentID: try req.id(), ceiling: body.ceiling, actor: try req.requireActor(), in: req.store)
            return OK()
        }
        api.get("governments", ":id", "handed-down") { req async throws -> HandedDown in
            let id = try req.id()
            return try await HandedDown.read(governmentID: id, actor: try req.requireActor(), on: req.store.db)
        }
        api.get("governments", ":id", "burden") { req async throws -> BurdenReport in
            let id = try req.id()
            return try await BurdenFacts.read(governmentID: id, actor: try req.requireActor(), now: req.now, on: req.store.db)
        }
        api.get("governments", ":id", "child-burdens") { req async throws -> ChildBurdens in
            let id = try req.id()
            return try await BurdenFacts.children(of: id, actor: try req.requireActor(), now: req.now, on: req.store.db)
        }
        api.post("plans", ":id", "pass-down") { req async throws -> Added in
            Added(added: try await Handoffs.passDownNamed(planID: try req.id(), actor: try req.requireActor(), in: req.store))
        }
        api.post("plans", ":id", "link-proposals") { req async throws -> Added in
            Added(added: try await LevelLinking.propose(planID: try req.id(), actor: try req.requireActor(), in: req.store))
        }
        api.post("tasks", ":id", "pass-down") { req async throws -> OK in
            let id = try req.id()
            let body = try req.decode(PassDownInput.self)
            try await Handoffs.passDown(taskID: id, to: body.governments, weights: try Self.weights(body.weights), actor: try req.requireActor(), in: req.store)
            return OK()
        }
        api.post("tasks", ":id", "link") { req async throws -> OK in
            let id = try req.id()
            let body = try req.decode(LinkInput.self)
            let linkID = try await LevelLinking.link(childTaskID: id, parentTaskID: body.parentTaskID, actor: try req.requireActor(), in: req.store)
            return OK(id: linkID)
        }
        api.post("links", ":id", "decision") { req async throws -> OK in
            let id = try req.id()
            let decision = try Self.decision(try req.decode(DecisionInput.self))
            try await LevelLinking.decide(linkID: id, decision, actor: try req.requireActor(), in: req.store)
            return OK()
        }
        api.get("plans", ":id", "carry-over") { req async throws -> [CarryOver.Candidate] in
            let id = try req.id()
            return try await CarryOver.candidates(planID: id, actor: try req.requireActor(), now: req.now, on: req.store.db)
        }
        api.post("plans", ":id", "carry-over") { req async throws -> Response in
            let id = try req.id()
            let body = try req.decode(CarryInput.self)
            let ids = try await CarryOver.carry(planID: id, taskIDs: body.taskIDs, actor: try req.requireActor(), now: req.now, in: req.store)
            return try OK(ids: ids).jsonResponse(status: .created)
        }
        api.get("plans", ":id", "year-end") { req async throws -> YearEndAccountJSON in
            let id = try req.id()
            let account = try await YearEndFacts.read(planID: id, actor: try req.requireActor(), now: req.now, on: req.store.db)
            return YearEndAccountJSON(title: account.title, rows: account.rows)
        }
        api.get("tasks", ":id", "child-parts") { req async throws -> ChildParts in
            let id = try req.id()
            return try await ChildParts.read(taskID: id, actor: try req.requireActor(), now: req.now, on: req.store.db)
        }
    }

    static func decision(_ input: DecisionInput) throws -> LevelLinking.Decision {
        switch (input.decision, input.parentTaskID) {
        case ("confirm", _): return .confirm
        case ("reject", _): return .reject
        case ("move", let parent?): return .move(parentTaskID: parent)
        default: throw Abort(.unprocessableEntity, reason: Strings.Levels.decisionInvalid)
        }
    }

    static func weights(_ raw: [String: Double]?) throws -> [Int: Double] {
        var out: [Int: Double] = [:]
        for (key, value) in raw ?? [:] {
            guard let id = Int(key), id > 0 else { throw Abort(.unprocessableEntity, reason: Strings.Levels.weightInvalid) }
            out[id] = value
        }
        return out
    }
}

extension HandedDown: Content {}
extension ChildParts: Content {}
extension BurdenReport: Content {}
extension ChildBurdens: Content {}
extension CarryOver.Candidate: Content {}

struct YearEndAccountJSON: Content {
    var title: String
    var rows: [YearEndRow]
}
