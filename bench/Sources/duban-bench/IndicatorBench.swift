import DubanCore
import Foundation

/// Indicator extraction throughput: every work standard of the gold files, repeated, on one
/// thread; then the quantity scanner over the same texts.
enum IndicatorBench {
    static func run() {
        let texts = goldTexts()
        guard !texts.isEmpty else {
            print("== indicators: no gold texts found under Tests/Fixtures/gold")
            return
        }
        let extractor = IndicatorExtractor()
        let scanner = QuantityScanner()
        for text in texts { _ = extractor.analyse(text) }  // warm-up
        let rounds = max(1, 200_000 / texts.count)

        var indicators = 0
        var start = DispatchTime.now()
        for _ in 0..<rounds {
            for text in texts { indicators &+= extractor.analyse(text).indicators.count }
        }
        var seconds = Double(DispatchTime.now().uptimeNanoseconds - start.uptimeNanoseconds) / 1e9
        let standards = rounds * texts.count
        print("== indicators: \(texts.count) gold standards × \(rounds) rounds, single thread")
        print(
            String(
                format: "%d standards in %.2f s: %.0f standards/second (%d indicators)",
                standards, seconds, Double(standards) / seconds, indicators))

        var quantities = 0
        start = DispatchTime.now()
        for _ in 0..<rounds {
            for text in texts { quantities &+= scanner.scan(text).count }
        }
        seconds = Double(DispatchTime.now().uptimeNanoseconds - start.uptimeNanoseconds) / 1e9
        print(String(format: "quantity scan: %.0f texts/second (%d quantities)", Double(standards) / seconds, quantities))
    }

    private static func goldTexts() -> [String] {
        var url = URL(fileURLWithPath: #filePath)
        while url.path != "/" {
            url.deleteLastPathComponent()
            if FileManager.default.fileExists(atPath: url.appendingPathComponent("Package.swift").path) { break }
        }
        let gold = url.appendingPathComponent("Tests/Fixtures/gold")
        let files = (try? FileManager.default.contentsOfDirectory(atPath: gold.path)) ?? []
        var texts: [String] = []
        for file in files.sorted() where file.hasSuffix(".indicators.gold.json") {
            guard let data = try? Data(contentsOf: gold.appendingPathComponent(file)),
                let object = try? JSONSerialization.jsonObject(with: data) as? [String: Any],
                let tasks = object["tasks"] as? [[String: Any]]
            else { continue }
            texts += tasks.compactMap { $0["text"] as? String }
        }
        return texts
    }
}
