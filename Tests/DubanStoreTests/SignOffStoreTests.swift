import DubanCore
import DubanStore
import DubanStrings
import FluentKit
import Foundation
import Testing

/// 审签 on every configured database: where the government asks for it, a liaison's report waits
/// for the unit leader, nothing counts it until signed, and only that unit's leader may sign.
@Suite struct SignOffStoreTests {
    struct Setting {
        var world: World
        var row: TaskRow
        var liaison: Actor
        var signer: Actor
    }

    /// 审签 on, a task with a lead unit, that unit's liaison and its leader's account.
    static func setUp(_ ctx: StoreContext, signOff: Bool = true) async throws -> Setting {
        let world = try await World.build(ctx)
        if signOff { try await SignOffs.setRequired(true, governmentID: world.governmentID, actor: world.supervisor, in: ctx) }
        let rows = try await TaskBoard.rows(planID: world.planID, now: ctx.now, on: ctx.db)
        let row = try #require(rows.first { $0.leadUnits.count == 1 && !$0.leadUnits[0].name.hasPrefix("各") && $0.coopUnits.isEmpty })
        let unit = row.leadUnits[0].name
        let liaison = try await world.liaison(of: unit, ctx)
        let signer = try await signerAccount(of: unit, world, ctx)
        return Setting(world: world, row: row, liaison: liaison, signer: signer)
    }

    static func signerAccount(of unit: String, _ world: World, _ ctx: StoreContext) async throws -> Actor {
        let leader = try await world.liaison(of: unit, ctx)
        try await AccountAdmin.setSigner(accountID: leader.accountID, signer: true, by: world.supervisor, in: ctx)
        return try #require(try await AccountRecord.find(leader.accountID, on: ctx.db)).actor
    }

    static func submission(_ taskID: Int, evidence: [Evidence.Upload] = []) -> Reports.Submission {
        .init(taskID: taskID, narrative: "已完成年度目标的六成", problems: "资金未到位", nextSteps: "争取专项债", evidence: evidence)
    }

    static func reports(_ taskID: Int, _ ctx: StoreContext) async throws -> [ReportRecord] {
        try await ReportRecord.query(on: ctx.db).filter(\.$taskID == taskID).all()
    }

    @Test(arguments: StoreHarness.backends)
    func aLiaisonsReportWaitsForItsLeaderAndReachesTheOfficeSigned(backend: DatabaseBackend) async throws {
        try await StoreHarness.withStore(backend) { ctx in
            let s = try await Self.setUp(ctx)
            let before = try await TaskBoard.rows(taskIDs: [s.row.id], now: ctx.now, on: ctx.db)
            let file = Evidence.Upload(filename: "现场照片.pdf", contentType: "application/pdf", data: Data("%PDF-1.4\n%%EOF\n".utf8))
            guard case .heldForSignOff(let draft) = try await Reports.file(Self.submission(s.row.id, evidence: [file]), actor: s.liaison, in: ctx) else {
                Issue.record("the liaison's report went straight to the office")
                return
            }
            // Nothing the office reads has changed: no report, the same light, an empty review queue.
            #expect(try await Self.reports(s.row.id, ctx).isEmpty)
            #expect(try await TaskBoard.rows(taskIDs: [s.row.id], now: ctx.now, on: ctx.db).map(\.light) == before.map(\.light))
            #expect(try await Dashboard.reviewQueue(governmentID: s.world.governmentID, on: ctx.db).isEmpty)
            // The leader sees it waiting, with the file, and was told.
            let waiting = try await SignOffs.waiting(for: s.signer, on: ctx.db)
            #expect(waiting.map(\.id) == [try draft.requireID()] && waiting[0].files == ["现场照片.pdf"] && waiting[0].status == .pending)
            #expect(try await NotificationRecord.query(on: ctx.db).filter(\.$accountID == s.signer.accountID).count() == 1)

            let (_, reportID) = try await SignOffs.decide(draftID: try draft.requireID(), sign: true, note: "", actor: s.signer, in: ctx)
            let report = try #require(try await ReportRecord.find(try #require(reportID), on: ctx.db))
            // In the liaison's name, marked with who signed, waiting for the office's review.
            #expect(report.accountID == s.liaison.accountID && report.signedBy == s.signer.accountID)
            #expect(report.status == ReportStatus.submitted.rawValue && report.narrative == "已完成年度目标的六成")
            #expect(try await EvidenceRecord.query(on: ctx.db).filter(\.$reportID == report.requireID()).all().map(\.filename) == ["现场照片.pdf"])
            #expect(try await Dashboard.reviewQueue(governmentID: s.world.governmentID, on: ctx.db).map(\.reportID) == [try report.requireID()])
            #expect(try await SignOffs.waiting(for: s.signer, on: ctx.db).isEmpty)
            let actions = try await AuditRecord.query(on: ctx.db).sort(\.$sequence).all().map(\.action)
            #expect(actions.suffix(2) == ["report.hold", "report.sign_off"])
            // Signed once: a second decision is refused.
            await #expect(throws: StoreError.conflict(Strings.SignOff.alreadyDecided)) {
                try await SignOffs.decide(draftID: try draft.requireID(), sign: true, note: "", actor: s.signer, in: ctx)
            }
        }
    }

    @Test(arguments: StoreHarness.backends)
    func theLeaderReturnsItWithANoteAndTheLiaisonSeesWhy(backend: DatabaseBackend) async throws {
        try await StoreHarness.withStore(backend) { ctx in
            let s = try await Self.setUp(ctx)
            guard case .heldForSignOff(let first) = try await Reports.file(Self.submission(s.row.id), actor: s.liaison, in: ctx) else {
                Issue.record("not held")
                return
            }
            let id = try first.requireID()
            await #expect(throws: StoreError.invalid(Strings.SignOff.noteRequired)) {
                try await SignOffs.decide(draftID: id, sign: false, note: "  ", actor: s.signer, in: ctx)
            }
            try await SignOffs.decide(draftID: id, sign: false, note: "数据与统计局口径不一致，请核实", actor: s.signer, in: ctx)
            #expect(try await Self.reports(s.row.id, ctx).isEmpty)
            let seen = try await SignOffs.forTask(s.row.id, actor: s.liaison, on: ctx.db)
            #expect(seen.count == 1 && seen[0].status == .returned && seen[0].note == "数据与统计局口径不一致，请核实")
            // The liaison's next draft replaces nothing signed; a draft still waiting is replaced.
            guard case .heldForSignOff = try await Reports.file(Self.submission(s.row.id), actor: s.liaison, in: ctx),
                case .heldForSignOff = try await Reports.file(Self.submission(s.row.id), actor: s.liaison, in: ctx)
            else {
                Issue.record("not held")
                return
            }
            let statuses = try await SignOffs.forTask(s.row.id, actor: s.liaison, on: ctx.db).map(\.status)
            #expect(statuses == [.pending, .superseded, .returned])
            #expect(try await SignOffs.waiting(for: s.signer, on: ctx.db).count == 1)
        }
    }

    @Test(arguments: StoreHarness.backends)
    func onlyTheUnitsOwnLeaderMaySign(backend: DatabaseBackend) async throws {
        try await StoreHarness.withStore(backend) { ctx in
            let s = try await Self.setUp(ctx)
            guard case .heldForSignOff(let draft) = try await Reports.file(Self.submission(s.row.id), actor: s.liaison, in: ctx) else {
                Issue.record("not held")
                return
            }
            let id = try draft.requireID()
            let rows = try await TaskBoard.rows(planID: s.world.planID, now: ctx.now, on: ctx.db)
            let otherUnit = try #require(rows.flatMap(\.leadUnits).first { $0.id != s.row.leadUnits[0].id && !$0.name.hasPrefix("各") })
            let otherLeader = try await Self.signerAccount(of: otherUnit.name, s.world, ctx)
            typealias Denial = Strings.Supervision.Denial
            await #expect(throws: StoreError.forbidden(Denial.otherUnit)) {
                try await SignOffs.decide(draftID: id, sign: true, note: "", actor: otherLeader, in: ctx)
            }
            await #expect(throws: StoreError.forbidden(Denial.signerOnly)) {
                try await SignOffs.decide(draftID: id, sign: true, note: "", actor: s.liaison, in: ctx)
            }
            await #expect(throws: StoreError.self) {
                try await SignOffs.decide(draftID: id, sign: true, note: "", actor: s.world.supervisor, in: ctx)
            }
            #expect(try await Self.reports(s.row.id, ctx).isEmpty)
            #expect(try await ReportDraftRecord.find(id, on: ctx.db)?.status == ReportDraftStatus.pending.rawValue)
        }
    }

    @Test(arguments: StoreHarness.backends)
    func reportsGoStraightWhereNobodyCouldSign(backend: DatabaseBackend) async throws {
        try await StoreHarness.withStore(backend) { ctx in
            // 审签 off: the liaison's report is a report, even though the unit has a leader's account.
            let off = try await Self.setUp(ctx, signOff: false)
            guard case .report = try await Reports.file(Self.submission(off.row.id), actor: off.liaison, in: ctx) else {
                Issue.record("held with 审签 off")
                return
            }
            // 审签 on: the leader's own report needs no signature; a unit without a leader's
            // account is not held up.
            try await SignOffs.setRequired(true, governmentID: off.world.governmentID, actor: off.world.supervisor, in: ctx)
            guard case .report = try await Reports.file(Self.submission(off.row.id), actor: off.signer, in: ctx) else {
                Issue.record("the leader's own report was held")
                return
            }
            let rows = try await TaskBoard.rows(planID: off.world.planID, now: ctx.now, on: ctx.db)
            let bare = try #require(
                rows.first { $0.leadUnits.count == 1 && $0.leadUnits[0].id != off.row.leadUnits[0].id && !$0.leadUnits[0].name.hasPrefix("各") })
            let liaison = try await off.world.liaison(of: bare.leadUnits[0].name, ctx)
            guard case .report = try await Reports.file(Self.submission(bare.id), actor: liaison, in: ctx) else {
                Issue.record("held without anyone to sign")
                return
            }
            // And `submit`, for callers that need a report now, refuses rather than hold silently.
            await #expect(throws: StoreError.conflict(Strings.SignOff.heldInstead)) {
                try await Reports.submit(Self.submission(off.row.id), actor: off.liaison, in: ctx)
            }
        }
    }
}
