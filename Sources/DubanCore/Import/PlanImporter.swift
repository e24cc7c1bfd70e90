import DubanDocuments
import DubanStrings
import Foundation

/// A document → a plan: picks the recognizer for the layout, assembles tasks, reads the
/// government and year, and analyses each standard's indicators.
public struct PlanImporter: Sendable {
    public var reader: DocumentReader
    /// Given by the user; otherwise read from the document.
    public var government: String?
    public var year: Int?
    public var extractor: IndicatorExtractor?
    /// What each column of the document's tables holds, as a person said it.
    public var columnMapping: ColumnMapping?

    public init(
        reader: DocumentReader = DocumentReader(), government: String? = nil, year: Int? = nil,
        extractor: IndicatorExtractor? = IndicatorExtractor()
    ) {
        self.reader = reader
        self.government = government
        self.year = year
        self.extractor = extractor
    }

    public func importPlan(path: String, format: DocumentFormat? = nil) throws -> Plan {
        if format == .json || (format == nil && (path as NSString).pathExtension.lowercased() == "json") {
            return try importPlanJSON(path: path)
        }
        let document = try reader.read(path: path, format: format)
        return try importPlan(document, name: path)
    }

    /// A `duban.plan/1` file: the tasks as written there, checked as a document would be
    /// (present, a file, within the size limit, not empty), then analysed like any import.
    public func importPlanJSON(path: String) throws -> Plan {
        var isDirectory: ObjCBool = false
        guard FileManager.default.fileExists(atPath: path, isDirectory: &isDirectory) else {
            throw DocumentError.missing(file: path)
        }
        if isDirectory.boolValue { throw DocumentError.isDirectory(file: path) }
        if let size = (try? FileManager.default.attributesOfItem(atPath: path))?[.size] as? Int, size > reader.sizeLimit {
            throw DocumentError.tooLarge(file: path, limitBytes: reader.sizeLimit)
        }
        guard let data = FileManager.default.contents(atPath: path) else { throw DocumentError.missing(file: path) }
        if data.isEmpty { throw DocumentError.empty(file: path) }
        var plan = try PlanJSONReader.read(data: data, file: path)
        if let government { plan.government = government }
        if let year { plan.year = year }
        let place = SourceLocation()
        if plan.government == nil { plan.warnings.append(ImportWarning(.missingGovernment, Strings.Import.missingGovernment, at: place)) }
        if plan.year == nil { plan.warnings.append(ImportWarning(.missingYear, Strings.Import.missingYear, at: place)) }
        analyse(&plan)
        return plan
    }

    public func importPlan(_ document: Document, name: String) throws -> Plan {
        let reading = PlanReadings.best(of: document, mapping: columnMapping)
        var out = reading.rows
        let (drafts, paragraphs) = (out.rows, out.paragraphs)
        guard !drafts.isEmpty else { throw PlanImportError.noTasks(file: name) }

        let metadata = DocumentMetadata(paragraphs: paragraphs)
        var plan = Plan(government: government ?? metadata.government, year: year ?? metadata.year, format: reading.format)
        out.warnings += metadata.warnings.filter { warning in
            switch warning.code {
            case .inferredGovernment, .missingGovernment: government == nil
            case .missingYear, .inferredYear: year == nil
            default: true
            }
        }
        if out.attachments.isEmpty { out.attachments = [Attachment(number: 1, title: "")] }
        plan.attachments = out.attachments
        let assembler = PlanAssembler(planYear: plan.year)
        plan.tasks = assembler.assemble(drafts, labelsFromText: reading.format != .lines && reading.format != .inline)
        plan.warnings = PlanWarnings.ordered(out.warnings, tasks: plan.tasks)
        analyse(&plan)
        return plan
    }

    /// Each standard's kind and indicators.
    private func analyse(_ plan: inout Plan) {
        guard let extractor else { return }
        for index in plan.tasks.indices {
            let analysis = extractor.analyse(plan.tasks[index].text)
            plan.tasks[index].kind = analysis.kind
            plan.tasks[index].indicators = analysis.indicators
        }
    }
}

public enum PlanImportError: Error, Equatable, Sendable, CustomStringConvertible {
    case noTasks(file: String)
    /// A `.json` file that is not JSON in the shape of `duban.plan/1`.
    case notPlanJSON(file: String)
    case wrongSchema(file: String, schema: String)

    public var description: String {
        switch self {
        case .noTasks(let file): Strings.Import.noTasks(file)
        case .notPlanJSON(let file): Strings.Export.notPlanJSON(file)
        case .wrongSchema(let file, let schema): Strings.Export.wrongSchema(file, schema: schema)
        }
    }
}
