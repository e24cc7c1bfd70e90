import ArgumentParser
import DubanCore
import DubanDocuments
import DubanStrings

/// `duban units FILE`: the unit directory the plan implies, with 一单位一清单 and 一领导一清单.
struct UnitsCommand: ParsableCommand {
    static let configuration = CommandConfiguration(commandName: "units", abstract: Strings.CLI.unitsAbstract)

    @Argument(help: ArgumentHelp(Strings.CLI.fileHelp))
    var file: String

    @Flag(help: ArgumentHelp(Strings.Units.jsonHelp))
    var json = false

    @Option(help: ArgumentHelp(Strings.Units.directoryHelp))
    var directory: String?

    func run() throws {
        let (plan, config) = try PlanInput.load(file, directory: directory)
        let units = UnitDirectory.infer(from: plan, config: config)
        let lists = ResponsibilityLists(plan: plan, directory: units)
        Output.write(json ? UnitsJSON.encode(plan, units, lists) : UnitsText.render(plan, units, lists))
    }
}

/// The plan and the optional directory file, with their failures as one Chinese line.
enum PlanInput {
    static func load(_ file: String, directory: String?) throws -> (Plan, DirectoryConfig?) {
        do {
            let config = try directory.map(DirectoryConfig.load(path:))
            return (try PlanImporter().importPlan(path: file), config)
        } catch let error as DocumentError {
            throw CLIFailure(error.description)
        } catch let error as PlanImportError {
            throw CLIFailure(error.description)
        } catch let error as DirectoryConfigError {
            throw CLIFailure(error.description)
        }
    }
}

enum UnitsText {
    static func render(_ plan: Plan, _ directory: UnitDirectory, _ lists: ResponsibilityLists) -> String {
        typealias UnitsText = Strings.Units
        var out = [
            UnitsText.heading(
                government: plan.government, year: plan.year, units: directory.units.count,
                leaders: directory.leaders.count)
        ]
        let refs = TaskRefs(plan)
        for kind in UnitKind.allCases {
            let units = directory.units.filter { $0.kind == kind }
            guard !units.isEmpty else { continue }
            out.append("")
            out.append(UnitsText.kindHeading(kind.rawValue, count: units.count))
            for unit in units {
                let lead = lists.lead[unit.name] ?? []
                let coop = lists.coop[unit.name] ?? []
                out.append(UnitsText.unit(unit.name, lead: lead.count, coop: coop.count))
                if !unit.aliases.isEmpty { out.append(UnitsText.aliases(unit.aliases)) }
                if !unit.recognised { out.append(UnitsText.unrecognised) }
                if !lead.isEmpty { out.append(UnitsText.leadList(refs.list(lead))) }
                if !coop.isEmpty { out.append(UnitsText.coopList(refs.list(coop))) }
            }
        }
        if !directory.collectives.isEmpty {
            out.append("")
            out.append(UnitsText.collectivesHeading)
            for collective in directory.collectives {
                out.append(
                    collective.needsPerson
                        ? UnitsText.collectiveNeedsPerson(collective.name, membership: collective.target == .membership)
                        : UnitsText.collective(collective.name, members: collective.members, configured: collective.configured))
                out.append(
                    UnitsText.collectiveTasks(
                        lead: lists.collectiveLead[collective.name]?.count ?? 0,
                        coop: lists.collectiveCoop[collective.name]?.count ?? 0))
            }
        }
        if !directory.composites.isEmpty {
            out.append("")
            out.append(UnitsText.compositesHeading)
            out += directory.composites.map { UnitsText.composite($0.name, parts: $0.parts) }
        }
        out.append("")
        out.append(UnitsText.leadersHeading)
        for leader in directory.leaders {
            let tasks = lists.leaderTasks[leader.name] ?? []
            out.append(UnitsText.leader(leader.name, count: tasks.count, isTitle: leader.isTitle))
            out.append(UnitsText.leaderList(tasks.map(refs.short).joined(separator: "、")))
        }
        return out.joined(separator: "\n") + "\n"
    }
}

/// Short task references for long lists: `附件1(14)`, `附件2#3`.
struct TaskRefs {
    private var refs: [String]

    init(_ plan: Plan) {
        var position: [Int: Int] = [:]
        refs = plan.tasks.map { task in
            position[task.attachment, default: 0] += 1
            return task.label.isEmpty ? "附件\(task.attachment)#\(position[task.attachment]!)" : "附件\(task.attachment)\(task.label)"
        }
    }

    func short(_ index: Int) -> String { refs[index] }

    func list(_ entries: [ResponsibilityLists.Entry]) -> String {
        entries.map { entry in refs[entry.task] + (entry.via.map(Strings.Units.via) ?? "") }.joined(separator: "、")
    }
}

enum UnitsJSON {
    static func encode(_ plan: Plan, _ directory: UnitDirectory, _ lists: ResponsibilityLists) -> String {
        let q = PlanJSON.quote
        func strings(_ values: [String]) -> String { "[" + values.map(q).joined(separator: ", ") + "]" }
        func ints(_ values: [Int]) -> String { "[" + values.map(String.init).joined(separator: ", ") + "]" }
        func entries(_ values: [ResponsibilityLists.Entry]) -> String {
            "[" + values.map { "{\"task\": \($0.task), \"via\": \($0.via.map(q) ?? "null")}" }.joined(separator: ", ") + "]"
        }
        let units = directory.units.map { unit in
            "    {\"name\": \(q(unit.name)), \"kind\": \(q(unit.kind.rawValue)), \"aliases\": \(strings(unit.aliases)), "
                + "\"printed\": \(strings(unit.printed)), \"recognised\": \(unit.recognised), "
                + "\"lead\": \(entries(lists.lead[unit.name] ?? [])), \"coop\": \(entries(lists.coop[unit.name] ?? []))}"
        }
        let collectives = directory.collectives.map { c in
            "    {\"name\": \(q(c.name)), \"target\": \(q(c.target.rawValue)), \"members\": \(strings(c.members)), "
                + "\"needsPerson\": \(c.needsPerson), \"lead\": \(ints(lists.collectiveLead[c.name] ?? [])), "
                + "\"coop\": \(ints(lists.collectiveCoop[c.name] ?? []))}"
        }
        let composites = directory.composites.map { "    {\"name\": \(q($0.name)), \"parts\": \(strings($0.parts))}" }
        let leaders = directory.leaders.map { leader in
            "    {\"name\": \(q(leader.name)), \"title\": \(leader.isTitle), \"tasks\": \(ints(lists.leaderTasks[leader.name] ?? []))}"
        }
        func block(_ name: String, _ rows: [String]) -> String {
            rows.isEmpty ? "  \(q(name)): []" : "  \(q(name)): [\n" + rows.joined(separator: ",\n") + "\n  ]"
        }
        return "{\n"
            + [
                "  \"government\": \(plan.government.map(q) ?? "null")",
                "  \"year\": \(plan.year.map(String.init) ?? "null")",
                block("units", units), block("collectives", collectives), block("composites", composites), block("leaders", leaders),
            ].joined(separator: ",\n") + "\n}\n"
    }
}
