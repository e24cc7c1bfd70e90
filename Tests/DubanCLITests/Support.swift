import DubanTestSupport
import Foundation

/// Paths and processes shared by the CLI tests.
enum Support {
    static let root: URL = RepositoryRoot.url

    static func path(_ relative: String) -> String { root.appendingPathComponent(relative).path }

    static func temporaryFile(_ name: String, contents: String) throws -> String {
        let dir = FileManager.default.temporaryDirectory.appendingPathComponent("duban-tests-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: dir, withIntermediateDirectories: true)
        let url = dir.appendingPathComponent(name)
        try contents.write(to: url, atomically: true, encoding: .utf8)
        return url.path
    }

    struct Run {
        var status: Int32
        var stdout: String
        var stderr: String
    }

    static func run(_ executable: String, _ arguments: [String], stdin: String? = nil) throws -> Run {
        try run(executable, arguments, input: stdin.map { Data($0.utf8) })
    }

    /// `environment`: set on top of this process's own; a nil value removes the variable.
    static func run(_ executable: String, _ arguments: [String], input: Data?, environment: [String: String?] = [:]) throws -> Run {
        let process = Process()
        process.executableURL = URL(fileURLWithPath: executable)
        process.arguments = arguments
        var inherited = ProcessInfo.processInfo.environment
        for (name, value) in environment { inherited[name] = value }
        process.environment = inherited
        let out = Pipe()
        let err = Pipe()
        let stdinPipe = Pipe()
        process.standardOutput = out
        process.standardError = err
        process.standardInput = stdinPipe
        try process.run()
        if let data = input { stdinPipe.fileHandleForWriting.write(data) }
        try stdinPipe.fileHandleForWriting.close()
        // Read both pipes before waiting, so a large output cannot block the child.
        let outData = out.fileHandleForReading.readAllRetryingInterrupts()
        let errData = err.fileHandleForReading.readAllRetryingInterrupts()
        process.waitUntilExit()
        return Run(
            status: process.terminationStatus, stdout: String(decoding: outData, as: UTF8.self),
            stderr: String(decoding: errData, as: UTF8.self))
    }

    /// Runs one of the shared scorers (`Tests/Tools/score-*`) and returns its `score: X`.
    static func score(_ tool: String, _ arguments: [String]) throws -> (score: Double, output: String) {
        let run = try run("/usr/bin/env", ["python3", path("Tests/Tools/\(tool)")] + arguments)
        let line = run.stdout.split(separator: "\n").last { $0.hasPrefix("score:") } ?? ""
        guard let value = Double(line.dropFirst("score:".count).trimmingCharacters(in: .whitespaces)) else {
            throw ScoreError.noScore(run.stdout + run.stderr)
        }
        return (value, run.stdout)
    }

    enum ScoreError: Error { case noScore(String) }

    /// The built `duban` executable next to the test bundle.
    static var dubanExecutable: String {
        let bundle =
            Bundle.allBundles.first { $0.bundlePath.hasSuffix(".xctest") }?.bundleURL
            ?? URL(fileURLWithPath: CommandLine.arguments[0])
        return bundle.deletingLastPathComponent().appendingPathComponent("duban").path
    }
}

/// A file the commands must refuse: its name, its bytes and the words the refusal must contain.
struct BadInput: Sendable, CustomStringConvertible {
    var name: String
    var bytes: [UInt8]
    var expect: String
    var description: String { name }
}
