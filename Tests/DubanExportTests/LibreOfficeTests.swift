import DubanCore
import DubanDocuments
import DubanExport
import DubanTestSupport
import Foundation
import Testing

/// The exported Word files open in another office suite, not only in our own reader: LibreOffice
/// converts each to PDF and the expected text is found in it. Needs `soffice` and `pdftotext`
/// (poppler-utils); without them the tests are skipped, unless DUBAN_REQUIRE_OFFICE=1 (as CI
/// sets it), when they fail instead.
@Suite(
    .tags(.libreOffice), .unlessSkipped(.libreOffice),
    .enabled(
        if: OfficeTools.shouldRun,
        "soffice (LibreOffice) or pdftotext (poppler-utils) not installed; set DUBAN_REQUIRE_OFFICE=1 to fail instead"))
struct LibreOfficeTests {
    @Test(.timeLimit(.minutes(5)))
    func exportedPlanOpens() throws {
        guard let tools = OfficeTools.requireTools() else { return }
        let plan = try ExportSupport.imported("zhonglou-2022")
        let data = try PlanExporter().export(plan, as: .docx)
        let text = try tools.pdfText(of: data, name: "zhonglou-2022.docx")

        let task = try #require(plan.tasks.first)
        for expected in [
            "常州市钟楼区人民政府", "2022年目标任务责任分解落实方案",
            String(task.text.prefix(24)), "住建局", "经开区",
        ] {
            #expect(OfficeTools.squeezed(text).contains(OfficeTools.squeezed(expected)), "PDF of the plan lacks “\(expected)”")
        }
    }

    @Test(.timeLimit(.minutes(5)))
    func draftedBulletinOpens() throws {
        guard let tools = OfficeTools.requireTools() else { return }
        let plan = try ExportSupport.imported("zhonglou-2022")
        let bulletin = BulletinDrafter.draft(BulletinSample.fromPlan(plan))
        let text = try tools.pdfText(of: try BulletinDocx.write(bulletin), name: "bulletin-2022-09.docx")

        let counts =
            "\(plan.tasks.count)项任务中绿灯\(bulletin.count(.green))项、"
            + "黄灯\(bulletin.count(.yellow))项、红灯\(bulletin.count(.red))项"
        for expected in [
            bulletin.issuer, bulletin.title, counts, "责任单位推进情况排名", bulletin.units[0].name,
            "进度滞后任务",
        ] {
            #expect(OfficeTools.squeezed(text).contains(OfficeTools.squeezed(expected)), "PDF of the bulletin lacks “\(expected)”")
        }
    }

    /// A progress sheet opened and saved by another suite still reads as the same sheet: the
    /// hidden identity, the hidden keys, every prefilled value.
    @Test(.timeLimit(.minutes(5)))
    func progressSheetSurvivesLibreOffice() throws {
        guard let tools = OfficeTools.requireTools() else { return }
        let sheet = ProgressSheetFixture.filled()
        let saved = try tools.resaved(try ProgressSheetXlsx.write(sheet), name: "sheet.xlsx", filter: "Calc MS Excel 2007 XML")
        let reading = try ProgressSheetReader.read(try WorkbookReader.sheets(data: saved, name: "sheet.xlsx"), seal: ProgressSheetFixture.seal)
        #expect(reading.identity == sheet.identity)
        #expect(reading.problems.isEmpty)
        #expect(reading.entries == ProgressSheetFixture.expectedEntries(sheet))
    }
}

/// Finding and running LibreOffice and pdftotext.
struct OfficeTools: Sendable {
    var soffice: String
    var pdftotext: String

    static let required = ProcessInfo.processInfo.environment["DUBAN_REQUIRE_OFFICE"] == "1"
    static let found: (soffice: String?, pdftotext: String?) = (
        executable(
            ["soffice", "libreoffice"],
            also: [
                "/Applications/LibreOffice.app/Contents/MacOS/soffice",
                "/opt/libreoffice/program/soffice",
            ]),
        executable(["pdftotext"], also: ["/opt/homebrew/bin/pdftotext", "/usr/local/bin/pdftotext"])
    )
    /// Run when the tools are there, or when their absence must fail the build.
    static var shouldRun: Bool { required || (found.soffice != nil && found.pdftotext != nil) }

    /// The tools, or nil after recording why they are missing (reached only when required).
    static func requireTools() -> OfficeTools? {
        guard let soffice = found.soffice, let pdftotext = found.pdftotext else {
            let missing = [
                found.soffice == nil ? "soffice (LibreOffice)" : nil,
                found.pdftotext == nil ? "pdftotext (poppler-utils)" : nil,
            ].compactMap { $0 }
            Issue.record("DUBAN_REQUIRE_OFFICE=1 but \(missing.joined(separator: " and ")) not found on PATH")
            return nil
        }
        return OfficeTools(soffice: soffice, pdftotext: pdftotext)
    }

    static func executable(_ names: [String], also paths: [String]) -> String? {
        let directories = (ProcessInfo.processInfo.environment["PATH"] ?? "/usr/bin:/bin").split(separator: ":")
        let candidates = names.flatMap { name in directories.map { "\($0)/\(name)" } } + paths
        return candidates.first { FileManager.default.isExecutableFile(atPath: $0) }
    }

    /// Text without whitespace: pdftotext breaks lines where the page does and spaces digits
    /// from Chinese, neither of which is the document's.
    static func squeezed(_ text: String) -> String {
        String(text.unicodeScalars.filter { !$0.properties.isWhitespace }.map(Character.init))
    }

    /// The document converted to PDF by LibreOffice, and that PDF's text.
    func pdfText(of data: Data, name: String) throws -> String {
        try converted(data, name: name, to: "pdf") { dir, out in
            let pdf = out.appendingPathComponent((name as NSString).deletingPathExtension + ".pdf")
            guard FileManager.default.fileExists(atPath: pdf.path) else {
                throw OfficeFailure("soffice wrote no PDF for \(name): \(Self.log(dir))")
            }
            let textFile = dir.appendingPathComponent("out.txt")
            try run(
                pdftotext, ["-enc", "UTF-8", pdf.path, textFile.path], log: dir.appendingPathComponent("pdftotext.log"),
                timeout: 60)
            return try String(contentsOf: textFile, encoding: .utf8)
        }
    }

    /// The file opened and saved again by LibreOffice in the same format, as a clerk's Excel or
    /// WPS would hand it back: its own XML, shared strings and styles, not Duban's.
    func resaved(_ data: Data, name: String, filter: String) throws -> Data {
        try converted(data, name: name, to: "\((name as NSString).pathExtension):\(filter)") { dir, out in
            guard let saved = FileManager.default.contents(atPath: out.appendingPathComponent(name).path) else {
                throw OfficeFailure("soffice did not save \(name) again: \(Self.log(dir))")
            }
            return saved
        }
    }

    /// Runs `soffice --convert-to` on the file in a scratch directory and hands the directory and
    /// its output folder to `read`, then removes them.
    func converted<T>(_ data: Data, name: String, to target: String, read: (URL, URL) throws -> T) throws -> T {
        let dir = FileManager.default.temporaryDirectory.appendingPathComponent("duban-office-\(UUID().uuidString)")
        let out = dir.appendingPathComponent("out")
        try FileManager.default.createDirectory(at: out, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: dir) }
        let input = dir.appendingPathComponent(name)
        try data.write(to: input)
        // A profile of its own: parallel runs (and a user's open LibreOffice) would otherwise
        // share one and wait on its lock.
        let profile = dir.appendingPathComponent("profile", isDirectory: true)
        try run(
            soffice,
            [
                "-env:UserInstallation=\(profile.absoluteString)", "--headless", "--norestore",
                "--nolockcheck", "--convert-to", target, "--outdir", out.path, input.path,
            ],
            log: dir.appendingPathComponent("soffice.log"), timeout: 180)
        return try read(dir, out)
    }

    static func log(_ dir: URL) -> String { (try? String(contentsOf: dir.appendingPathComponent("soffice.log"), encoding: .utf8)) ?? "" }

    /// Runs a tool to completion, its output to a log file (a pipe left unread could fill and
    /// stall it); stopped and reported after `timeout` seconds.
    func run(_ tool: String, _ arguments: [String], log: URL, timeout: Double) throws {
        _ = FileManager.default.createFile(atPath: log.path, contents: nil)
        let logHandle = try FileHandle(forWritingTo: log)
        defer { try? logHandle.close() }
        let process = Process()
        process.executableURL = URL(fileURLWithPath: tool)
        process.arguments = arguments
        process.standardOutput = logHandle
        process.standardError = logHandle
        process.standardInput = FileHandle.nullDevice
        let finished = DispatchSemaphore(value: 0)
        process.terminationHandler = { _ in finished.signal() }
        try process.run()
        if finished.wait(timeout: .now() + timeout) == .timedOut {
            process.terminate()
            _ = finished.wait(timeout: .now() + 10)
            throw OfficeFailure("\(tool) did not finish within \(Int(timeout)) s")
        }
        guard process.terminationStatus == 0 else {
            let output = (try? String(contentsOf: log, encoding: .utf8)) ?? ""
            throw OfficeFailure("\(tool) exited with \(process.terminationStatus): \(output)")
        }
    }
}

struct OfficeFailure: Error, CustomStringConvertible {
    var description: String
    init(_ description: String) { self.description = description }
}
