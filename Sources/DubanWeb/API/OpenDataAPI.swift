import DubanCore
import DubanExport
import DubanStore
import DubanStrings
import Vapor

/// Open data: a published plan and its progress as public JSON and CSV, and per unit an ICS
/// feed of report due dates and task deadlines that a calendar app can subscribe to (no login:
/// nothing in it is not already public once the plan is published).
struct OpenDataAPI {
    struct OpenTask: Content {
        var id: Int
        var label: String
        var section: String
        var text: String
        var leaders: [String]
        var leadUnits: [String]
        var coopUnits: [String]
        var deadline: String?
        var kind: String
        var light: String
        var lightText: String
        var expected: Double?
        var actual: Double?
        var reasons: [String]
    }

    struct OpenPlan: Content {
        var id: Int
        var government: String
        var title: String
        var year: Int
        var generatedAt: Date
        var tasks: [OpenTask]
    }

    func register(_ app: Application) {
        app.get(SiteURL.openPlanTasksJSON) { req async throws -> Response in
            try await Self.openPlan(req).jsonResponse()
        }
        app.get(SiteURL.openPlanTasksCSV) { req async throws -> Response in
            let plan = try await Self.openPlan(req)
            typealias OpenDataText = Strings.OpenData
            var rows = [
                [
                    OpenDataText.label, OpenDataText.section, OpenDataText.text, OpenDataText.leaders, OpenDataText.leadUnits, OpenDataText.coopUnits,
                    OpenDataText.deadline, OpenDataText.light, OpenDataText.expected, OpenDataText.actual, OpenDataText.reasons,
                ]
            ]
            for task in plan.tasks {
                rows.append([
                    task.label, task.section, task.text, task.leaders.listed(), task.leadUnits.listed(),
                    task.coopUnits.listed(), task.deadline ?? "", task.lightText,
                    task.expected.map { String(format: "%.1f", $0) } ?? "", task.actual.map { String(format: "%.1f", $0) } ?? "",
                    task.reasons.inSeries(),
                ])
            }
            let response = Response(status: .ok, body: .init(data: CSVTable.data(rows)))
            response.headers.replaceOrAdd(name: .contentType, value: "text/csv; charset=utf-8")
            response.headers.replaceOrAdd(name: .contentDisposition, value: "attachment; filename=\"plan-\(plan.id).csv\"")
            return response
        }
        app.get(SiteURL.openUnitCalendar) { req async throws -> Response in
            let response = Response(status: .ok, body: .init(string: try await Self.calendar(req)))
            response.headers.replaceOrAdd(name: .contentType, value: "text/calendar; charset=utf-8")
            return response
        }
    }

    static func openPlan(_ req: Request) async throws -> OpenPlan {
        // Open data is the published plan only, whoever asks.
        let plan = try await PlanListing.published(try req.id(), on: req.store.db)
        let rows = try await req.board(.plan(plan.id))
        let government = try await DirectoryListing.governmentName(plan.governmentID, on: req.store.db) ?? ""
        return OpenPlan(
            id: plan.id, government: government, title: plan.title, year: plan.year, generatedAt: req.now,
            tasks: rows.map { row in
                OpenTask(
                    id: row.id, label: row.label, section: row.path.first ?? "", text: row.text,
                    leaders: row.leaders.map(\.name), leadUnits: row.leadUnits.map(\.name),
                    coopUnits: row.coopUnits.map(\.name), deadline: row.deadline, kind: row.kind,
                    light: row.light.rawValue, lightText: row.lightText, expected: row.expected, actual: row.actual,
                    reasons: row.reasons)
            })
    }

    /// Each published plan's report due dates for a unit with tasks in it, and its led tasks' deadlines.
    static func calendar(_ req: Request) async throws -> String {
        let unit = try await DirectoryListing.unit(try req.id(), actor: nil, on: req.store.db)
        let unitID = unit.id
        let rows = try await req.board(.unit(unitID)).filter { $0.status == TaskStatus.open.rawValue }
        let planIDs = Set(rows.map(\.planID))
        let plans = try await PlanListing.published(planIDs, on: req.store.db)
        let published = Set(plans.map(\.id))
        var events: [CalendarEvent] = []
        for period in try await PlanListing.periods(of: published, on: req.store.db) {
            events.append(
                CalendarEvent(
                    uid: "period-\(period.id)-unit-\(unitID)@duban", date: period.dueAt,
                    summary: Strings.OpenData.reportDue(period.label), description: Strings.OpenData.reportDueBody))
        }
        for row in rows where published.contains(row.planID) && row.leadUnits.contains(where: { $0.id == unitID }) {
            guard let deadline = row.deadline, let plan = plans.first(where: { $0.id == row.planID }) else { continue }
            // The deadline month's last day: Progress.deadline is the first moment after it.
            let due = Progress.deadline(deadline, planYear: plan.year).addingTimeInterval(-3600)
            events.append(
                CalendarEvent(
                    uid: "task-\(row.id)@duban", date: due,
                    summary: Strings.OpenData.taskDeadline(row.label), description: row.text))
        }
        return CalendarFeed.ics(name: "\(unit.name) · \(Strings.OpenData.calendarName)", events: events)
    }
}
