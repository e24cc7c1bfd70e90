import ArgumentParser
import DubanCore
import DubanStrings
import Foundation

/// `duban links PARENT CHILD`: which of the parent government's tasks are passed down to the
/// child, which of the child's tasks take them up (with the reason), and which nothing takes up.
struct LinksCommand: ParsableCommand {
    static let configuration = CommandConfiguration(commandName: "links", abstract: Strings.CLI.linksAbstract)

    @Argument(help: ArgumentHelp(Strings.CLI.linksParentHelp)) var parent: String
    @Argument(help: ArgumentHelp(Strings.CLI.linksChildHelp)) var child: String
    @Option(help: ArgumentHelp(Strings.CLI.linksChildNameHelp)) var childName: String?
    @Flag(help: ArgumentHelp(Strings.CLI.linksJSONHelp)) var json = false

    struct TaskRef: Encodable {
        var label: String
        var path: [String]
        var text: String

        init(_ task: PlanTask) {
            label = task.label
            path = task.path
            text = task.text
        }
    }

    struct Proposal: Encodable {
        var child: TaskRef
        var parent: TaskRef
        var sharedMeasures: [String]
        var similarity: Double
    }

    struct Report: Encodable {
        var childName: String
        var passedDown: [TaskRef]
        var proposals: [Proposal]
        var unlinked: [TaskRef]
    }

    func run() throws {
        let (parentPlan, _) = try PlanInput.load(parent, directory: nil)
        let (childPlan, _) = try PlanInput.load(child, directory: nil)
        guard let name = childName ?? childPlan.government, !name.isEmpty else { throw CLIFailure(Strings.CLI.linksChildNameMissing) }
        let links = PlanLinks(parent: parentPlan, child: childPlan, childName: name)
        let output = Report(
            childName: name, passedDown: links.passedDown.map { TaskRef(parentPlan.tasks[$0]) },
            proposals: links.proposals.map {
                Proposal(
                    child: TaskRef(childPlan.tasks[$0.childTaskID]), parent: TaskRef(parentPlan.tasks[$0.parentTaskID]),
                    sharedMeasures: $0.sharedMeasures, similarity: ($0.similarity * 100).rounded() / 100)
            },
            unlinked: links.unlinked.map { TaskRef(parentPlan.tasks[$0]) })
        if json {
            let encoder = JSONEncoder()
            encoder.outputFormatting = [.prettyPrinted, .sortedKeys, .withoutEscapingSlashes]
            Output.write(String(decoding: try encoder.encode(output), as: UTF8.self) + "\n")
            return
        }
        var lines = [Strings.CLI.linksHeading(child: name, passedDown: output.passedDown.count, proposals: output.proposals.count)]
        for proposal in output.proposals {
            let reason =
                proposal.sharedMeasures.isEmpty
                ? Strings.CLI.linksByText(Int(proposal.similarity * 100)) : Strings.CLI.linksByMeasure(proposal.sharedMeasures)
            lines.append(Strings.CLI.linksProposal(child: Self.name(proposal.child), parent: Self.name(proposal.parent), reason: reason))
        }
        if !output.unlinked.isEmpty { lines.append(Strings.CLI.linksUnlinkedHeading(output.unlinked.count)) }
        for task in output.unlinked { lines.append("  " + Self.name(task)) }
        Output.write(lines.joined(separator: "\n") + "\n")
    }

    static func name(_ task: TaskRef) -> String {
        (task.path.last.map { $0 + " " } ?? "") + task.label + " " + String(task.text.prefix(40))
    }
}
