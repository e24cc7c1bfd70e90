import DubanCore
import DubanStore
import DubanStrings
import FluentKit
import Foundation
import Testing

/// 延期申请 and 目标调整申请 on every configured database: the lead unit applies in time, the office
/// decides, an approval amends the task; late, over-limit and wrong-unit applications are refused.
@Suite struct ChangeRequestStoreTests {
    static func leadUnit(of task: TaskRecord, _ world: World, _ ctx: StoreContext) async throws -> Actor {
        let link = try #require(try await TaskUnitRecord.query(on: ctx.db).filter(\.$taskID == task.requireID()).filter(\.$role == "lead").first())
        let name = try #require(try await UnitRecord.find(link.unitID, on: ctx.db)).name
        return try await world.liaison(of: name, ctx)
    }

    @Test(arguments: StoreHarness.backends)
    func anApprovedExtensionMovesTheDeadlineAndKeepsTheHistory(backend: DatabaseBackend) async throws {
        try await StoreHarness.withStore(backend) { ctx in
            let world = try await World.build(ctx)
            let task = try await world.task("(5)", ctx)
            let unit = try await Self.leadUnit(of: task, world, ctx)
            // The office's group robot hears of the application and of the decision.
            let government = try #require(try await GovernmentRecord.find(world.governmentID, on: ctx.db))
            government.webhookURL = "https://oapi.dingtalk.com/robot/send?access_token=test"
            try await government.save(on: ctx.db)
            let entry = try await ChangeRequests.apply(
                taskID: task.requireID(), .init(kind: .extension, reason: "统计口径调整，数据12月后才能出", deadline: "2023-03"), actor: unit, in: ctx)
            #expect(entry.status == .pending && entry.requestedDeadline == "2023-03")
            // The office grants less than asked.
            try await ChangeRequests.decide(requestID: entry.id, approve: true, deadline: "2023-02", note: "同意延至2月", actor: world.supervisor, in: ctx)
            let after = try #require(try await TaskRecord.find(task.requireID(), on: ctx.db))
            #expect(after.deadline == "2023-02")
            let robot = try await OutboxRecord.query(on: ctx.db).sort(\.$id).all().map(\.payload)
            #expect(robot.count == 2 && robot[0].contains("收到延期申请") && robot[1].contains("延期申请已同意"))
            #expect(after.version == task.version + 1)
            let version = try #require(try await TaskVersionRecord.query(on: ctx.db).filter(\.$taskID == task.requireID()).first())
            #expect(version.reason.contains("同意延至2月"))
            let entries = try await ChangeRequests.entries(taskID: task.requireID(), on: ctx.db)
            #expect(entries.map(\.status) == [.approved] && entries.first?.grantedDeadline == "2023-02")
            // The unit hears of the decision.
            let told = try await NotificationRecord.query(on: ctx.db).filter(\.$accountID == unit.accountID).filter(\.$kind == "change.decided").count()
            #expect(told == 1)
            let actions = try await AuditRecord.query(on: ctx.db).filter(\.$subjectType ~~ ["change_request", "task"]).sort(\.$sequence).all().map(\.action)
            #expect(actions.suffix(3) == ["change.apply", "task.amend", "change.approve"])
            #expect(try await AuditTrail.verify(on: ctx.db).problems.isEmpty)
            // The plan allows one extension per task: a second is refused.
            await #expect(throws: StoreError.conflict(Strings.Changes.limitReached(1))) {
                try await ChangeRequests.apply(taskID: task.requireID(), .init(kind: .extension, reason: "再延", deadline: "2023-06"), actor: unit, in: ctx)
            }
        }
    }

    /// An application carries its evidence as a report does: checked, kept with it, read by whoever
    /// may read the task's reports. The form's empty month field means nothing for a target change.
    @Test(arguments: StoreHarness.backends)
    func anApplicationKeepsItsEvidence(backend: DatabaseBackend) async throws {
        try await StoreHarness.withStore(backend) { ctx in
            let world = try await World.build(ctx)
            let task = try await world.task("(5)", ctx)
            let unit = try await Self.leadUnit(of: task, world, ctx)
            let pdf = Evidence.Upload(filename: "市发改委复函.pdf", contentType: "application/pdf", data: Data("%PDF-1.4\n%%EOF\n".utf8))
            let exe = Evidence.Upload(filename: "说明.exe", contentType: "application/octet-stream", data: Data("MZ".utf8))
            await #expect(throws: StoreError.self) {
                try await ChangeRequests.apply(
                    taskID: task.requireID(), .init(kind: .target, reason: "上级调整目标", deadline: "", text: "新的目标", evidence: [exe]), actor: unit,
                    in: ctx)
            }
            #expect(try await ChangeRequestRecord.query(on: ctx.db).count() == 0)
            let entry = try await ChangeRequests.apply(
                taskID: task.requireID(), .init(kind: .target, reason: "上级调整目标", deadline: "", text: "新的目标", evidence: [pdf]), actor: unit, in: ctx)
            #expect(entry.files.map(\.filename) == ["市发改委复函.pdf"] && entry.requestedDeadline == nil)
            let read = try await ChangeRequests.file(try #require(entry.files.first).id, actor: world.supervisor, on: ctx.db)
            #expect(read.data == pdf.data && read.contentType == "application/pdf")
            await #expect(throws: StoreError.notFound(Strings.Store.evidenceNotFound)) {
                try await ChangeRequests.file(try #require(entry.files.first).id, actor: nil, on: ctx.db)
            }
        }
    }

    @Test(arguments: StoreHarness.backends)
    func anApprovedTargetChangeRewordsTheTask(backend: DatabaseBackend) async throws {
        try await StoreHarness.withStore(backend) { ctx in
            let world = try await World.build(ctx)
            let task = try await world.task("(5)", ctx)
            let unit = try await Self.leadUnit(of: task, world, ctx)
            let entry = try await ChangeRequests.apply(
                taskID: task.requireID(), .init(kind: .target, reason: "上级下达目标调整", text: "地区生产总值增长5.5%左右。"), actor: unit, in: ctx)
            try await ChangeRequests.decide(requestID: entry.id, approve: true, note: "", actor: world.supervisor, in: ctx)
            let after = try #require(try await TaskRecord.find(task.requireID(), on: ctx.db))
            #expect(after.text == "地区生产总值增长5.5%左右。")
            let indicators = try await IndicatorRecord.query(on: ctx.db).filter(\.$taskID == task.requireID()).all()
            #expect(indicators.map(\.value) == [5.5])
        }
    }

    @Test(arguments: StoreHarness.backends)
    func lateWrongUnitAndUnexplainedAreRefused(backend: DatabaseBackend) async throws {
        try await StoreHarness.withStore(backend) { ctx in
            let world = try await World.build(ctx)
            let task = try await world.task("(5)", ctx)
            let taskID = try task.requireID()
            let unit = try await Self.leadUnit(of: task, world, ctx)
            // No deadline in the plan: the end of 2022. Five working days before Saturday 31
            // December is Monday 26; on Tuesday 27 it is too late.
            let late = ctx.withClock(FixedClock(PlanCalendar.date(2022, 12, 27, hour: 9)))
            await #expect(throws: StoreError.conflict(Strings.Changes.tooLate(deadline: "2022-12", lastDay: "2022-12-26", notice: 5))) {
                try await ChangeRequests.apply(taskID: taskID, .init(kind: .extension, reason: "来不及", deadline: "2023-01"), actor: unit, in: late)
            }
            let inTime = ctx.withClock(FixedClock(PlanCalendar.date(2022, 12, 26, hour: 9)))
            let pending = try await ChangeRequests.apply(taskID: taskID, .init(kind: .extension, reason: "来不及", deadline: "2023-01"), actor: unit, in: inTime)
            // A cooperating unit, or another unit, may not apply; nor the office for the unit.
            let coopLink = try await TaskUnitRecord.query(on: ctx.db).filter(\.$taskID == taskID).filter(\.$role == "coop").first()
            if let coopLink, let coop = try await UnitRecord.find(coopLink.unitID, on: ctx.db) {
                let cooperating = try await world.liaison(of: coop.name, ctx)
                await #expect(throws: StoreError.self) {
                    try await ChangeRequests.apply(taskID: taskID, .init(kind: .target, reason: "配合单位", text: "改"), actor: cooperating, in: ctx)
                }
            }
            await #expect(throws: StoreError.self) {
                try await ChangeRequests.apply(taskID: taskID, .init(kind: .target, reason: "代申请", text: "改"), actor: world.supervisor, in: ctx)
            }
            await #expect(throws: StoreError.invalid(Strings.Changes.reasonRequired)) {
                try await ChangeRequests.apply(taskID: taskID, .init(kind: .target, reason: "  ", text: "改"), actor: unit, in: inTime)
            }
            // A refusal needs its reason; a unit cannot decide; a decided application stays decided.
            await #expect(throws: StoreError.invalid(Strings.Changes.decisionReasonRequired)) {
                try await ChangeRequests.decide(requestID: pending.id, approve: false, note: "", actor: world.supervisor, in: ctx)
            }
            await #expect(throws: StoreError.self) {
                try await ChangeRequests.decide(requestID: pending.id, approve: true, note: "", actor: unit, in: ctx)
            }
            try await ChangeRequests.decide(requestID: pending.id, approve: false, note: "年度任务不宜延期", actor: world.supervisor, in: ctx)
            await #expect(throws: StoreError.conflict(Strings.Changes.alreadyDecided)) {
                try await ChangeRequests.decide(requestID: pending.id, approve: true, note: "", actor: world.supervisor, in: ctx)
            }
            #expect(try await TaskRecord.find(taskID, on: ctx.db)?.deadline == task.deadline)
        }
    }
}

/// 退办 and 改派: within the window the unit gives the task back; the office reassigns it (the
/// unit no longer holds it) or keeps it with a reply; past the window the unit cannot.
@Suite struct ReturnStoreTests {
    @Test(arguments: StoreHarness.backends)
    func aReturnedTaskIsReassignedAndLeavesTheUnitsList(backend: DatabaseBackend) async throws {
        try await StoreHarness.withStore(backend) { ctx in
            let world = try await World.build(ctx)
            let task = try await world.task("(5)", ctx)
            let taskID = try task.requireID()
            let unit = try await ChangeRequestStoreTests.leadUnit(of: task, world, ctx)
            // Published Friday 11 February 2022: five working days end Friday 18.
            let inTime = ctx.withClock(FixedClock(PlanCalendar.date(2022, 2, 18, hour: 16)))
            let entry = try await ChangeRequests.apply(taskID: taskID, .init(kind: .giveBack, reason: "统计数据由统计局发布，不属本单位职责"), actor: unit, in: inTime)
            await #expect(throws: StoreError.invalid(Strings.Changes.reassignRequired)) {
                try await ChangeRequests.decide(requestID: entry.id, approve: true, note: "", actor: world.supervisor, in: ctx)
            }
            await #expect(throws: StoreError.invalid(Strings.Changes.reassignUnknown("不存在局"))) {
                try await ChangeRequests.decide(requestID: entry.id, approve: true, reassignTo: "不存在局", note: "", actor: world.supervisor, in: ctx)
            }
            try await ChangeRequests.decide(requestID: entry.id, approve: true, reassignTo: "统计局", note: "", actor: world.supervisor, in: ctx)
            let leads = try await TaskUnitRecord.query(on: ctx.db).filter(\.$taskID == taskID).filter(\.$role == "lead").all().map(\.unitID)
            #expect(leads.contains(try await world.unit("统计局", ctx)))
            #expect(!leads.contains(unit.unitID!))
            // Off the unit's list (and so out of its assessment), still in the task's history.
            let mine = try await TaskBoard.rows(unitID: unit.unitID!, now: ctx.now, on: ctx.db)
            #expect(!mine.contains { $0.id == taskID })
            let entries = try await ChangeRequests.entries(taskID: taskID, on: ctx.db)
            #expect(entries.first?.reassignedTo == "统计局" && entries.first?.status == .approved)
            let version = try #require(try await TaskVersionRecord.query(on: ctx.db).filter(\.$taskID == taskID).first())
            #expect(version.reason == Strings.Changes.approvedReturn(to: "统计局", note: ""))
            // The new unit received the task with the reassignment (1 June, the store's clock), and
            // has its own window from then: five working days, 端午 (3 June) not among them.
            let newUnit = try await world.liaison(of: "统计局", ctx)
            let lastDay = ChangeRequestPolicy(SupervisionRules.standard, calendar: .stateCouncil).lastDayToReturn(received: CalendarDay(2022, 6, 1))
            #expect(lastDay == CalendarDay(2022, 6, 9))
            let afterWindow = ctx.withClock(FixedClock(CalendarDay(2022, 6, 10).start))
            await #expect(throws: StoreError.self) {
                try await ChangeRequests.apply(taskID: taskID, .init(kind: .giveBack, reason: "也不属本单位"), actor: newUnit, in: afterWindow)
            }
            let within = ctx.withClock(FixedClock(CalendarDay(2022, 6, 9).start))
            let again = try await ChangeRequests.apply(taskID: taskID, .init(kind: .giveBack, reason: "也不属本单位"), actor: newUnit, in: within)
            #expect(again.status == .pending)
        }
    }

    @Test(arguments: StoreHarness.backends)
    func aReturnPastItsWindowIsRefusedAndAKeptOneIsAnswered(backend: DatabaseBackend) async throws {
        try await StoreHarness.withStore(backend) { ctx in
            let world = try await World.build(ctx)
            let task = try await world.task("(5)", ctx)
            let taskID = try task.requireID()
            let unit = try await ChangeRequestStoreTests.leadUnit(of: task, world, ctx)
            let late = ctx.withClock(FixedClock(PlanCalendar.date(2022, 2, 21, hour: 9)))
            await #expect(throws: StoreError.conflict(Strings.Changes.tooLateToReturn(received: "2022-02-11", lastDay: "2022-02-18", window: 5))) {
                try await ChangeRequests.apply(taskID: taskID, .init(kind: .giveBack, reason: "不属本单位"), actor: unit, in: late)
            }
            let inTime = ctx.withClock(FixedClock(PlanCalendar.date(2022, 2, 14, hour: 9)))
            let entry = try await ChangeRequests.apply(taskID: taskID, .init(kind: .giveBack, reason: "不属本单位"), actor: unit, in: inTime)
            try await ChangeRequests.decide(requestID: entry.id, approve: false, note: "地区生产总值由发改局牵头，请继续办理", actor: world.supervisor, in: ctx)
            let leads = try await TaskUnitRecord.query(on: ctx.db).filter(\.$taskID == taskID).filter(\.$role == "lead").all().map(\.unitID)
            #expect(leads.contains(unit.unitID!))
            let told = try await NotificationRecord.query(on: ctx.db).filter(\.$accountID == unit.accountID).filter(\.$kind == "change.decided").all()
            #expect(told.map(\.body) == ["地区生产总值由发改局牵头，请继续办理"])
        }
    }
}
