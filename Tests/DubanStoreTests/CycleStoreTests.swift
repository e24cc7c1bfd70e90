import DubanCore
import DubanStore
import FluentKit
import Foundation
import Testing

/// The supervision cycle through the store's use cases, on every configured database.
@Suite struct CycleStoreTests {
    @Test(arguments: StoreHarness.backends)
    func importAndPublishKeepEveryTaskAndName(backend: DatabaseBackend) async throws {
        try await StoreHarness.withStore(backend) { ctx in
            let world = try await World.build(ctx)
            let tasks = try await TaskRecord.query(on: ctx.db).filter(\.$planID == world.planID).all()
            #expect(tasks.count == 107)
            let plan = try PlanImporter().importPlan(path: StoreHarness.root.appendingPathComponent("Samples/zhonglou-2022.txt").path)
            let expectedLinks = plan.tasks.reduce(0) { $0 + $1.leadUnits.count + $1.coopUnits.count }
            #expect(try await TaskUnitRecord.query(on: ctx.db).count() == expectedLinks)
            #expect(try await PeriodRecord.query(on: ctx.db).filter(\.$planID == world.planID).count() == 12)
            #expect(try await UnitRecord.query(on: ctx.db).filter(\.$confirmed == false).count() == 0)
            let task5 = try await world.task("(5)", ctx)
            #expect(task5.text == "地区生产总值增长6.5%左右。")
            let (count, problems) = try await AuditTrail.verify(on: ctx.db)
            #expect(count >= 2 && problems.isEmpty)
        }
    }

    @Test(arguments: StoreHarness.backends)
    func reportReturnResubmitAcceptMovesTheLight(backend: DatabaseBackend) async throws {
        try await StoreHarness.withStore(backend) { ctx in
            let world = try await World.build(ctx)
            let task = try await world.task("(21)", ctx)  // 新认定高新技术企业100家 …, led by 市场监管局
            let taskID = try task.requireID()
            let unit = try await world.liaison(of: "市场监管局", ctx)
            let indicators = try await IndicatorRecord.query(on: ctx.db).filter(\.$taskID == taskID).all()
            // 60% of each count, in whole companies (独角兽 1 of 2, 瞪羚 4 of 8, 高新 60 of 100, 科技型
            // 150 of 250); the patent density, a level, at its target of 37.2.
            let values = Dictionary(
                uniqueKeysWithValues: indicators.map { indicator in
                    (indicator.id!, IndicatorMeasure.of(indicator.indicator) == .level ? indicator.value : (indicator.value * 0.6).rounded(.down))
                })
            let july = ctx.withClock(FixedClock(PlanCalendar.date(2022, 8, 3)))
            let first = try await Reports.submit(
                Reports.Submission(taskID: taskID, periodNumber: 7, narrative: "7月进展", values: values),
                actor: unit, in: july)
            try await Reviews.review(reportID: first.id!, accept: false, reason: "缺少佐证材料", actor: world.supervisor, in: july)
            let second = try await Reports.submit(
                Reports.Submission(taskID: taskID, periodNumber: 7, narrative: "7月进展（补充）", values: values),
                actor: unit, in: july)
            #expect(second.version == 2)
            #expect(try await ReportRecord.find(first.id, on: ctx.db)?.status == "returned")
            try await Reviews.review(reportID: second.id!, accept: true, reason: "", actor: world.supervisor, in: july)
            let row = try #require(try await TaskBoard.rows(taskIDs: [taskID], now: PlanCalendar.date(2022, 8, 10), on: ctx.db).first)
            // 2 独角兽 is a milestone, judged at the year's end; the three cumulative counts average
            // (50 + 60 + 60) / 3 = 56.7%, against a 序时 of 58.3% at the end of July: green.
            #expect(row.actual.map { abs($0 - 170.0 / 3) < 1e-6 } == true, "actual \(String(describing: row.actual))")
            #expect(row.light == .green, "\(row.reasons)")
            let returned = try #require(try await ReportRecord.find(first.id, on: ctx.db))
            #expect(returned.reviewReason == "缺少佐证材料" && returned.narrative == "7月进展", "nothing overwritten")
            #expect(try await AuditTrail.verify(on: ctx.db).problems.isEmpty)
        }
    }

    @Test(arguments: StoreHarness.backends)
    func aUnitCannotTouchAnotherUnitsTask(backend: DatabaseBackend) async throws {
        try await StoreHarness.withStore(backend) { ctx in
            let world = try await World.build(ctx)
            let task = try await world.task("(21)", ctx)
            let outsider = try await world.liaison(of: "教育局", ctx)
            let auditBefore = try await AuditRecord.query(on: ctx.db).count()
            await #expect(throws: StoreError.self) {
                try await Reports.submit(Reports.Submission(taskID: task.id!, periodNumber: 1, narrative: "越权"), actor: outsider, in: ctx)
            }
            await #expect(throws: StoreError.self) { try await Acknowledgements.acknowledge(taskID: task.id!, actor: outsider, in: ctx) }
            await #expect(throws: StoreError.self) {
                try await Reviews.review(reportID: 1, accept: true, reason: "", actor: outsider, in: ctx)
            }
            #expect(try await ReportRecord.query(on: ctx.db).count() == 0)
            #expect(try await AcknowledgementRecord.query(on: ctx.db).count() == 0)
            #expect(try await AuditRecord.query(on: ctx.db).count() == auditBefore)
        }
    }

    @Test(arguments: StoreHarness.backends)
    func unansweredUrgingEscalatesToTheLeader(backend: DatabaseBackend) async throws {
        try await StoreHarness.withStore(backend) { ctx in
            let world = try await World.build(ctx)
            let task = try await world.task("(5)", ctx)  // leader 孙益锋, lead 发改局
            let leaderID = try await LeaderRecord.query(on: ctx.db).filter(\.$name == "孙益锋").first()!.requireID()
            let leader = try await World.account(ctx, "leader", role: .leader, governmentID: world.governmentID, leaderID: leaderID)
            let sent = ctx.withClock(FixedClock(PlanCalendar.date(2022, 7, 1)))
            let urging = try await Urgings.urge(taskID: task.id!, unitID: nil, message: "请报送6月进展", replyBy: nil, actor: world.supervisor, in: sent)
            #expect(try await Urgings.escalateOverdue(in: ctx.withClock(FixedClock(PlanCalendar.date(2022, 7, 2)))) == 0)
            #expect(try await Urgings.escalateOverdue(in: ctx.withClock(FixedClock(PlanCalendar.date(2022, 7, 10)))) == 1)
            #expect(try await UrgingRecord.find(urging.id, on: ctx.db)?.escalatedAt != nil)
            let notices = try await NotificationRecord.query(on: ctx.db).filter(\.$accountID == leader.accountID).all()
            #expect(notices.contains { $0.kind == "urging.escalated" })
            let row = try #require(try await TaskBoard.rows(taskIDs: [task.id!], now: PlanCalendar.date(2022, 7, 10), on: ctx.db).first)
            #expect(row.light == .red)
        }
    }

    @Test(arguments: StoreHarness.backends)
    func badEvidenceIsRefusedAndNothingIsWritten(backend: DatabaseBackend) async throws {
        try await StoreHarness.withStore(backend) { ctx in
            let world = try await World.build(ctx)
            let task = try await world.task("(5)", ctx)
            let unit = try await world.liaison(of: "发改局", ctx)
            let fakePDF = Evidence.Upload(filename: "进展.pdf", contentType: "application/pdf", data: Data("MZ\u{0}\u{0}".utf8))
            await #expect(throws: StoreError.self) {
                try await Reports.submit(
                    Reports.Submission(taskID: task.id!, periodNumber: 1, narrative: "有附件", evidence: [fakePDF]),
                    actor: unit, in: ctx)
            }
            let big = Evidence.Upload(filename: "scan.png", contentType: "image/png", data: Data([0x89, 0x50, 0x4E, 0x47]) + Data(count: 2_000))
            await #expect(throws: StoreError.self) {
                try await Reports.submit(
                    Reports.Submission(taskID: task.id!, periodNumber: 1, narrative: "大文件", evidence: [big]),
                    actor: unit, limits: Evidence.Limits(maxBytes: 1_000, maxFiles: 3), in: ctx)
            }
            #expect(try await ReportRecord.query(on: ctx.db).count() == 0)
            let pdf = Evidence.Upload(filename: "进展.pdf", contentType: "application/pdf", data: Data("%PDF-1.4 test".utf8))
            let report = try await Reports.submit(
                Reports.Submission(taskID: task.id!, periodNumber: 1, narrative: "有附件", evidence: [pdf]),
                actor: unit, in: ctx)
            let stored = try await EvidenceRecord.query(on: ctx.db).filter(\.$reportID == report.id!).all()
            #expect(stored.count == 1 && stored[0].data == pdf.data)
        }
    }
}

/// Reminders before the due day go once to each lead unit that has not reported.
@Suite struct ReminderStoreTests {
    @Test(arguments: StoreHarness.backends)
    func remindersGoOnceToUnitsThatHaveNotReported(backend: DatabaseBackend) async throws {
        try await StoreHarness.withStore(backend) { ctx in
            let world = try await World.build(ctx)
            let reporting = try await world.liaison(of: "发改局", ctx)  // leads (5), reports July
            let silent = try await world.liaison(of: "财政局", ctx)  // leads (6), does not
            let task5 = try await world.task("(5)", ctx)
            let task6 = try await world.task("(6)", ctx)
            // July is due on 5 August; three days before, the reminder window opens.
            let early = ctx.withClock(FixedClock(PlanCalendar.date(2022, 8, 1, hour: 9)))
            try await Reports.submit(Reports.Submission(taskID: task5.id!, periodNumber: 7, narrative: "7月进展"), actor: reporting, in: early)
            let window = ctx.withClock(FixedClock(PlanCalendar.date(2022, 8, 3, hour: 9)))
            #expect(try await Reminders.send(in: window) > 0)
            let toSilent = try await NotificationRecord.query(on: ctx.db).filter(\.$accountID == silent.accountID).filter(\.$kind == "reminder").all()
            #expect(toSilent.contains { $0.taskID == task6.id && $0.title.contains("2022年7月") })
            let toReporting = try await NotificationRecord.query(on: ctx.db).filter(\.$accountID == reporting.accountID)
                .filter(\.$kind == "reminder").filter(\.$taskID == task5.id).count()
            #expect(toReporting == 0)
            #expect(try await Reminders.send(in: window) == 0, "told once")
            #expect(try await Reminders.send(in: ctx.withClock(FixedClock(PlanCalendar.date(2022, 7, 20)))) == 0, "outside the window")
        }
    }
}
