import DubanCore
import DubanStrings
import FluentKit
import Foundation

/// The evidence behind lead-unit proposals for a new draft: its own rows that print their unit,
/// and the published plans already here (this government's earlier years, its neighbours'), whose
/// responsibility an office confirmed before publishing.
enum LeadUnitEvidence {
    /// Enough years and neighbours to know who does what, without reading a province.
    static let plansRead = 12

    static func proposer(for plan: Plan, governmentID: Int, on db: any Database) async throws -> LeadUnitProposer {
        let printed = { (task: PlanTask) in !task.leadUnits.isEmpty && !task.inherited.contains(.leadUnits) }
        var evidence = plan.tasks.filter(printed).map {
            LeadUnitProposer.Evidence(text: $0.text, unit: $0.leadUnits[0], source: Strings.Confirm.thisPlan)
        }
        let plans = try await PlanRecord.query(on: db).filter(\.$status == PlanStatus.published.rawValue).sort(\.$id, .descending).limit(plansRead).all()
        let governments = Dictionary(
            uniqueKeysWithValues: try await GovernmentRecord.query(on: db)
                .filter(\.$id ~~ Set(plans.map(\.governmentID))).all().compactMap { g in g.id.map { ($0, g.name) } })
        let source = Dictionary(
            uniqueKeysWithValues: plans.compactMap { p in
                p.id.map { ($0, Strings.Confirm.otherPlan(government: governments[p.governmentID] ?? "", year: p.year)) }
            })
        let tasks = try await TaskRecord.query(on: db).filter(\.$planID ~~ Set(source.keys)).all()
        let leads = try await TaskUnitRecord.query(on: db).filter(\.$taskID ~~ Set(tasks.compactMap(\.id)))
            .filter(\.$role == ResponsibilityRole.lead.rawValue).filter(\.$position == 0).all()
        let unitNames = Dictionary(
            uniqueKeysWithValues: try await UnitRecord.query(on: db).filter(\.$id ~~ Set(leads.map(\.unitID))).all()
                .compactMap { u in u.id.map { ($0, u.name) } })
        let leadOf = Dictionary(leads.map { ($0.taskID, $0.unitID) }, uniquingKeysWith: { first, _ in first })
        for task in tasks {
            guard let id = task.id, let unit = leadOf[id].flatMap({ unitNames[$0] }), let from = source[task.planID] else { continue }
            evidence.append(LeadUnitProposer.Evidence(text: task.text, unit: unit, source: from))
        }
        let directory = try await UnitRecord.query(on: db).filter(\.$governmentID == governmentID).all().map(\.name)
        let candidates = Array(Set(directory + plan.tasks.flatMap { $0.leadUnits + $0.coopUnits }))
        return LeadUnitProposer(evidence: evidence, candidates: candidates)
    }
}
