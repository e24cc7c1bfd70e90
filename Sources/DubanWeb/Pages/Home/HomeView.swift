import DubanCore
import DubanHTML
import DubanStore
import DubanStrings

/// Each role's first page, from its model alone.
enum HomeView {
    static func render(_ model: HomeModel, _ page: PageContext) -> HTML {
        switch model {
        case .office(let office): self.office(office, page)
        case .unit(let desk): unit(desk, page)
        case .leader(let desk): leader(desk, page)
        case .visitor(let visitor): self.visitor(visitor, page)
        }
    }

    static func office(_ model: HomeModel.Office, _ page: PageContext) -> HTML {
        Page.layout(Strings.Pages.overview, page) {
            element(.h1) { Strings.Pages.overview }
            for summary in model.plans { planSummary(summary) }
            element(.section, ["class": "card", "id": "review-queue"]) {
                element(.h2) { Strings.Join.counted(Strings.Pages.reviewQueue, model.reviewQueue.count) }
                reportList(model.reviewQueue, flagFor: model.reviewerID)
            }
            element(.section, ["class": "card", "id": "open-urgings"]) {
                element(.h2) { Strings.Join.counted(Strings.Pages.openUrgings, model.openUrgings.count) }
                urgingList(model.openUrgings)
            }
        }
    }

    static func planSummary(_ summary: HomeModel.PlanSummary) -> HTML {
        let (plan, rows, previous) = (summary.plan, summary.rows, summary.previous)
        return element(.section, ["class": "card plan-summary"]) {
            element(.h2) {
                element(.a, ["href": SiteURL.plan.path(plan.id)]) { plan.title }
                " "
                element(.span, ["class": "muted"]) {
                    "\(plan.year) · \(plan.status == PlanStatus.published.rawValue ? Strings.Pages.published : Strings.Pages.draft) · \(Strings.Pages.tasksCount(rows.count))"
                }
            }
            TaskTable.counts(rows, previous: previous)
            if let previous { TaskTable.changes(rows, previous: previous) }
            if plan.status == PlanStatus.published.rawValue && !rows.isEmpty {
                element(.div, ["class": "charts"]) {
                    element(.figure) {
                        element(.figcaption) { Strings.Pages.chartsBySection }
                        Charts.lightsBySection(rows)
                    }
                    element(.figure) {
                        element(.figcaption) { Strings.Pages.chartsUnitLeague }
                        Charts.unitLeague(rows)
                    }
                }
            }
        }
    }

    static func unit(_ model: HomeModel.UnitDesk, _ page: PageContext) -> HTML {
        Page.layout(Strings.Pages.myTasks, page) {
            element(.h1) { Strings.Pages.myTasks }
            element(.p, ["class": "no-print"]) {
                element(.a, ["href": SiteURL.openUnitCalendar.path(model.unitID), "id": "calendar-feed"]) { Strings.Pages.subscribeCalendar }
            }
            TaskTable.counts(model.rows)
            if !model.urgings.isEmpty {
                element(.section, ["class": "card", "id": "urgings-to-answer"]) {
                    element(.h2) { Strings.Join.counted(Strings.Pages.urgingsToAnswer, model.urgings.count) }
                    urgingList(model.urgings)
                }
            }
            if !model.awaitingSignOff.isEmpty {
                element(.section, ["class": "card", "id": "awaiting-sign-off"]) {
                    element(.h2) {
                        Strings.Join.counted(model.signs ? Strings.SignOff.homeHeading : Strings.SignOff.heading, model.awaitingSignOff.count)
                    }
                    element(.ul, ["class": "plain"]) {
                        for draft in model.awaitingSignOff {
                            element(.li) {
                                element(.a, ["href": SiteURL.task.path(draft.taskID, fragment: "draft-\(draft.id)")]) { draft.taskLabel }
                                element(.span, ["class": "muted"]) {
                                    " " + Strings.SignOff.draftLine(period: draft.periodLabel, author: draft.author, at: Format.date(draft.createdAt))
                                }
                            }
                        }
                    }
                }
            }
            if !model.returned.isEmpty {
                element(.section, ["class": "card", "id": "returned"]) {
                    element(.h2) { Strings.Join.counted(Strings.Pages.returnedReports, model.returned.count) }
                    reportList(model.returned)
                }
            }
            element(.section, ["class": "card", "id": "due"]) {
                element(.h2) { Strings.Join.counted(Strings.Pages.dueThisPeriod, model.due.count) }
                TaskTable.render(model.due)
            }
            element(.section, ["class": "card", "id": "led"]) {
                element(.h2) { Strings.Join.counted(Strings.Pages.lead, model.led.count) }
                TaskTable.render(model.led)
            }
            element(.section, ["class": "card", "id": "cooperating"]) {
                element(.h2) { Strings.Join.counted(Strings.Pages.coop, model.cooperating.count) }
                TaskTable.render(model.cooperating)
            }
        }
    }

    static func leader(_ model: HomeModel.LeaderDesk, _ page: PageContext) -> HTML {
        let order: [Light] = [.red, .yellow, .green, .pending, .done]
        return Page.layout(Strings.Pages.myTasks, page) {
            element(.h1) { Strings.Pages.myTasks }
            TaskTable.counts(model.rows)
            element(.section, ["class": "card", "id": "notices"]) {
                element(.h2) { Strings.Join.counted(Strings.Pages.noticesForMe, model.notices.count) }
                urgingList(model.notices)
            }
            for light in order {
                let group = model.rows.filter { $0.light == light }
                if !group.isEmpty {
                    element(.section, ["class": "card", "id": "light-\(light.rawValue)"]) {
                        element(.h2) {
                            Page.light(light)
                            Strings.Join.aside(String(group.count))
                        }
                        TaskTable.render(group, showPath: false)
                    }
                }
            }
        }
    }

    static func visitor(_ model: HomeModel.Visitor, _ page: PageContext) -> HTML {
        Page.layout(Strings.Pages.publicView, page) {
            element(.h1) { Strings.Pages.publicView }
            element(.ul, ["class": "plain"]) {
                for plan in model.plans {
                    element(.li) { element(.a, ["href": SiteURL.plan.path(plan.id)]) { plan.title + Strings.Join.aside(String(plan.year)) } }
                }
            }
        }
    }

    /// `flagFor`: the reviewer; a report whose author's account it created or reset is marked (M1).
    static func reportList(_ items: [Dashboard.ReportItem], flagFor reviewer: Int? = nil) -> HTML {
        guard !items.isEmpty else { return element(.p, ["class": "muted"]) { Strings.Pages.none } }
        return element(.ul, ["class": "plain"]) {
            for item in items {
                element(.li) {
                    element(.a, ["href": SiteURL.task.path(item.taskID, fragment: "report-\(item.reportID)")]) { item.taskLabel }
                    element(.span, ["class": "muted"]) {
                        " \(item.unit) · \(item.period) · \(Format.date(item.submittedAt))" + (item.late ? " · \(Strings.Pages.late)" : "")
                            + (item.reason.map { " · " + Strings.Join.labelled(Strings.Pages.returnReason, $0) } ?? "")
                    }
                    if let reviewer, item.authorIssuers.contains(reviewer) {
                        element(.span, ["class": "bad", "data-flag": "issued-by-you"]) { " · \(Strings.Identity.issuedByYou)" }
                    }
                }
            }
        }
    }

    static func urgingList(_ items: [Dashboard.UrgingItem]) -> HTML {
        guard !items.isEmpty else { return element(.p, ["class": "muted"]) { Strings.Pages.none } }
        return element(.ul, ["class": "plain"]) {
            for item in items {
                element(.li, ["data-urging": String(item.urgingID)]) {
                    element(.a, ["href": SiteURL.task.path(item.taskID, fragment: "urging-\(item.urgingID)")]) { item.taskLabel }
                    element(.span, ["class": item.escalated ? "bad" : "muted"]) {
                        " \(item.unit) · \(item.message) · \(Strings.Pages.replyBy) \(Format.date(item.replyBy))"
                            + (item.escalated ? " · \(Strings.Pages.noticesForMe)" : "")
                    }
                }
            }
        }
    }
}
