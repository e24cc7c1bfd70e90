import DubanCore
import DubanExport
import Foundation

/// Export speed: a 300-task plan, made by repeating the samples' tasks, written as .docx (the
/// goal: ≤ 500 ms in a release build), and for comparison as .xlsx and .csv; then read back
/// once to show the file is whole.
enum ExportBench {
    static let tasks = 300
    static let iterations = 20

    static func run() {
        print("== export: \(tasks) tasks from the samples (in-process, mean of \(iterations) after 3 warm-up)")
        let samples = ["zhonglou-2022", "tianning-2022"].compactMap { name in
            try? PlanImporter().importPlan(path: BenchPaths.root + "/Samples/\(name).txt")
        }
        guard let first = samples.first else {
            print("cannot import the samples under \(BenchPaths.root)/Samples")
            return
        }
        let pool = samples.flatMap(\.tasks)
        var plan = first
        plan.attachments = [Attachment(number: 1, title: "")]
        plan.tasks = (0..<tasks).map { index in
            var task = pool[index % pool.count]
            task.attachment = 1
            task.label = "(\(index + 1))"
            return task
        }
        let exporter = PlanExporter()
        for format in [ExportFormat.docx, .xlsx, .csv] {
            var data = Data()
            for _ in 0..<3 { data = (try? exporter.export(plan, as: format)) ?? Data() }
            let start = DispatchTime.now()
            for _ in 0..<iterations { data = (try? exporter.export(plan, as: format)) ?? Data() }
            let ms = Double(DispatchTime.now().uptimeNanoseconds - start.uptimeNanoseconds) / Double(iterations) / 1e6
            let path = FileManager.default.temporaryDirectory.appendingPathComponent("duban-bench-export-\(getpid()).\(format.rawValue)").path
            _ = FileManager.default.createFile(atPath: path, contents: data)
            let back = (try? PlanImporter().importPlan(path: path))?.tasks.count ?? -1
            try? FileManager.default.removeItem(atPath: path)
            print(String(format: "%@: %.1f ms per export, %d KB, %d tasks read back", format.rawValue, ms, data.count / 1024, back))
        }
    }
}
