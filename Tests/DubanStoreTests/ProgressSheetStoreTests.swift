import DubanCore
import DubanDocuments
import DubanExport
import DubanStore
import DubanStrings
import FluentKit
import Foundation
import Testing

/// The offline sheet round trip on every configured database: a unit's sheet filled and uploaded
/// becomes its reports once, whoever confirms it; another unit's or period's sheet is refused;
/// rows the rules refuse are left out with their reason.
@Suite struct ProgressSheetStoreTests {
    /// The sheet with `rows` filled as a clerk would, then written out as the .xlsx it would send back.
    static func filled(_ sheet: ProgressSheet, _ rows: [Int: ProgressSheet.Filled]) throws -> Data {
        var sheet = sheet
        for (index, filled) in rows { sheet.rows[index].filled = filled }
        return try ProgressSheetXlsx.write(sheet)
    }

    @Test(arguments: StoreHarness.backends)
    func aUnitsSheetBecomesItsReportsOnceOnly(backend: DatabaseBackend) async throws {
        try await StoreHarness.withStore(backend) { ctx in
            let world = try await World.build(ctx)
            let liaison = try await world.liaison(of: "住建局", ctx)
            let sheet = try await ProgressSheets.sheet(planID: world.planID, periodNumber: nil, unitID: nil, actor: liaison, in: ctx)
            #expect(sheet.identity.unitID == liaison.unitID)
            #expect(sheet.rows.count >= 3 && sheet.rows.allSatisfy { $0.unitID == liaison.unitID })
            let measured = try #require(sheet.rows.firstIndex { !$0.indicators.isEmpty })
            let other = try #require(sheet.rows.indices.first { $0 != measured })
            let data = try Self.filled(
                sheet,
                [
                    measured: .init(narrative: "已完成年度任务的六成", values: [sheet.rows[measured].indicators[0].id: 22], percentComplete: 60),
                    other: .init(narrative: "按计划推进", problems: "资金未到位", nextSteps: "争取专项债"),
                ])

            let preview = try await SheetImports.upload(data, fileName: "住建局.xlsx", actor: liaison, in: ctx)
            #expect(preview.toCreate == 2 && preview.problems.isEmpty && preview.blankRows == sheet.rows.count - 2)
            let result = try await SheetImports.confirm(uploadID: try #require(preview.uploadID), actor: liaison, in: ctx)
            #expect(result.created == 2)
            let reports = try await ReportRecord.query(on: ctx.db).filter(\.$id ~~ Set(result.reportIDs)).all()
            #expect(Set(reports.map(\.taskID)) == [sheet.rows[measured].taskID, sheet.rows[other].taskID])
            #expect(reports.allSatisfy { $0.unitID == liaison.unitID && $0.accountID == liaison.accountID && $0.version == 1 })
            #expect(reports.contains { $0.problems == "资金未到位" && $0.nextSteps == "争取专项债" })
            let values = try await ReportValueRecord.query(on: ctx.db).filter(\.$reportID ~~ Set(result.reportIDs)).all()
            #expect(values.map(\.value) == [22])

            // The same file again, and the sheet downloaded again untouched: nothing new.
            let again = try await SheetImports.upload(data, fileName: "住建局.xlsx", actor: liaison, in: ctx)
            #expect(again.toCreate == 0 && again.unchanged == 2)
            #expect(try await SheetImports.confirm(uploadID: try #require(again.uploadID), actor: liaison, in: ctx).created == 0)
            let fresh = try await ProgressSheets.sheet(planID: world.planID, periodNumber: nil, unitID: liaison.unitID, actor: liaison, in: ctx)
            let untouched = try await SheetImports.upload(try ProgressSheetXlsx.write(fresh), fileName: "again.xlsx", actor: liaison, in: ctx)
            #expect(untouched.toCreate == 0 && untouched.unchanged == 2)
            #expect(try await ReportRecord.query(on: ctx.db).filter(\.$unitID == liaison.unitID!).count() == 2)

            let actions = try await AuditRecord.query(on: ctx.db).sort(\.$sequence).all().map(\.action)
            #expect(actions.filter { $0 == "report.submit" }.count == 2)
            #expect(actions.filter { $0 == "sheet.upload" }.count == 3 && actions.filter { $0 == "sheet.confirm" }.count == 2)
            #expect(try await AuditTrail.verify(on: ctx.db).problems.isEmpty)
        }
    }

    /// 审签: a liaison's confirmed sheet waits for the unit leader, row by row, as drafts; no report
    /// exists until the leader signs each.
    @Test(arguments: StoreHarness.backends)
    func underSignOffALiaisonsSheetWaitsForTheLeader(backend: DatabaseBackend) async throws {
        try await StoreHarness.withStore(backend) { ctx in
            let world = try await World.build(ctx)
            try await SignOffs.setRequired(true, governmentID: world.governmentID, actor: world.supervisor, in: ctx)
            let liaison = try await world.liaison(of: "住建局", ctx)
            let leader = try await world.liaison(of: "住建局", ctx)
            try await AccountAdmin.setSigner(accountID: leader.accountID, signer: true, by: world.supervisor, in: ctx)
            let signer = try #require(try await AccountRecord.find(leader.accountID, on: ctx.db)).actor
            let sheet = try await ProgressSheets.sheet(planID: world.planID, periodNumber: nil, unitID: nil, actor: liaison, in: ctx)
            let data = try Self.filled(sheet, [0: .init(narrative: "离线填报的进展"), 1: .init(narrative: "按计划推进")])
            let preview = try await SheetImports.upload(data, fileName: "住建局.xlsx", actor: liaison, in: ctx)
            let result = try await SheetImports.confirm(uploadID: try #require(preview.uploadID), actor: liaison, in: ctx)
            #expect(result.heldForSignOff && result.created == 2 && result.reportIDs.isEmpty)
            #expect(try await ReportRecord.query(on: ctx.db).filter(\.$unitID == liaison.unitID!).count() == 0)
            let waiting = try await SignOffs.waiting(for: signer, on: ctx.db)
            #expect(Set(waiting.map(\.narrative)) == ["离线填报的进展", "按计划推进"])
            for draft in waiting { try await SignOffs.decide(draftID: draft.id, sign: true, note: "", actor: signer, in: ctx) }
            let reports = try await ReportRecord.query(on: ctx.db).filter(\.$unitID == liaison.unitID!).all()
            #expect(reports.count == 2 && reports.allSatisfy { $0.signedBy == signer.accountID && $0.accountID == liaison.accountID })
        }
    }

    @Test(arguments: StoreHarness.backends)
    func anotherUnitsOrPeriodsSheetIsRefusedAndNothingIsKept(backend: DatabaseBackend) async throws {
        try await StoreHarness.withStore(backend) { ctx in
            let world = try await World.build(ctx)
            let owner = try await world.liaison(of: "住建局", ctx)
            let stranger = try await world.liaison(of: "发改局", ctx)
            let sheet = try await ProgressSheets.sheet(planID: world.planID, periodNumber: 3, unitID: nil, actor: owner, in: ctx)
            let data = try Self.filled(sheet, [0: .init(narrative: "推进中")])
            await #expect(throws: StoreError.forbidden(Strings.Sheets.otherUnit(sheetUnit: "住建局", yourUnit: "发改局"))) {
                try await SheetImports.upload(data, fileName: "s.xlsx", actor: stranger, in: ctx)
            }
            await #expect(throws: StoreError.self) {
                try await SheetImports.upload(data, fileName: "s.xlsx", expectedPeriod: 4, actor: owner, in: ctx)
            }
            let leader = try await World.account(ctx, "leader", role: .leader, governmentID: world.governmentID)
            await #expect(throws: StoreError.self) { try await SheetImports.upload(data, fileName: "s.xlsx", actor: leader, in: ctx) }
            // A unit may not download every unit's sheet, nor another unit's.
            await #expect(throws: StoreError.self) {
                try await ProgressSheets.sheet(planID: world.planID, periodNumber: nil, unitID: stranger.unitID, actor: owner, in: ctx)
            }
            #expect(try await SheetUploadRecord.query(on: ctx.db).count() == 0)

            // A kept upload is confirmed only by whoever uploaded it.
            let preview = try await SheetImports.upload(data, fileName: "s.xlsx", actor: owner, in: ctx)
            let colleague = try await world.liaison(of: "住建局", ctx)
            await #expect(throws: StoreError.forbidden(Strings.Sheets.uploadNotYours)) {
                try await SheetImports.confirm(uploadID: try #require(preview.uploadID), actor: colleague, in: ctx)
            }
            // Not a sheet at all: refused with the reader's reason.
            await #expect(throws: StoreError.invalid(Strings.Sheets.notASheet)) {
                try await SheetImports.upload(Data("序号,工作标准\n1,改造\n".utf8), fileName: "plain.csv", actor: owner, in: ctx)
            }
        }
    }

    @Test(arguments: StoreHarness.backends)
    func theOfficeEntersEveryUnitsRowsInThatUnitsName(backend: DatabaseBackend) async throws {
        try await StoreHarness.withStore(backend) { ctx in
            let world = try await World.build(ctx)
            let sheet = try await ProgressSheets.sheet(planID: world.planID, periodNumber: nil, unitID: nil, actor: world.supervisor, in: ctx)
            #expect(sheet.identity.unitID == nil)
            let first = 0
            let second = try #require(sheet.rows.firstIndex { $0.unitID != sheet.rows[first].unitID })
            let data = try Self.filled(sheet, [first: .init(narrative: "据纸质表录入"), second: .init(narrative: "据电话记录录入")])
            let liaison = try await world.liaison(of: sheet.rows[first].unitName, ctx)
            let preview = try await SheetImports.upload(data, fileName: "全部单位.xlsx", actor: world.supervisor, in: ctx)
            let result = try await SheetImports.confirm(uploadID: try #require(preview.uploadID), actor: world.supervisor, in: ctx)
            let reports = try await ReportRecord.query(on: ctx.db).filter(\.$id ~~ Set(result.reportIDs)).all()
            #expect(Set(reports.map(\.unitID)) == [sheet.rows[first].unitID, sheet.rows[second].unitID])
            #expect(reports.allSatisfy { $0.accountID == world.supervisor.accountID })
            // The unit hears that the office entered a report in its name.
            let told = try await NotificationRecord.query(on: ctx.db).filter(\.$accountID == liaison.accountID).all()
            #expect(told.map(\.kind) == ["report.submitted"])
            #expect(told.first?.title.contains(sheet.rows[first].unitName) == true)
        }
    }

    @Test(arguments: StoreHarness.backends)
    func rowsTheRulesRefuseAreLeftOutWithTheirReason(backend: DatabaseBackend) async throws {
        try await StoreHarness.withStore(backend) { ctx in
            let world = try await World.build(ctx)
            let liaison = try await world.liaison(of: "住建局", ctx)
            let sheet = try await ProgressSheets.sheet(planID: world.planID, periodNumber: nil, unitID: nil, actor: liaison, in: ctx)
            let counted = try #require(sheet.rows.firstIndex { $0.indicators.first?.caption.contains("个）") == true })
            let closing = try #require(sheet.rows.indices.first { $0 != counted })
            let data = try Self.filled(
                sheet,
                [
                    counted: .init(narrative: "改造中", values: [sheet.rows[counted].indicators[0].id: 2.5]),
                    closing: .init(narrative: "已办结的任务又报"),
                ])
            let task = try #require(try await TaskRecord.find(sheet.rows[closing].taskID, on: ctx.db))
            task.status = TaskStatus.closed.rawValue
            try await task.save(on: ctx.db)
            let preview = try await SheetImports.upload(data, fileName: "s.xlsx", actor: liaison, in: ctx)
            #expect(preview.toCreate == 0)
            let messages = preview.problems.map(\.message)
            #expect(messages.contains(Strings.Sheets.taskClosed))
            #expect(messages.contains { $0.hasSuffix("是件数，应填整数。") })
            #expect(preview.problems.allSatisfy { $0.row != nil && $0.sheet == Strings.Sheets.sheetName })
        }
    }
}
