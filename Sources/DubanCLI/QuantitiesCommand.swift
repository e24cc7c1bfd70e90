import ArgumentParser
import DubanCore
import DubanStrings
import Foundation

/// `duban quantities`: one input per line on stdin, one JSON line per input, in order.
struct QuantitiesCommand: ParsableCommand {
    static let configuration = CommandConfiguration(commandName: "quantities", abstract: Strings.CLI.quantitiesAbstract)

    @Flag(inversion: .prefixedNo, help: ArgumentHelp(Strings.Indicators.numeralsHelp))
    var numerals = true

    func run() throws {
        let scanner = QuantityScanner(options: .init(reportNumerals: numerals))
        var out = ""
        for line in try StdinLines.read() {
            var w = JSONWriter()
            w.beginObject()
            w.string("input", line)
            w.beginArray("quantities")
            for q in scanner.scan(line) { q.write(to: &w) }
            w.endArray()
            w.endObject()
            out += w.text + "\n"
        }
        Output.write(out)
    }
}

/// Standard input as lines, for the line-by-line commands.
enum StdinLines {
    static func read() throws -> [String] {
        let data = FileHandle.standardInput.readDataToEndOfFile()
        guard let text = String(data: data, encoding: .utf8) else {
            throw CLIFailure(Strings.Indicators.inputNotText)
        }
        var lines = text.split(separator: "\n", omittingEmptySubsequences: false).map {
            $0.hasSuffix("\r") ? String($0.dropLast()) : String($0)
        }
        if lines.last == "" { lines.removeLast() }  // the newline that ends the last line
        return lines
    }
}
