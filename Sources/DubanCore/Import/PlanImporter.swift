import DubanDocuments
import DubanStrings

/// A document → a plan: picks the recognizer for the layout, assembles tasks, reads the
/// government and year, and analyses each standard's indicators.
public struct PlanImporter: Sendable {
    public var reader: DocumentReader
    /// Given by the user; otherwise read from the document.
    public var government: String?
    public var year: Int?
    public var extractor: IndicatorExtractor?

    public init(reader: DocumentReader = DocumentReader(), government: String? = nil, year: Int? = nil,
                extractor: IndicatorExtractor? = IndicatorExtractor()) {
        self.reader = reader
        self.government = government
        self.year = year
        self.extractor = extractor
    }

    public func importPlan(path: String, format: DocumentFormat? = nil) throws -> Plan {
        let document = try reader.read(path: path, format: format)
        return try importPlan(document, name: path)
    }

    public func importPlan(_ document: Document, name: String) throws -> Plan {
        let out: RecognizedRows = switch document.format {
        case .lines: LineLayoutRecognizer(document: document).recognize()
        case .inline: InlineRecognizer(document: document).recognize()
        default: TableRecognizer(document: document).recognize()
        }
        let (drafts, paragraphs) = (out.rows, out.paragraphs)
        var (attachments, warnings) = (out.attachments, out.warnings)
        guard !drafts.isEmpty else { throw PlanImportError.noTasks(file: name) }

        let metadata = DocumentMetadata(paragraphs: paragraphs)
        var plan = Plan(government: government ?? metadata.government, year: year ?? metadata.year, format: document.format)
        warnings += metadata.warnings.filter { warning in
            switch warning.code {
            case .inferredGovernment, .missingGovernment: government == nil
            case .missingYear: year == nil
            default: true
            }
        }
        if attachments.isEmpty { attachments = [Attachment(number: 1, title: "")] }
        plan.attachments = attachments
        plan.warnings = warnings
        let assembler = PlanAssembler(planYear: plan.year)
        plan.tasks = assembler.assemble(drafts, labelsFromText: document.format != .lines)
        if let extractor {
            for index in plan.tasks.indices {
                let analysis = extractor.analyse(plan.tasks[index].text)
                plan.tasks[index].kind = analysis.kind
                plan.tasks[index].indicators = analysis.indicators
            }
        }
        return plan
    }
}

public enum PlanImportError: Error, Equatable, Sendable, CustomStringConvertible {
    case noTasks(file: String)

    public var description: String {
        switch self {
        case .noTasks(let file): Strings.Import.noTasks(file)
        }
    }
}
