import ArgumentParser
import DubanCore
import DubanStrings

/// `duban indicators`: one work standard per line on stdin, one JSON line per standard, in order:
/// `{"text", "kind", "indicators": [{"metric", "value", "unit", "comparator", "tier", "change", "measure"}]}`.
struct IndicatorsCommand: ParsableCommand {
    static let configuration = CommandConfiguration(commandName: "indicators", abstract: Strings.CLI.indicatorsAbstract)

    @Flag(help: ArgumentHelp(Strings.Indicators.documentHelp))
    var document = false

    func run() throws {
        let extractor = IndicatorExtractor()
        let lines = try StdinLines.read()
        if document {
            let tasks = lines.map { (text: $0, analysis: extractor.analyse($0)) }
            Output.write(IndicatorDocument.json(tasks) + "\n")
            return
        }
        var out = ""
        for line in lines {
            var w = JSONWriter()
            extractor.analyse(line).write(text: line, to: &w)
            out += w.text + "\n"
        }
        Output.write(out)
    }
}
