import DubanCore
import DubanDocuments
import DubanStore
import DubanStrings
import Vapor

/// Plans: list, read, import a document (→ draft with warnings and lint findings), publish.
struct PlanAPI {
    struct PlanDTO: Content {
        var id: Int
        var governmentID: Int
        var year: Int
        var title: String
        var status: String
        var sourceName: String
        var publishedAt: Date?
        var tasks: Int
        var lights: [String: Int]
    }

    struct ImportResponse: Content {
        var planID: Int
        var tasks: Int
        var warnings: [String]
        var taskWarnings: Int
        var findings: [ImportFindings.Item]
        var proposedUnits: [String]
        var proposedLeaders: [String]
    }

    func register(_ api: any RoutesBuilder) {
        api.get("plans") { req async throws -> Response in
            let actor = try req.requireActor()
            var out: [PlanDTO] = []
            for plan in try await Scoped.plans(for: actor, on: req.store.db) { out.append(try await Self.dto(plan, on: req)) }
            return try out.jsonResponse()
        }
        api.get("plans", ":id") { req async throws -> Response in
            let plan = try await req.plan(.readPlan)
            return try await Self.dto(plan, on: req).jsonResponse()
        }
        api.on(.POST, "imports", body: .stream) { req async throws -> Response in
            let actor = try req.requireActor()
            // Refuse roles that can never import before reading the upload.
            try req.authorize(.importPlan, .government(actor.governmentID))
            try await req.collectUpload(max: req.duban.config.uploadLimitBytes)
            // `columns`: what each column holds (number, goal, standard, leader, lead, coop, responsible, deadline, ignore), comma-separated.
            struct Form: Content {
                var file: File
                var governmentID: Int?
                var year: Int?
                var columns: String?
            }
            guard let form = try? req.content.decode(Form.self), form.file.data.readableBytes > 0 else {
                throw Abort(.badRequest, reason: Strings.Web.uploadMissing)
            }
            let governmentID = form.governmentID ?? actor.governmentID
            guard let governmentID else { throw Abort(.badRequest, reason: Strings.Web.governmentRequired) }
            try req.authorize(.importPlan, .government(governmentID))
            let mapping = try ImportFlow.mapping(form.columns.map { $0.split(separator: ",").map(String.init) })
            let result = try await ImportFlow.run(
                data: Data(buffer: form.file.data), filename: form.file.filename,
                governmentID: governmentID, year: form.year, actor: actor, req: req, mapping: mapping)
            return try result.jsonResponse(status: .created)
        }
        api.post("plans", ":id", "publish") { req async throws -> OK in
            try await Publishing.publish(planID: try req.id(), actor: try req.requireActor(), in: req.store)
            return OK()
        }
        api.post("plans", ":id", "confirmations") { req async throws -> OK in
            struct Body: Content {
                var taskIDs: [Int]?
                var reason: String?
            }
            let body = try req.decode(Body.self)
            let ids = try await Confirmations.confirm(
                planID: try req.id(), taskIDs: body.taskIDs, reason: body.reason ?? "",
                actor: try req.requireActor(), in: req.store)
            return OK(ids: ids)
        }
    }

    static func dto(_ plan: PlanEntry, on req: Request) async throws -> PlanDTO {
        let rows = try await req.board(.plan(plan.id))
        return PlanDTO(
            id: plan.id, governmentID: plan.governmentID, year: plan.year, title: plan.title,
            status: plan.status, sourceName: plan.sourceName, publishedAt: plan.publishedAt, tasks: rows.count,
            lights: Dictionary(grouping: rows, by: { $0.light.rawValue }).mapValues(\.count))
    }
}

/// Upload → importer → draft plan, with the importer's warnings and the linter's findings.
enum ImportFlow {
    /// A document read, and what the reader could not settle about its columns.
    struct Reading {
        var document: Document
        var question: ColumnQuestion?
    }

    static func read(data: Data, filename: String, req: Request) throws -> Reading {
        do {
            let document = try DocumentReader(sizeLimit: req.duban.config.uploadLimitBytes).read(data: data, name: filename)
            return Reading(document: document, question: ColumnQuestion.of(document))
        } catch let error as DocumentError {
            throw Abort(.unprocessableEntity, reason: error.description)
        }
    }

    /// Imports into a draft. The columns are the ones given, else the ones this government gave
    /// before for the same header, else the reader's own.
    /// `reading`: the document already read by the caller, so it is not read twice.
    static func run(
        data: Data, filename: String, governmentID: Int, year: Int?, actor: Actor, req: Request,
        mapping given: ColumnMapping? = nil, reading known: Reading? = nil
    ) async throws -> PlanAPI.ImportResponse {
        guard let governmentName = try await DirectoryListing.governmentName(governmentID, on: req.store.db) else {
            throw Abort(.badRequest, reason: Strings.Web.governmentRequired)
        }
        let reading = try known ?? read(data: data, filename: filename, req: req)
        var mapping = given
        if mapping == nil, let question = reading.question {
            mapping = try await ColumnMappings.find(governmentID: governmentID, key: question.key, actor: actor, in: req.store)
        }
        let plan: Plan
        do {
            var importer = PlanImporter(government: governmentName, year: year)
            importer.columnMapping = mapping
            plan = try importer.importPlan(reading.document, name: filename)
        } catch let error as PlanImportError {
            throw Abort(.unprocessableEntity, reason: error.description)
        }
        let findings = ImportFindings.of(plan)
        let result = try await PlanDrafts.create(
            plan, source: data, sourceName: filename, governmentID: governmentID,
            actor: actor, findings: findings.map(\.message), in: req.store)
        return PlanAPI.ImportResponse(
            planID: result.planID, tasks: plan.tasks.count, warnings: plan.warnings.map(\.sentence),
            taskWarnings: plan.tasks.reduce(0) { $0 + $1.warnings.count }, findings: findings,
            proposedUnits: result.proposedUnits, proposedLeaders: result.proposedLeaders)
    }

    /// `number,standard,lead,…` from the API or the column form; nil when absent, 400 when wrong.
    static func mapping(_ roles: [String]?) throws -> ColumnMapping? {
        guard let roles, !roles.isEmpty else { return nil }
        let parsed = roles.map { ColumnMapping.Role(rawValue: $0.trimmingCharacters(in: .whitespaces)) }
        guard parsed.allSatisfy({ $0 != nil }), parsed.contains(.standard), roles.count <= 60 else {
            throw Abort(.badRequest, reason: Strings.Columns.needStandard)
        }
        return ColumnMapping(roles: parsed.compactMap { $0 })
    }
}
