import DubanCore
import DubanStrings
import FluentKit
import Foundation

/// The burden meter of one government, read from its published plans, the tasks its parent
/// passed down, its urgings and its inspection lists; and the same for every child of a parent.
public struct BurdenReport: Sendable, Codable {
    public var governmentID: Int
    public var government: String
    public var year: Int
    public var ceiling: Int?
    public var units: [UnitBurden]

    public struct UnitBurden: Sendable, Codable {
        /// 0 for the government itself: what its parent passed down that no task of its own takes up.
        public var unitID: Int
        public var unit: String
        public var months: [BurdenMeter.UnitMonth]
        /// The busiest month's fields.
        public var peak: Int
        public var overCeiling: [Int]
    }
}

/// Every child's figures side by side, for the parent planning and merging its 督检考.
public struct ChildBurdens: Sendable, Codable {
    public var governmentID: Int
    public var children: [Summary]

    public struct Summary: Sendable, Codable {
        public var governmentID: Int
        public var government: String
        public var ceiling: Int?
        public var units: Int
        /// The largest fields any unit fills in one month.
        public var peak: Int
        public var unitMonthsOverCeiling: Int
        /// Passed-down tasks its units must answer apart from their own reports (not linked).
        public var unlinked: Int
        /// Reports that answer both levels at once.
        public var reusedAcrossLevels: Int
        public var repeats: Int
    }
}

public enum BurdenFacts {
    public static func read(governmentID: Int, actor: Actor?, now: Date, on db: any Database) async throws -> BurdenReport {
        try Guard.require(actor, .readPlan, .government(governmentID))
        return try await report(governmentID: governmentID, now: now, on: db).report
    }

    /// The parent's view: each child's summary. Read by the parent's own people.
    public static func children(of governmentID: Int, actor: Actor?, now: Date, on db: any Database) async throws -> ChildBurdens {
        try Guard.require(actor, .readPlan, .government(governmentID))
        let children = try await GovernmentLevels.children(of: governmentID, on: db)
        return ChildBurdens(governmentID: governmentID, children: try await summaries(children, now: now, on: db))
    }

    /// The installation's administrator: every government's summary side by side.
    public static func everyGovernment(actor: Actor?, now: Date, on db: any Database) async throws -> ChildBurdens {
        try Guard.require(actor, .manageGovernments, .government(nil))
        let all = try await GovernmentRecord.query(on: db).sort(\.$id).all()
        return ChildBurdens(governmentID: 0, children: try await summaries(all, now: now, on: db))
    }

    static func summaries(_ governments: [GovernmentRecord], now: Date, on db: any Database) async throws -> [ChildBurdens.Summary] {
        var summaries: [ChildBurdens.Summary] = []
        for government in governments {
            guard let id = government.id else { continue }
            let (report, unlinked) = try await report(governmentID: id, now: now, on: db)
            let months = report.units.flatMap(\.months)
            summaries.append(
                ChildBurdens.Summary(
                    governmentID: id, government: government.name, ceiling: report.ceiling, units: report.units.filter { $0.unitID != 0 }.count,
                    peak: report.units.map(\.peak).max() ?? 0, unitMonthsOverCeiling: report.units.map(\.overCeiling.count).reduce(0, +),
                    unlinked: unlinked,
                    reusedAcrossLevels: months.map(\.reusedAcrossLevels).reduce(0, +), repeats: months.map(\.repeats.count).reduce(0, +)))
        }
        return summaries
    }

    /// What a government asks of each unit in its latest year, and how many passed-down tasks no
    /// task of its own takes up.
    static func report(governmentID: Int, now: Date, on db: any Database) async throws -> (report: BurdenReport, unlinked: Int) {
        let government = try await GovernmentLevels.find(governmentID, on: db)
        let plans = try await PlanRecord.query(on: db).filter(\.$governmentID == governmentID)
            .filter(\.$status == PlanStatus.published.rawValue).all()
        let year = plans.map(\.year).max() ?? PlanCalendar.calendar.component(.year, from: now)
        let current = plans.filter { $0.year == year }
        let (demand, unlinked) = try await demand(governmentID: governmentID, year: year, published: current, on: db)
        let months = BurdenMeter.measure(asks: demand.asks, events: demand.events)
        let names = try await Handoffs.unitNames(Set(months.map(\.unitID)), on: db)
        let units = Dictionary(grouping: months, by: \.unitID).map { unitID, months in
            BurdenReport.UnitBurden(
                unitID: unitID, unit: unitID == 0 ? Strings.Levels.Burden.governmentOffice : names[unitID] ?? "",
                months: months.sorted { $0.month < $1.month }, peak: months.map(\.load).max() ?? 0,
                overCeiling: government.burdenCeiling.map { ceiling in months.filter { $0.load > ceiling }.map(\.month).sorted() } ?? [])
        }
        .sorted { ($0.peak, -$0.unitID) > ($1.peak, -$1.unitID) }
        let report = BurdenReport(governmentID: governmentID, government: government.name, year: year, ceiling: government.burdenCeiling, units: units)
        return (report, unlinked)
    }

    /// What the year's published plans ask (and what was passed down and nothing takes up), and
    /// the urgings and issued inspections units received; with the passed-down asks' count.
    static func demand(governmentID: Int, year: Int, published: [PlanRecord], on db: any Database) async throws -> (BurdenMeter.Demand, unlinked: Int) {
        let unlinked = try await passedDownAsks(governmentID: governmentID, year: year, on: db)
        let asks = try await ownAsks(plans: published, on: db) + unlinked
        let events = try await urgings(planIDs: Set(published.compactMap(\.id)), year: year, on: db) + (try await inspectionEvents(plans: published, on: db))
        return (BurdenMeter.Demand(asks: asks, events: events), unlinked.count)
    }

    /// Each unit holding a task (through a collective name too) is asked for a report in every
    /// period that starts before the task's deadline.
    static func ownAsks(plans: [PlanRecord], on db: any Database) async throws -> [BurdenMeter.Ask] {
        var asks: [BurdenMeter.Ask] = []
        for plan in plans {
            guard let planID = plan.id else { continue }
            let tasks = try await TaskRecord.query(on: db).filter(\.$planID == planID).all()
            // A draft has no stored periods yet: it is laid out as publishing will lay it out.
            let stored = try await PeriodRecord.query(on: db).filter(\.$planID == planID).all().map { (start: $0.startsAt, end: $0.endsAt) }
            let periods =
                stored.isEmpty
                ? Periods.all(year: plan.year, rules: try await PlanSettings.periodRules(of: plan, calendar: nil, on: db)).map {
                    (start: $0.start, end: $0.end)
                }
                : stored
            let taskIDs = Set(tasks.compactMap(\.id))
            let holders = try await CollectiveExpansion.holders(
                try await TaskUnitRecord.query(on: db).filter(\.$taskID ~~ taskIDs).all(), governmentID: plan.governmentID, on: db)
            let indicators = try await LevelLinking.indicatorsByTask(taskIDs, on: db)
            let answers = Dictionary(
                grouping: try await TaskLinkRecord.query(on: db).filter(\.$childTaskID ~~ taskIDs).filter(\.$status == LinkStatus.confirmed.rawValue).all(),
                by: \.childTaskID)
            for task in tasks {
                guard let taskID = task.id else { continue }
                let months = dueMonths(periods, until: Progress.deadline(task.deadline, planYear: plan.year))
                for holder in holders where holder.taskID == taskID {
                    asks.append(
                        BurdenMeter.Ask(
                            unitID: holder.unitID, taskID: taskID, role: ResponsibilityRole(rawValue: holder.role) ?? .coop, dueMonths: months,
                            indicators: indicators[taskID] ?? [], kind: TaskKind(rawValue: task.kind) ?? .qualitative,
                            answersParentTasks: answers[taskID]?.map(\.parentTaskID) ?? []))
                }
            }
        }
        return asks
    }

    /// A passed-down task no confirmed link takes up is a second report the government owes its
    /// parent, on the parent's schedule.
    static func passedDownAsks(governmentID: Int, year: Int, on db: any Database) async throws -> [BurdenMeter.Ask] {
        let passed = try await LevelLinking.passedDownTasks(to: governmentID, year: year, on: db)
        let linked = Set(
            try await TaskLinkRecord.query(on: db).filter(\.$childGovernmentID == governmentID)
                .filter(\.$status == LinkStatus.confirmed.rawValue).all().map(\.parentTaskID))
        let open = passed.filter { $0.id.map { !linked.contains($0) } ?? false }
        guard !open.isEmpty else { return [] }
        let indicators = try await LevelLinking.indicatorsByTask(Set(open.compactMap(\.id)), on: db)
        let periods = Dictionary(grouping: try await PeriodRecord.query(on: db).filter(\.$planID ~~ Set(open.map(\.planID))).all(), by: \.planID)
            .mapValues { $0.map { (start: $0.startsAt, end: $0.endsAt) } }
        return open.compactMap { task in
            task.id.map { id in
                BurdenMeter.Ask(
                    unitID: 0, taskID: id, role: .lead,
                    dueMonths: dueMonths(periods[task.planID] ?? [], until: Progress.deadline(task.deadline, planYear: year)),
                    indicators: indicators[id] ?? [], kind: TaskKind(rawValue: task.kind) ?? .qualitative)
            }
        }
    }

    /// The months whose period starts before the deadline, named by the month a period ends in.
    static func dueMonths(_ periods: [(start: Date, end: Date)], until deadline: Date) -> Set<Int> {
        Set(periods.filter { $0.start < deadline }.map { PlanCalendar.calendar.component(.month, from: $0.end.addingTimeInterval(-1)) })
    }

    static func urgings(planIDs: Set<Int>, year: Int, on db: any Database) async throws -> [BurdenMeter.Event] {
        guard !planIDs.isEmpty else { return [] }
        let urgings = try await UrgingRecord.query(on: db).join(TaskRecord.self, on: \UrgingRecord.$taskID == \TaskRecord.$id)
            .filter(TaskRecord.self, \.$planID ~~ planIDs).all()
        return urgings.compactMap { urging in
            let parts = PlanCalendar.calendar.dateComponents([.year, .month], from: urging.sentAt)
            guard parts.year == year, let month = parts.month else { return nil }
            return BurdenMeter.Event(unitID: urging.unitID, month: month, kind: .urging)
        }
    }

    /// The inspection lists the office issued, counted against their tasks' lead units in the
    /// month each was issued.
    static func inspectionEvents(plans: [PlanRecord], on db: any Database) async throws -> [BurdenMeter.Event] {
        let rounds = try await InspectionRoundRecord.query(on: db).filter(\.$planID ~~ Set(plans.compactMap(\.id))).all()
            .map { (taskIDs: JSONText.decode([Int].self, $0.taskIDs) ?? [], month: $0.month) }
        // One read of the lead units for every round.
        let leads = try await leadUnits(of: Set(rounds.flatMap(\.taskIDs)), on: db)
        return rounds.flatMap { round in
            round.taskIDs.flatMap { leads[$0, default: []] }.map { BurdenMeter.Event(unitID: $0, month: round.month, kind: .inspection) }
        }
    }

    /// Each inspected task's lead units receive an inspection in `month`.
    static func inspectionEvents(taskIDs: Set<Int>, month: Int, on db: any Database) async throws -> [BurdenMeter.Event] {
        try await leadUnits(of: taskIDs, on: db).values.flatMap { $0 }.map { BurdenMeter.Event(unitID: $0, month: month, kind: .inspection) }
    }

    /// Task id → its lead units.
    static func leadUnits(of taskIDs: Set<Int>, on db: any Database) async throws -> [Int: [Int]] {
        guard !taskIDs.isEmpty else { return [:] }
        let leads = try await TaskUnitRecord.query(on: db).filter(\.$taskID ~~ taskIDs).filter(\.$role == ResponsibilityRole.lead.rawValue).all()
        return Dictionary(grouping: leads, by: \.taskID).mapValues { $0.map(\.unitID) }
    }
}
