import DubanCore
import DubanStore
import DubanStrings
import Foundation
import Vapor

/// Reads what the signed-in role's first page needs (boards from the per-revision cache).
enum HomeController {
    static func model(_ req: Request) async throws -> HomeModel {
        guard let actor = req.actor else { throw Abort(.unauthorized, reason: Strings.Web.loginRequired) }
        switch actor.role {
        case .admin, .supervisor: return .office(try await office(req, actor))
        case .unit: return .unit(try await unit(req, actor))
        case .leader: return .leader(try await leader(req, actor))
        case .viewer: return .visitor(HomeModel.Visitor(plans: try await plans(req, actor, publishedOnly: true)))
        }
    }

    static func plans(_ req: Request, _ actor: Actor, publishedOnly: Bool) async throws -> [PlanEntry] {
        let plans = try await Scoped.plans(for: actor, on: req.store.db)
        return publishedOnly ? plans.filter { $0.status == PlanStatus.published.rawValue } : plans
    }

    static func office(_ req: Request, _ actor: Actor) async throws -> HomeModel.Office {
        let plans = try await plans(req, actor, publishedOnly: false)
        let monthAgo = Calendar(identifier: .gregorian).date(byAdding: .month, value: -1, to: req.now) ?? req.now
        var summaries: [HomeModel.PlanSummary] = []
        for plan in plans {
            summaries.append(.init(plan: plan, rows: try await req.board(.plan(plan.id)), previous: try await lastMonth(plan, at: monthAgo, req)))
        }
        let governmentID = actor.governmentID ?? plans.first?.governmentID ?? 0
        let db = req.store.db
        let queue = try await req.cached("review-queue:\(governmentID)", government: governmentID) {
            try await Dashboard.reviewQueue(governmentID: governmentID, on: db)
        }
        let urgings = try await req.cached("open-urgings:\(governmentID)", government: governmentID) {
            try await Dashboard.openUrgings(governmentID: governmentID, on: db)
        }
        return HomeModel.Office(plans: summaries, reviewQueue: queue, openUrgings: urgings, reviewerID: actor.accountID)
    }

    /// The plan's board a month ago, when it was already published then.
    static func lastMonth(_ plan: PlanEntry, at date: Date, _ req: Request) async throws -> [TaskRow]? {
        guard plan.status == PlanStatus.published.rawValue, let published = plan.publishedAt, published <= date else { return nil }
        let id = plan.id
        let db = req.store.db
        return try await req.cached("board-month-ago:\(id)", government: plan.governmentID) { try await TaskBoard.rows(planID: id, asOf: date, on: db) }
    }

    static func unit(_ req: Request, _ actor: Actor) async throws -> HomeModel.UnitDesk {
        let unitID = actor.unitID ?? 0
        let rows = try await req.board(.unit(unitID))
        // Led through a collective name that stands for the unit (各街道) is led all the same.
        let mine = Set([unitID] + (try await CollectiveExpansion.collectives(including: unitID, on: req.store.db)))
        let led = rows.filter { $0.leadUnits.contains { mine.contains($0.id) } }
        return HomeModel.UnitDesk(
            unitID: unitID, rows: rows, led: led, cooperating: rows.filter { !$0.leadUnits.contains { mine.contains($0.id) } },
            due: led.filter { $0.causes.contains(where: \.owesReport) || $0.light == .pending },
            returned: try await Dashboard.returnedReports(unitID: unitID, on: req.store.db),
            urgings: try await Dashboard.urgingsToAnswer(unitID: unitID, on: req.store.db),
            awaitingSignOff: try await SignOffs.waiting(for: actor, on: req.store.db), signs: actor.signsOff)
    }

    static func leader(_ req: Request, _ actor: Actor) async throws -> HomeModel.LeaderDesk {
        let leaderID = actor.leaderID ?? 0
        return HomeModel.LeaderDesk(
            rows: try await req.board(.leader(leaderID)), notices: try await Dashboard.notices(leaderID: leaderID, on: req.store.db))
    }
}
