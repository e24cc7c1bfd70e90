import DubanCore
import DubanExport
import DubanStore
import DubanTestSupport
import FluentKit
import Foundation
import Testing

/// `duban reports import FILE --account USER [--confirm]` on a real SQLite file: the preview,
/// then the reports, then nothing more for the same file; a stranger's account is refused.
@Suite(.serialized, .tags(.cliProcess), .unlessSkipped(.cliProcess)) struct ReportsImportCommandTests {
    /// A published 钟楼 plan and 住建局's liaison `zj-lianluo`; returns the database and a filled sheet.
    static func setUp() async throws -> (database: String, sheet: String) {
        let dir = FileManager.default.temporaryDirectory.appendingPathComponent("duban-sheets-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: dir, withIntermediateDirectories: true)
        let path = dir.appendingPathComponent("duban.sqlite").path
        let sheetPath = dir.appendingPathComponent("住建局.xlsx").path
        try await PublishedPlanFixture.with(path) { world in
            let liaison = try await world.account("zj-lianluo", .unit, unit: "住建局")
            _ = try await world.account("fg-lianluo", .unit, unit: "发改局")
            var sheet = try await ProgressSheets.sheet(planID: world.planID, periodNumber: nil, unitID: nil, actor: liaison, in: world.context)
            sheet.rows[0].filled = .init(narrative: "离线填报：已完成改造20个", percentComplete: 55)
            try ProgressSheetXlsx.write(sheet).write(to: URL(fileURLWithPath: sheetPath))
        }
        return (path, sheetPath)
    }

    static func run(_ arguments: [String]) throws -> (status: Int32, output: String) {
        let run = try Support.run(Support.dubanExecutable, arguments, input: nil, environment: [:])
        return (run.status, run.stdout + run.stderr)
    }

    @Test func previewThenConfirmThenNothingMore() async throws {
        let (database, sheet) = try await Self.setUp()
        let preview = try Self.run(["reports", "import", sheet, "--account", "zj-lianluo", "--db", database])
        #expect(preview.status == 0, "\(preview.output)")
        #expect(preview.output.contains("将生成1份报告"), "\(preview.output)")
        #expect(preview.output.contains("未生成报告"))
        let confirmed = try Self.run(["reports", "import", sheet, "--account", "zj-lianluo", "--db", database, "--confirm"])
        #expect(confirmed.status == 0, "\(confirmed.output)")
        #expect(confirmed.output.contains("已导入：生成1份报告"), "\(confirmed.output)")
        let again = try Self.run(["reports", "import", sheet, "--account", "zj-lianluo", "--db", database, "--confirm", "--json"])
        #expect(again.status == 0)
        #expect(again.output.contains("\"created\" : 0"), "\(again.output)")
        let count = try await StoreRuntime.with(.sqliteFile(database)) { runtime in
            try await ReportRecord.query(on: runtime.database()).filter(\.$narrative == "离线填报：已完成改造20个").count()
        }
        #expect(count == 1)
    }

    @Test func anotherUnitsAccountAndAnUnknownAccountAreRefused() async throws {
        let (database, sheet) = try await Self.setUp()
        let stranger = try Self.run(["reports", "import", sheet, "--account", "fg-lianluo", "--db", database, "--confirm"])
        #expect(stranger.status == 1)
        #expect(stranger.output.contains("这是“住建局”的填报表，不是“发改局”的"), "\(stranger.output)")
        let unknown = try Self.run(["reports", "import", sheet, "--account", "nobody", "--db", database])
        #expect(unknown.status == 1)
        #expect(unknown.output.contains("找不到启用的账号“nobody”"), "\(unknown.output)")
    }
}
