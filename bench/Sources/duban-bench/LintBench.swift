import DubanCore
import Foundation

/// Lint speed: each sample imported once, then `PlanLinter().lint` (which infers the unit
/// directory too) timed over many runs. Goal: ≤ 50 ms per lint in a release build.
enum LintBench {
    static let iterations = 200

    static func run() {
        print("== lint: samples (in-process, import once, mean of \(iterations) lints after 10 warm-up)")
        for sample in ["zhonglou-2022", "tianning-2022"] {
            let path = root + "/Samples/\(sample).txt"
            guard let plan = try? PlanImporter().importPlan(path: path) else {
                print("\(sample): cannot import \(path)")
                continue
            }
            let linter = PlanLinter()
            var findings = 0
            for _ in 0..<10 { findings = linter.lint(plan).count }
            let start = DispatchTime.now()
            for _ in 0..<iterations { findings = linter.lint(plan).count }
            let ms = Double(DispatchTime.now().uptimeNanoseconds - start.uptimeNanoseconds) / Double(iterations) / 1e6
            print(String(format: "%@: %d tasks, %d findings, %.3f ms per lint", sample, plan.tasks.count, findings, ms))
        }
    }

    /// The package root: the nearest folder above this file, or the working directory, with Package.swift.
    static let root: String = {
        for start in [
            URL(fileURLWithPath: #filePath),
            URL(fileURLWithPath: FileManager.default.currentDirectoryPath, isDirectory: true)
                .appendingPathComponent("x"),
        ] {
            var url = start
            while url.path != "/" {
                url.deleteLastPathComponent()
                if FileManager.default.fileExists(atPath: url.appendingPathComponent("Package.swift").path) { return url.path }
            }
        }
        return FileManager.default.currentDirectoryPath
    }()
}
