import DubanCore
import DubanStrings
import FluentKit
import Foundation

/// 下发: the office sends this quarter's inspection list out. The lead units of its tasks are
/// told, and from then on the burden meter counts the inspection in the month it was sent.
public enum InspectionRounds {
    public struct Round: Sendable, Codable, Equatable {
        public var id: Int
        public var planID: Int
        public var year: Int
        public var quarter: Int
        public var month: Int
        public var taskIDs: [Int]
        public var issuedAt: Date
    }

    /// Issues the list as it stands now. Refused when it is empty, already issued this quarter,
    /// or would push a unit over the burden ceiling and the office has not said it knows.
    @discardableResult
    public static func issue(planID: Int, actor: Actor, acceptOverCeiling: Bool = false, in context: StoreContext) async throws -> Round {
        guard let plan = try await PlanRecord.find(planID, on: context.db) else { throw StoreError.notFound(Strings.Store.planNotFound) }
        try Guard.require(actor, .publishBulletin, .government(plan.governmentID, published: plan.status == PlanStatus.published.rawValue))
        guard plan.status == PlanStatus.published.rawValue else { throw StoreError.conflict(Strings.Store.planNotPublished) }
        let (_, list) = try await Inspections.list(planID: planID, now: context.now, on: context.db)
        let taskIDs = list.items.map(\.taskID)
        guard !taskIDs.isEmpty else { throw StoreError.conflict(Strings.Products.Inspection.nothingToIssue) }
        let month = PlanCalendar.calendar.component(.month, from: context.now)
        if let known = try await current(planID: planID, year: list.year, quarter: list.quarter, on: context.db) {
            throw StoreError.conflict(Strings.Products.Inspection.alreadyIssued(Self.day(known.issuedAt)))
        }
        if !acceptOverCeiling {
            let over = try await BurdenFacts.ceilingCheck(.inspection(planID: planID, taskIDs: Set(taskIDs), month: month), actor: actor, on: context.db)
            if !over.isEmpty { throw StoreError.conflict(Strings.Products.Inspection.overCeiling(over)) }
        }
        return try await context.write { ctx in
            // Checked again inside the write: two offices' clicks issue one list.
            if let known = try await current(planID: planID, year: list.year, quarter: list.quarter, on: ctx.db) {
                throw StoreError.conflict(Strings.Products.Inspection.alreadyIssued(Self.day(known.issuedAt)))
            }
            let record = InspectionRoundRecord()
            (record.planID, record.year, record.quarter, record.month) = (planID, list.year, list.quarter, month)
            record.taskIDs = JSONText.encode(taskIDs)
            record.issuedBy = actor.accountID
            record.issuedAt = ctx.now
            try await record.create(on: ctx.db)
            let leads = try await TaskUnitRecord.query(on: ctx.db).filter(\.$taskID ~~ Set(taskIDs))
                .filter(\.$role == ResponsibilityRole.lead.rawValue).all()
            for (unitID, held) in Dictionary(grouping: leads, by: \.unitID) {
                let labels = list.items.filter { item in held.contains { $0.taskID == item.taskID } }.map(\.label)
                try await Notifications.notifyUnits(
                    [unitID], kind: "inspection.issued", title: Strings.Products.Inspection.notifyTitle(year: list.year, quarter: list.quarter),
                    body: Strings.Products.Inspection.notifyBody(labels), taskID: nil, on: ctx.db)
            }
            try await ctx.audit(actor, "inspection.issue", "plan", planID, governmentID: plan.governmentID, after: record.taskIDs)
            return try Round(record)
        }
    }

    public static func current(planID: Int, year: Int, quarter: Int, on db: any Database) async throws -> Round? {
        try await InspectionRoundRecord.query(on: db).filter(\.$planID == planID).filter(\.$year == year).filter(\.$quarter == quarter)
            .first().map(Round.init)
    }

    static func day(_ date: Date) -> String { CalendarDay(date).description }
}

extension InspectionRounds.Round {
    init(_ record: InspectionRoundRecord) throws {
        self.init(
            id: try record.requireID(), planID: record.planID, year: record.year, quarter: record.quarter, month: record.month,
            taskIDs: JSONText.decode([Int].self, record.taskIDs) ?? [], issuedAt: record.issuedAt)
    }
}
