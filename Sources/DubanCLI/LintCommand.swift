import ArgumentParser
import DubanCore
import DubanStrings

/// `duban lint FILE`: contradictions and gaps in a plan; exit status 1 when any is an error.
struct LintCommand: ParsableCommand {
    static let configuration = CommandConfiguration(commandName: "lint", abstract: Strings.CLI.lintAbstract)

    @Argument(help: ArgumentHelp(Strings.CLI.fileHelp))
    var file: String

    @Flag(help: ArgumentHelp(Strings.Lint.jsonHelp))
    var json = false

    @Option(help: ArgumentHelp(Strings.Units.directoryHelp))
    var directory: String?

    func run() throws {
        let (plan, config) = try PlanInput.load(file, directory: directory)
        let linter = PlanLinter(config: config)
        let context = LintContext(plan: plan, directory: UnitDirectory.infer(from: plan, config: config))
        let findings = linter.lint(context)
        Output.write(json ? LintJSON.encode(findings) : LintText.render(plan, findings, context))
        let errors = findings.filter { $0.severity == .error }.count
        if errors > 0 { throw CLIFailure(Strings.Lint.errorsFound(errors)) }
    }
}

enum LintText {
    static func render(_ plan: Plan, _ findings: [Finding], _ context: LintContext) -> String {
        typealias LintText = Strings.Lint
        let count = { (severity: Finding.Severity) in findings.filter { $0.severity == severity }.count }
        var out = [
            LintText.heading(
                government: plan.government, year: plan.year, errors: count(.error),
                warnings: count(.warning), infos: count(.info))
        ]
        if findings.isEmpty { out.append(LintText.clean) }
        for finding in findings {
            out.append(LintText.finding(finding.severity.rawValue, code: finding.code.rawValue, message: finding.message))
            // Messages that already name their tasks do not list them again; long lists are cut.
            let refs = finding.tasks.prefix(8).map(context.reference)
            if !refs.allSatisfy(finding.message.contains) {
                out.append(LintText.involvedTasks(refs + (finding.tasks.count > 8 ? ["…共 \(finding.tasks.count) 项"] : [])))
            }
        }
        return out.joined(separator: "\n") + "\n"
    }
}

enum LintJSON {
    static func encode(_ findings: [Finding]) -> String {
        let q = PlanJSON.quote
        let rows = findings.map { f in
            "    {\"severity\": \(q(f.severity.rawValue)), \"code\": \(q(f.code.rawValue)), \"message\": \(q(f.message)), "
                + "\"tasks\": [\(f.tasks.map(String.init).joined(separator: ", "))]}"
        }
        return rows.isEmpty ? "{\"findings\": []}\n" : "{\"findings\": [\n" + rows.joined(separator: ",\n") + "\n]}\n"
    }
}
