import DubanCore
import DubanStore
import DubanStrings
import Vapor

/// Each role's first page: what needs their attention today.
enum HomePage {
    static func render(_ req: Request) async throws -> HTML {
        guard let actor = req.actor else { throw Abort(.unauthorized, reason: Strings.Web.loginRequired) }
        switch actor.role {
        case .admin, .supervisor: return try await supervisor(req, actor)
        case .unit: return try await unit(req, actor)
        case .leader: return try await leader(req, actor)
        case .viewer: return try await viewer(req, actor)
        }
    }

    static func plans(_ req: Request, _ actor: Actor, publishedOnly: Bool) async throws -> [PlanEntry] {
        let plans = try await Scoped.plans(for: actor, on: req.db)
        return publishedOnly ? plans.filter { $0.status == PlanStatus.published.rawValue } : plans
    }

    static func supervisor(_ req: Request, _ actor: Actor) async throws -> HTML {
        let plans = try await plans(req, actor, publishedOnly: false)
        var sections: [HTML] = []
        let monthAgo = Calendar(identifier: .gregorian).date(byAdding: .month, value: -1, to: req.now) ?? req.now
        for plan in plans {
            let rows = try await req.board(.plan(plan.id))
            let previous = try await lastMonth(plan, at: monthAgo, req)
            sections.append(
                el("section", ["class": "card plan-summary"]) {
                    el("h2") {
                        el("a", ["href": "/plans/\(plan.id)"]) { plan.title }
                        " "
                        el("span", ["class": "muted"]) {
                            "\(plan.year) · \(plan.status == PlanStatus.published.rawValue ? Strings.Pages.published : Strings.Pages.draft) · \(Strings.Pages.tasksCount(rows.count))"
                        }
                    }
                    TaskTable.counts(rows, previous: previous)
                    if let previous { TaskTable.changes(rows, previous: previous) }
                    if plan.status == PlanStatus.published.rawValue && !rows.isEmpty {
                        el("div", ["class": "charts"]) {
                            el("figure") {
                                el("figcaption") { Strings.Pages.chartsBySection }
                                Charts.lightsBySection(rows)
                            }
                            el("figure") {
                                el("figcaption") { Strings.Pages.chartsUnitLeague }
                                Charts.unitLeague(rows)
                            }
                        }
                    }
                })
        }
        let governmentID = actor.governmentID ?? plans.first?.governmentID ?? 0
        let db = req.db
        let queue = try await req.cached("review-queue:\(governmentID)") { try await Dashboard.reviewQueue(governmentID: governmentID, on: db) }
        let urgings = try await req.cached("open-urgings:\(governmentID)") { try await Dashboard.openUrgings(governmentID: governmentID, on: db) }
        return Page.layout(Strings.Pages.overview, request: req) {
            el("h1") { Strings.Pages.overview }
            sections
            el("section", ["class": "card", "id": "review-queue"]) {
                el("h2") { "\(Strings.Pages.reviewQueue)（\(queue.count)）" }
                reportList(queue, flagFor: actor.accountID)
            }
            el("section", ["class": "card", "id": "open-urgings"]) {
                el("h2") { "\(Strings.Pages.openUrgings)（\(urgings.count)）" }
                urgingList(urgings)
            }
        }
    }

    /// The plan's board a month ago, when it was already published then.
    static func lastMonth(_ plan: PlanEntry, at date: Date, _ req: Request) async throws -> [TaskRow]? {
        guard plan.status == PlanStatus.published.rawValue, let published = plan.publishedAt, published <= date else { return nil }
        let id = plan.id
        let db = req.db
        return try await req.cached("board-month-ago:\(id)") { try await TaskBoard.rows(planID: id, asOf: date, on: db) }
    }

    static func unit(_ req: Request, _ actor: Actor) async throws -> HTML {
        let unitID = actor.unitID ?? 0
        let rows = try await req.board(.unit(unitID))
        // Led through a collective name that stands for the unit (各街道) is led all the same.
        let mine = Set([unitID] + (try await CollectiveExpansion.collectives(including: unitID, on: req.db)))
        let led = rows.filter { $0.leadUnits.contains { mine.contains($0.id) } }
        let cooperating = rows.filter { !$0.leadUnits.contains { mine.contains($0.id) } }
        let returned = try await Dashboard.returnedReports(unitID: unitID, on: req.db)
        let urgings = try await Dashboard.urgingsToAnswer(unitID: unitID, on: req.db)
        // A report still owed for the round (not a late one already in), or nothing due yet.
        let due = led.filter { $0.causes.contains(where: \.owesReport) || $0.light == .pending }
        return Page.layout(Strings.Pages.myTasks, request: req) {
            el("h1") { Strings.Pages.myTasks }
            el("p", ["class": "no-print"]) {
                el("a", ["href": "/open/units/\(unitID)/calendar.ics", "id": "calendar-feed"]) { Strings.Pages.subscribeCalendar }
            }
            TaskTable.counts(rows)
            if !urgings.isEmpty {
                el("section", ["class": "card", "id": "urgings-to-answer"]) {
                    el("h2") { "\(Strings.Pages.urgingsToAnswer)（\(urgings.count)）" }
                    urgingList(urgings)
                }
            }
            if !returned.isEmpty {
                el("section", ["class": "card", "id": "returned"]) {
                    el("h2") { "\(Strings.Pages.returnedReports)（\(returned.count)）" }
                    reportList(returned)
                }
            }
            el("section", ["class": "card", "id": "due"]) {
                el("h2") { "\(Strings.Pages.dueThisPeriod)（\(due.count)）" }
                TaskTable.render(due)
            }
            el("section", ["class": "card", "id": "led"]) {
                el("h2") { "\(Strings.Pages.lead)（\(led.count)）" }
                TaskTable.render(led)
            }
            el("section", ["class": "card", "id": "cooperating"]) {
                el("h2") { "\(Strings.Pages.coop)（\(cooperating.count)）" }
                TaskTable.render(cooperating)
            }
        }
    }

    static func leader(_ req: Request, _ actor: Actor) async throws -> HTML {
        let leaderID = actor.leaderID ?? 0
        let rows = try await req.board(.leader(leaderID))
        let notices = try await Dashboard.notices(leaderID: leaderID, on: req.db)
        let order: [Light] = [.red, .yellow, .green, .pending, .done]
        return Page.layout(Strings.Pages.myTasks, request: req) {
            el("h1") { Strings.Pages.myTasks }
            TaskTable.counts(rows)
            el("section", ["class": "card", "id": "notices"]) {
                el("h2") { "\(Strings.Pages.noticesForMe)（\(notices.count)）" }
                urgingList(notices)
            }
            for light in order {
                let group = rows.filter { $0.light == light }
                if !group.isEmpty {
                    el("section", ["class": "card", "id": "light-\(light.rawValue)"]) {
                        el("h2") {
                            Page.light(light)
                            "（\(group.count)）"
                        }
                        TaskTable.render(group, showPath: false)
                    }
                }
            }
        }
    }

    static func viewer(_ req: Request, _ actor: Actor) async throws -> HTML {
        let plans = try await plans(req, actor, publishedOnly: true)
        return Page.layout(Strings.Pages.publicView, request: req) {
            el("h1") { Strings.Pages.publicView }
            el("ul", ["class": "plain"]) {
                for plan in plans { el("li") { el("a", ["href": "/plans/\(plan.id)"]) { "\(plan.title)（\(plan.year)）" } } }
            }
        }
    }

    /// `flagFor`: the reviewer; a report whose author's account it created or reset is marked (M1).
    static func reportList(_ items: [Dashboard.ReportItem], flagFor reviewer: Int? = nil) -> HTML {
        guard !items.isEmpty else { return el("p", ["class": "muted"]) { Strings.Pages.none } }
        return el("ul", ["class": "plain"]) {
            for item in items {
                el("li") {
                    el("a", ["href": "/tasks/\(item.taskID)#report-\(item.reportID)"]) { item.taskLabel }
                    el("span", ["class": "muted"]) {
                        " \(item.unit) · \(item.period) · \(Format.date(item.submittedAt))" + (item.late ? " · \(Strings.Pages.late)" : "")
                            + (item.reason.map { " · \(Strings.Pages.returnReason)：\($0)" } ?? "")
                    }
                    if let reviewer, item.authorIssuers.contains(reviewer) {
                        el("span", ["class": "bad", "data-flag": "issued-by-you"]) { " · \(Strings.Identity.issuedByYou)" }
                    }
                }
            }
        }
    }

    static func urgingList(_ items: [Dashboard.UrgingItem]) -> HTML {
        guard !items.isEmpty else { return el("p", ["class": "muted"]) { Strings.Pages.none } }
        return el("ul", ["class": "plain"]) {
            for item in items {
                el("li", ["data-urging": String(item.urgingID)]) {
                    el("a", ["href": "/tasks/\(item.taskID)#urging-\(item.urgingID)"]) { item.taskLabel }
                    el("span", ["class": item.escalated ? "bad" : "muted"]) {
                        " \(item.unit) · \(item.message) · \(Strings.Pages.replyBy) \(Format.date(item.replyBy))"
                            + (item.escalated ? " · \(Strings.Pages.noticesForMe)" : "")
                    }
                }
            }
        }
    }
}
