import DubanCore
import DubanDocuments
import Foundation

/// Import speed and memory: each sample in-process, then generated 1,000 / 2,000 / 5,000-row
/// plans as TAB text and as .docx, each imported in a child process so its peak memory is its own.
enum ImportBench {
    static func run() {
        print("== import: samples (in-process, mean of 50 after 5 warm-up)")
        for sample in ["zhonglou-2022", "tianning-2022"] {
            let path = BenchPaths.root + "/Samples/\(sample).txt"
            let importer = PlanImporter()
            for _ in 0..<5 { _ = try? importer.importPlan(path: path) }
            let start = DispatchTime.now()
            var tasks = 0
            for _ in 0..<50 { tasks = (try? importer.importPlan(path: path))?.tasks.count ?? -1 }
            let ms = Double(DispatchTime.now().uptimeNanoseconds - start.uptimeNanoseconds) / 50 / 1e6
            print(String(format: "%@: %d tasks, %.2f ms per import", sample, tasks, ms))
        }
        print("== import: generated plans (child process each: wall time, peak RSS)")
        let dir = FileManager.default.temporaryDirectory.appendingPathComponent("duban-bench-\(getpid())")
        try? FileManager.default.createDirectory(at: dir, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: dir) }
        for rows in [1_000, 2_000, 5_000] {
            let text = dir.appendingPathComponent("plan-\(rows).txt").path
            let docx = dir.appendingPathComponent("plan-\(rows).docx").path
            _ = FileManager.default.createFile(atPath: text, contents: Data(PlanGenerator.tabText(rows: rows).utf8))
            do {
                try PlanGenerator.docx(rows: rows).write(to: URL(fileURLWithPath: docx))
            } catch {
                print("docx generation failed: \(error)")
            }
            for file in [text, docx] { measureChild(file: file, rows: rows) }
        }
    }

    /// Runs `duban-bench import-file FILE` and reports its own timing and the child's max RSS.
    static func measureChild(file: String, rows: Int) {
        let process = Process()
        process.executableURL = URL(fileURLWithPath: CommandLine.arguments[0])
        process.arguments = ["import-file", file]
        let pipe = Pipe()
        process.standardOutput = pipe
        do { try process.run() } catch {
            print("cannot start child: \(error)")
            return
        }
        let output = String(decoding: pipe.fileHandleForReading.readDataToEndOfFile(), as: UTF8.self)
        process.waitUntilExit()
        print(String(format: "%5d rows %@: %@", rows, (file as NSString).pathExtension, output.trimmingCharacters(in: .whitespacesAndNewlines)))
    }

    /// The child's side: import once, print time, task count and peak RSS.
    static func importFile(_ path: String) {
        let start = DispatchTime.now()
        let plan = try? PlanImporter().importPlan(path: path)
        let ms = Double(DispatchTime.now().uptimeNanoseconds - start.uptimeNanoseconds) / 1e6
        var usage = rusage()
        getrusage(__rusage_who_t(RUSAGE_SELF.rawValue), &usage)
        print(String(format: "%.0f ms, %d tasks, peak RSS %.1f MB", ms, plan?.tasks.count ?? -1, Double(usage.ru_maxrss) / 1024))
    }
}

extension ImportBench {
    static func printPlanJSON(_ path: String) {
        do {
            print(try PlanJSON.encode(try PlanImporter().importPlan(path: path)), terminator: "")
        } catch {
            FileHandle.standardError.write(Data("\(error)\n".utf8))
            exit(1)
        }
    }
}

enum BenchPaths {
    /// The package root, found from this source file so the bench runs from anywhere.
    static let root: String = {
        var url = URL(fileURLWithPath: #filePath)
        while url.path != "/" {
            url.deleteLastPathComponent()
            if FileManager.default.fileExists(atPath: url.appendingPathComponent("Package.swift").path) { return url.path }
        }
        return FileManager.default.currentDirectoryPath
    }()
}
