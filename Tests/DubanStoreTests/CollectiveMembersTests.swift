import DubanCore
import DubanStore
import FluentKit
import Foundation
import Testing

/// The office says who `相关街道` is, or narrows `各街道`; lists, urgings and reminders follow.
@Suite struct CollectiveMembersTests {
    static let day = PlanCalendar.date(2022, 9, 15)

    func list(_ unitID: Int, _ ctx: StoreContext) async throws -> Set<Int> {
        Set(try await TaskBoard.rows(unitID: unitID, now: Self.day, on: ctx.db).map(\.id))
    }

    func tasks(naming unitID: Int, _ ctx: StoreContext) async throws -> Set<Int> {
        Set(try await TaskUnitRecord.query(on: ctx.db).filter(\.$unitID == unitID).all().map(\.taskID))
    }

    @Test(arguments: StoreHarness.backends)
    func theOfficeNamesWhoAVagueCollectiveStandsFor(backend: DatabaseBackend) async throws {
        try await StoreHarness.withStore(backend) { ctx in
            let world = try await World.build(ctx)
            let vague = try await world.unit("相关街道", ctx)
            let beigang = try await world.unit("北港街道", ctx)
            let xinzha = try await world.unit("新闸街道", ctx)
            let wuxing = try await world.unit("五星街道", ctx)
            let held = try await tasks(naming: vague, ctx)
            let onlyThroughIt = held.subtracting(try await tasks(naming: beigang, ctx))
            #expect(!onlyThroughIt.isEmpty, "the sample prints 相关街道 on a task that does not name 北港街道")

            // Nobody is behind 相关街道 yet: the tasks reach no 街道, and an urging has no one to go to.
            var membership = try await CollectiveMembers.membership(of: vague, actor: world.supervisor, on: ctx.db)
            #expect(membership.source == "unnamed" && membership.members.isEmpty)
            #expect(try await list(beigang, ctx).isDisjoint(with: onlyThroughIt))
            let task = onlyThroughIt.min()!
            let urgingsBefore = try await UrgingRecord.query(on: ctx.db).count()
            await #expect(throws: StoreError.self) {
                try await Urgings.urge(taskID: task, unitID: vague, message: "请报送", replyBy: nil, actor: world.supervisor, in: ctx)
            }
            #expect(try await UrgingRecord.query(on: ctx.db).count() == urgingsBefore)

            // The office names two 街道: they hold the tasks, a third does not.
            try await CollectiveMembers.name(collectiveID: vague, memberIDs: [beigang, xinzha, beigang], actor: world.supervisor, in: ctx)
            membership = try await CollectiveMembers.membership(of: vague, actor: world.supervisor, on: ctx.db)
            #expect(membership.source == "office")
            #expect(Set(membership.members.map(\.name)) == ["北港街道", "新闸街道"])
            #expect(onlyThroughIt.isSubset(of: try await list(beigang, ctx)))
            #expect(
                try await list(wuxing, ctx).isDisjoint(
                    with: held.subtracting(try await tasks(naming: wuxing, ctx))
                        .subtracting(try await tasks(naming: try await world.unit("各街道", ctx), ctx))))
            let audit = try await AuditRecord.query(on: ctx.db).filter(\.$action == "directory.unit.members").all()
            #expect(audit.count == 1 && audit.first?.after == "北港街道、新闸街道" && audit.first?.before == "")

            // Refused, and nothing changes: a single unit is no collective, an unknown member, a
            // collective inside a collective, and a liaison keeping the directory.
            let liaison = try await world.liaison(of: "北港街道", ctx)
            for (collective, members, actor) in [
                (beigang, [xinzha], world.supervisor), (vague, [999_999], world.supervisor),
                (vague, [try await world.unit("各街道", ctx)], world.supervisor), (vague, [wuxing], liaison),
            ] {
                await #expect(throws: StoreError.self) {
                    try await CollectiveMembers.name(collectiveID: collective, memberIDs: members, actor: actor, in: ctx)
                }
            }
            #expect(Set(try await CollectiveMembers.membership(of: vague, actor: world.supervisor, on: ctx.db).members.map(\.id)) == [beigang, xinzha])
        }
    }

    @Test(arguments: StoreHarness.backends)
    func theOfficeNarrows各街道AndCanHandItBackToTheRule(backend: DatabaseBackend) async throws {
        try await StoreHarness.withStore(backend) { ctx in
            let world = try await World.build(ctx)
            let streets = try await world.unit("各街道", ctx)
            let beigang = try await world.unit("北港街道", ctx)
            let wuxing = try await world.unit("五星街道", ctx)
            let throughStreets = try await tasks(naming: streets, ctx).subtracting(try await tasks(naming: wuxing, ctx))
            #expect(throughStreets.isSubset(of: try await list(wuxing, ctx)))

            try await CollectiveMembers.name(collectiveID: streets, memberIDs: [beigang], actor: world.supervisor, in: ctx)
            #expect(try await list(wuxing, ctx).isDisjoint(with: throughStreets))
            #expect(throughStreets.isSubset(of: try await list(beigang, ctx)))
            #expect(!(try await CollectiveExpansion.collectives(including: wuxing, on: ctx.db)).contains(streets))

            try await CollectiveMembers.name(collectiveID: streets, memberIDs: [], actor: world.supervisor, in: ctx)
            #expect(try await CollectiveMembers.membership(of: streets, actor: world.supervisor, on: ctx.db).source == "rule")
            #expect(throughStreets.isSubset(of: try await list(wuxing, ctx)))
        }
    }

    @Test(arguments: StoreHarness.backends)
    func urging各街道UrgesEachStreetWhichAnswersForItself(backend: DatabaseBackend) async throws {
        try await StoreHarness.withStore(backend) { ctx in
            let world = try await World.build(ctx)
            let streets = try await world.unit("各街道", ctx)
            let five = try await world.task("(5)", ctx).requireID()
            let members = try await CollectiveMembers.membership(of: streets, actor: world.supervisor, on: ctx.db).members.map(\.id)
            #expect(members.count >= 5)
            let beigang = try await world.liaison(of: "北港街道", ctx)
            let xinzha = try await world.liaison(of: "新闸街道", ctx)

            try await Urgings.urge(taskID: five, unitID: streets, message: "请各街道报送8月进展", replyBy: nil, actor: world.supervisor, in: ctx)
            let urgings = try await UrgingRecord.query(on: ctx.db).filter(\.$taskID == five).all()
            #expect(urgings.map(\.unitID).sorted() == members.sorted(), "one urging per 街道, none to the name itself")
            for liaison in [beigang, xinzha] {
                let told = try await NotificationRecord.query(on: ctx.db).filter(\.$accountID == liaison.accountID)
                    .filter(\.$kind == "urging").count()
                #expect(told == 1)
            }
            let own = urgings.first { $0.unitID == beigang.unitID }!
            let other = urgings.first { $0.unitID == xinzha.unitID }!
            try await Urgings.answer(urgingID: try own.requireID(), answer: "已报送", actor: beigang, in: ctx)
            await #expect(throws: StoreError.self) {
                try await Urgings.answer(urgingID: try other.requireID(), answer: "代答", actor: beigang, in: ctx)
            }
            #expect(try await UrgingRecord.query(on: ctx.db).filter(\.$taskID == five).filter(\.$answeredAt != nil).count() == 1)
        }
    }
}
