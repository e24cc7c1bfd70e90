import DubanCore
import DubanStrings
import FluentKit
import Foundation

/// 填报表 out: a period's sheet for one unit (the unit itself, or the office for it) or for every
/// unit (the office), each row a task the unit holds, with its light and what it already reported.
public enum ProgressSheets {
    public static func sheet(
        planID: Int, periodNumber: Int?, unitID asked: Int?, actor: Actor, in context: StoreContext
    ) async throws -> ProgressSheet {
        let db = context.db
        // A unit asking for "the" sheet means its own.
        let unitID = asked ?? (actor.role == .unit ? actor.unitID : nil)
        guard let plan = try await PlanRecord.find(planID, on: db) else { throw StoreError.notFound(Strings.Store.planNotFound) }
        let published = plan.status == PlanStatus.published.rawValue
        try authorize(actor, unitID: unitID, governmentID: plan.governmentID, published: published)
        guard published else { throw StoreError.conflict(Strings.Store.planNotPublished) }
        let period = try await Reports.period(for: periodNumber, planID: planID, in: context)
        let periodID = try period.requireID()
        let identity = ProgressSheet.Identity(governmentID: plan.governmentID, planID: planID, periodNumber: period.number, unitID: unitID)
        let seal = try await SheetSealKey.seal(on: db)

        let board = try await TaskBoard.rows(planID: planID, now: context.now, on: db).filter { $0.status == TaskStatus.open.rawValue }
        let holders = try await self.holders(taskIDs: board.map(\.id), governmentID: plan.governmentID, on: db)
        let wanted = holders.filter { unitID == nil || $0.unitID == unitID }
        let units = Dictionary(
            uniqueKeysWithValues: try await UnitRecord.query(on: db).filter(\.$id ~~ Set(wanted.map(\.unitID) + [unitID].compactMap { $0 })).all()
                .compactMap { unit in unit.id.map { ($0, unit.name) } })
        if let unitID, units[unitID] == nil { throw StoreError.notFound(Strings.Store.unitNotFound) }
        let indicators = Dictionary(
            grouping: try await IndicatorRecord.query(on: db).filter(\.$taskID ~~ Set(board.map(\.id))).sort(\.$position).all(), by: \.taskID)
        let filled = try await latest(periodID: periodID, taskIDs: Set(wanted.map(\.taskID)), on: db)

        var rows: [ProgressSheet.Row] = []
        let byTask = Dictionary(grouping: wanted, by: \.taskID)
        for task in board {
            for holder in (byTask[task.id] ?? []).sorted(by: { ($0.role, units[$0.unitID] ?? "") < ($1.role, units[$1.unitID] ?? "") }) {
                rows.append(
                    ProgressSheet.Row(
                        taskID: task.id, unitID: holder.unitID, unitName: units[holder.unitID] ?? "",
                        role: ResponsibilityRole(rawValue: holder.role) ?? .lead, label: task.label, text: task.text, light: task.light.word,
                        indicators: (indicators[task.id] ?? []).compactMap { record in
                            record.id.map { ProgressSheet.Indicator(id: $0, caption: caption(record)) }
                        },
                        filled: filled["\(task.id)-\(holder.unitID)"] ?? ProgressSheet.Filled(),
                        key: seal.rowKey(taskID: task.id, unitID: holder.unitID, identity: identity)))
            }
        }
        return ProgressSheet(
            identity: identity, identityLine: seal.identityLine(identity),
            title: Strings.Sheets.title(plan: plan.title, period: period.label, unit: unitID.flatMap { units[$0] }), rows: rows)
    }

    /// A unit handles its own sheet; the office any unit's, or all of them.
    static func authorize(_ actor: Actor, unitID: Int?, governmentID: Int, published: Bool) throws {
        let subject = Subject.government(governmentID, published: published)
        if actor.role == .unit {
            try Guard.require(actor, .readPlan, subject)
            guard let own = actor.unitID else { throw StoreError.forbidden(Strings.Supervision.Denial.noUnit) }
            guard let unitID else { throw StoreError.forbidden(Strings.Sheets.allUnitsSheetForUnit) }
            guard unitID == own else { throw StoreError.forbidden(Strings.Sheets.ownUnitOnly) }
        } else {
            try Guard.require(actor, .enterSheetReports, subject)
        }
    }

    /// Every unit holding each task, collectives (各街道) by their members.
    static func holders(taskIDs: [Int], governmentID: Int, on db: any Database) async throws -> [CollectiveExpansion.Holder] {
        guard !taskIDs.isEmpty else { return [] }
        let links = try await TaskUnitRecord.query(on: db).filter(\.$taskID ~~ Set(taskIDs)).all()
        // One row per task and unit: a unit reached twice (named and through 各街道, or through two
        // collectives) reports once, as lead if either way makes it lead.
        var byKey: [String: CollectiveExpansion.Holder] = [:]
        for holder in try await CollectiveExpansion.holders(links, governmentID: governmentID, on: db) {
            let key = "\(holder.taskID)-\(holder.unitID)"
            if byKey[key] == nil || holder.role == ResponsibilityRole.lead.rawValue { byKey[key] = holder }
        }
        return byKey.values.sorted { ($0.taskID, $0.unitID) < ($1.taskID, $1.unitID) }
    }

    /// Each (task, unit)'s latest version this period, keyed `task-unit`.
    static func latest(periodID: Int, taskIDs: Set<Int>, on db: any Database) async throws -> [String: ProgressSheet.Filled] {
        try await latestVersions(periodID: periodID, taskIDs: taskIDs, on: db).mapValues(\.filled)
    }

    /// Each (task, unit)'s latest version this period, with what it says as a sheet row holds it.
    static func latestVersions(
        periodID: Int, taskIDs: Set<Int>, on db: any Database
    ) async throws -> [String: (record: ReportRecord, filled: ProgressSheet.Filled)] {
        guard !taskIDs.isEmpty else { return [:] }
        let reports = try await ReportRecord.query(on: db).filter(\.$periodID == periodID).filter(\.$taskID ~~ taskIDs)
            .sort(\.$version).all()
        var newest: [String: ReportRecord] = [:]
        for report in reports { newest["\(report.taskID)-\(report.unitID)"] = report }
        let values = Dictionary(
            grouping: try await ReportValueRecord.query(on: db).filter(\.$reportID ~~ Set(newest.values.compactMap(\.id))).all(), by: \.reportID)
        return newest.mapValues { report in
            let filled = ProgressSheet.Filled(
                narrative: report.narrative,
                values: Dictionary((values[report.id ?? 0] ?? []).map { ($0.indicatorID, $0.value) }, uniquingKeysWith: { _, last in last }),
                percentComplete: report.percentComplete, problems: report.problems, nextSteps: report.nextSteps)
            return (report, filled)
        }
    }

    /// `地区生产总值（目标 ≥5%）`: what the cell measures and what the plan asks.
    static func caption(_ record: IndicatorRecord) -> String {
        Strings.Sheets.indicatorCaption(
            metric: record.metric, comparator: record.comparator, target: Strings.Supervision.quantity(record.value, record.unit))
    }
}

/// What the sheet page offers: the plan's periods (the one just ended chosen), and for the office
/// the units that hold its tasks.
public struct SheetOptions: Sendable, Codable, Equatable {
    public struct Choice: Sendable, Codable, Equatable {
        public var value: Int
        public var label: String
    }

    public var planID: Int
    public var planTitle: String
    public var periods: [Choice]
    public var currentPeriod: Int
    /// Empty for a unit, which downloads only its own sheet.
    public var units: [Choice]
    public var ownUnit: Choice?
}

extension ProgressSheets {
    public static func options(planID: Int, actor: Actor, in context: StoreContext) async throws -> SheetOptions {
        let db = context.db
        guard let plan = try await PlanRecord.find(planID, on: db) else { throw StoreError.notFound(Strings.Store.planNotFound) }
        let published = plan.status == PlanStatus.published.rawValue
        try authorize(actor, unitID: actor.role == .unit ? actor.unitID : nil, governmentID: plan.governmentID, published: published)
        guard published else { throw StoreError.conflict(Strings.Store.planNotPublished) }
        let periods = try await PeriodRecord.query(on: db).filter(\.$planID == planID).sort(\.$number).all()
        let current = try await Reports.period(for: nil, planID: planID, in: context)
        var units: [SheetOptions.Choice] = []
        var own: SheetOptions.Choice?
        if actor.role == .unit, let unitID = actor.unitID {
            own = try await UnitRecord.find(unitID, on: db).map { SheetOptions.Choice(value: unitID, label: $0.name) }
        } else {
            let tasks = try await TaskRecord.query(on: db).filter(\.$planID == planID).filter(\.$status == TaskStatus.open.rawValue).all()
            let holding = Set(try await holders(taskIDs: tasks.compactMap(\.id), governmentID: plan.governmentID, on: db).map(\.unitID))
            units = try await UnitRecord.query(on: db).filter(\.$id ~~ holding).sort(\.$name).all().compactMap { unit in
                unit.id.map { SheetOptions.Choice(value: $0, label: unit.name) }
            }
        }
        return SheetOptions(
            planID: planID, planTitle: plan.title, periods: periods.map { SheetOptions.Choice(value: $0.number, label: $0.label) },
            currentPeriod: current.number, units: units, ownUnit: own)
    }
}
