import ArgumentParser
import DubanStore
import DubanWeb
import Foundation

/// `duban bench-seed`: load-test data for `bench/server.sh`. Not for production databases.
struct BenchSeedCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(commandName: "bench-seed", abstract: "生成压测数据（仅用于基准测试）",
                                                    shouldDisplay: false)

    @Option var db: String?
    @Option var governments = 50
    @Option var tasks = 200
    @Option var months = 12
    @Option(help: "写出单位联络员 API 令牌的 JSON 文件") var tokens: String

    func run() async throws {
        guard let samples = SamplesLocator.find() else { throw CLIFailure("找不到 Samples/") }
        let backend = db.map { DatabaseBackend.resolve(dbPath: $0) } ?? DatabaseBackend.resolve(dbPath: nil)
        let made = try await BenchData.seed(backend, governments: governments, tasks: tasks, months: months,
                                            samplePath: samples + "/zhonglou-2022.txt")
        let data = try JSONEncoder().encode(made)
        try data.write(to: URL(fileURLWithPath: tokens))
        print("\(governments) × \(tasks) × \(months)：已写入 \(made.count) 个令牌到 \(tokens)")
    }
}
