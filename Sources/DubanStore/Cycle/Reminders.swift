import DubanCore
import DubanStrings
import FluentKit
import Foundation

/// Reminders before a period's due day: each lead unit (collectives by their members) that has
/// not reported is told once.
public enum Reminders {
    @discardableResult
    public static func send(in context: StoreContext) async throws -> Int {
        let now = context.now
        var sent = 0
        let calendar = try await WorkCalendars.load(on: context.db)
        for plan in try await PlanRecord.query(on: context.db).filter(\.$status == PlanStatus.published.rawValue).all() {
            let planID = try plan.requireID()
            let rules = try await PlanSettings.periodRules(of: plan, calendar: calendar, on: context.db)
            for period in Periods.all(year: plan.year, rules: rules) {
                guard case .dueSoon(let days) = ReportTiming.of(period, submittedAt: nil, now: now, rules: rules) else { continue }
                sent += try await remind(planID: planID, period: period, days: days, in: context)
            }
        }
        return sent
    }

    static func remind(planID: Int, period: Period, days: Int, in context: StoreContext) async throws -> Int {
        let db = context.db
        guard let record = try await PeriodRecord.query(on: db).filter(\.$planID == planID).filter(\.$number == period.index).first() else { return 0 }
        let tasks = try await TaskRecord.query(on: db).filter(\.$planID == planID).filter(\.$status == TaskStatus.open.rawValue).all()
        let taskIDs = Set(tasks.compactMap(\.id))
        let links = try await TaskUnitRecord.query(on: db).filter(\.$taskID ~~ taskIDs).filter(\.$role == ResponsibilityRole.lead.rawValue).all()
        // A task led by 各街道 is reported by each 街道, so each is reminded.
        let leads = try await CollectiveExpansion.holders(links, governmentID: tasks.first?.governmentID ?? 0, on: db)
        let reported = Set(try await ReportRecord.query(on: db).filter(\.$periodID == (record.id ?? 0)).all().map { "\($0.taskID)-\($0.unitID)" })
        let title = Strings.Notify.reminder(period.label, days: days)
        let accounts = try await AccountRecord.query(on: db).filter(\.$unitID ~~ Set(leads.map(\.unitID))).filter(\.$active == true).all()
        let accountsByUnit = Dictionary(grouping: accounts, by: { $0.unitID ?? 0 })
        let labels = Dictionary(uniqueKeysWithValues: tasks.compactMap { t in t.id.map { ($0, t.displayLabel) } })
        var due: [(taskID: Int, accountID: Int)] = []
        for lead in leads where !reported.contains("\(lead.taskID)-\(lead.unitID)") {
            for account in accountsByUnit[lead.unitID, default: []] {
                if let accountID = account.id { due.append((lead.taskID, accountID)) }
            }
        }
        guard !due.isEmpty else { return 0 }
        let reminders = due
        // Who was reminded already is read under the write lock every app server shares, so two
        // servers sweeping at once remind each person once. Notifications are in no cached answer.
        let sent = try await context.write(raisesRevision: false) { ctx in
            let already = Set(
                try await NotificationRecord.query(on: ctx.db).filter(\.$kind == "reminder").filter(\.$title == title).all()
                    .map { "\($0.taskID ?? 0)-\($0.accountID)" })
            var sent = 0
            for (taskID, accountID) in reminders where !already.contains("\(taskID)-\(accountID)") {
                try await Notifications.notify(
                    accounts: [accountID], kind: "reminder", title: title,
                    body: labels[taskID] ?? "", taskID: taskID, on: ctx.db)
                sent += 1
            }
            return sent
        }
        return sent
    }
}
