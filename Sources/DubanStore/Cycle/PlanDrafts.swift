import DubanCore
import DubanStrings
import FluentKit
import Foundation

/// An imported document becomes a draft plan: tasks, indicators and responsibility stored,
/// names matched to the government's directory, new names proposed for a person to confirm.
public enum PlanDrafts {
    public struct ImportResult: Sendable {
        public var planID: Int
        public var proposedUnits: [String]
        public var proposedLeaders: [String]
    }

    /// What the import wizard shows about a draft: the importer's doubts and the linter's findings.
    public struct ImportReport: Codable, Sendable {
        public var warnings: [String]
        public var findings: [String]

        public static func decode(_ text: String) -> ImportReport {
            JSONText.decode(ImportReport.self, text) ?? ImportReport(warnings: JSONText.strings(text), findings: [])
        }
    }

    public static func create(
        _ plan: Plan, source: Data?, sourceName: String, governmentID: Int, actor: Actor,
        findings: [String] = [], rules: PeriodRules = .standard,
        in context: StoreContext
    ) async throws -> ImportResult {
        try Guard.require(actor, .importPlan, .government(governmentID))
        return try await context.write { ctx in
            let db = ctx.db
            guard let year = plan.year else { throw StoreError.invalid(Strings.Store.planNeedsYear) }
            let record = PlanRecord()
            record.governmentID = governmentID
            record.year = year
            record.title = plan.attachments.first(where: { !$0.title.isEmpty })?.title ?? Strings.Store.defaultPlanTitle(year)
            record.status = PlanStatus.draft.rawValue
            record.sourceName = sourceName
            record.sourceFormat = plan.format.rawValue
            record.importReport = JSONText.encode(ImportReport(warnings: plan.warnings.map(\.sentence), findings: findings))
            record.periodRules = JSONText.encode(rules)
            record.createdBy = actor.accountID
            try await record.create(on: db)
            let planID = try record.requireID()
            if let source {
                try await PlanSourceRecord.query(on: db).filter(\.$id == planID).set(\.$data, to: source).update()
            }
            for attachment in plan.attachments {
                try await AttachmentRecord(planID: planID, number: attachment.number, title: attachment.title).create(on: db)
            }
            let proposer = try await LeadUnitEvidence.proposer(for: plan, governmentID: governmentID, on: db)
            let printedNames = Set(plan.tasks.flatMap { $0.leadUnits + $0.coopUnits })
            var directory = try await DirectoryCache.load(governmentID: governmentID, on: db)
            var groups: [String: Int] = [:]
            for (position, task) in plan.tasks.enumerated() {
                let groupID = try await group(for: task, planID: planID, cache: &groups, on: db)
                let row = TaskRecord()
                row.planID = planID
                row.governmentID = governmentID
                row.position = position
                row.attachment = task.attachment
                row.groupID = groupID
                row.path = JSONText.encode(task.path)
                row.label = task.label
                row.text = task.text
                row.kind = (task.kind ?? .qualitative).rawValue
                row.deadline = task.deadline
                row.status = TaskStatus.open.rawValue
                row.version = 1
                // The importer's guesses, then what only a person can answer: confirmed before publishing.
                var doubts = ResponsibilityReview.doubts(task, names: printedNames)
                // A proposal is written beside the row for the office, never into it.
                if ResponsibilityReview.leadIsUnsure(task), let proposal = proposer.propose(for: task.text, current: task.leadUnits) {
                    doubts.append(
                        Strings.Confirm.proposedLead(
                            proposal.unit, example: proposal.example, exampleUnit: proposal.exampleUnit,
                            source: proposal.source))
                }
                row.warnings = JSONText.encode(task.warnings.map(\.sentence) + doubts)
                row.source = task.location.description
                try await row.create(on: db)
                let taskID = try row.requireID()
                for (index, indicator) in task.indicators.enumerated() {
                    try await IndicatorRecord.make(taskID: taskID, position: index, indicator).create(on: db)
                }
                for (index, name) in task.leadUnits.enumerated() {
                    let unitID = try await directory.unit(named: name, on: db)
                    try await TaskUnitRecord(taskID: taskID, unitID: unitID, role: ResponsibilityRole.lead.rawValue, position: index).create(on: db)
                }
                for (index, name) in task.coopUnits.enumerated() {
                    let unitID = try await directory.unit(named: name, on: db)
                    try await TaskUnitRecord(taskID: taskID, unitID: unitID, role: ResponsibilityRole.coop.rawValue, position: index).create(on: db)
                }
                for (index, name) in task.leaders.enumerated() {
                    let leaderID = try await directory.leader(named: name, on: db)
                    try await TaskLeaderRecord(taskID: taskID, leaderID: leaderID, position: index).create(on: db)
                }
            }
            try await ctx.audit(
                actor, "plan.import", "plan", planID, governmentID: governmentID,
                after: JSONText.encode(["source": sourceName, "tasks": String(plan.tasks.count)]))
            return ImportResult(planID: planID, proposedUnits: directory.proposedUnits, proposedLeaders: directory.proposedLeaders)
        }
    }

    /// Groups mirror the printed path: one record per distinct prefix, deepest one on the task.
    private static func group(for task: PlanTask, planID: Int, cache: inout [String: Int], on db: any Database) async throws -> Int? {
        var parent: Int?
        for depth in task.path.indices {
            let key = "\(task.attachment)|" + task.path[...depth].joined(separator: "\u{1F}")
            if let id = cache[key] {
                parent = id
                continue
            }
            let group = GroupRecord()
            group.planID = planID
            group.attachment = task.attachment
            group.parentID = parent
            group.title = task.path[depth]
            group.depth = depth
            group.position = cache.count
            try await group.create(on: db)
            let id = try group.requireID()
            cache[key] = id
            parent = id
        }
        return parent
    }
}

extension IndicatorRecord {
    public static func make(taskID: Int, position: Int, _ indicator: Indicator) -> IndicatorRecord {
        let record = IndicatorRecord()
        record.taskID = taskID
        record.position = position
        record.metric = indicator.metric
        record.value = indicator.value
        record.unit = indicator.unit
        record.comparator = indicator.comparator.rawValue
        record.tier = indicator.tier?.rawValue
        record.change = indicator.change?.rawValue
        return record
    }

    public var indicator: Indicator {
        Indicator(
            metric: metric, value: value, unit: unit, comparator: Indicator.Comparator(rawValue: comparator) ?? .equal,
            tier: tier.flatMap(Indicator.Tier.init(rawValue:)), change: change.flatMap(Indicator.Change.init(rawValue:)))
    }
}
