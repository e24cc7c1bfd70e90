import DubanCore
import DubanExport
import DubanStore
import DubanStrings
import Vapor

/// 年考核 and 季督查 through the API, and their Excel downloads (shared with the pages).
struct ProductAPI {
    struct AssessmentDTO: Content {
        var weights: AssessmentWeights
        var provisional: Bool
        var asOf: Date
        var label: String
        var units: [UnitAssessment]

        init(weights: AssessmentWeights, result: AssessmentResult) {
            self.weights = weights
            provisional = result.provisional
            asOf = result.asOf
            label = result.label
            units = result.units
        }

        var result: AssessmentResult { AssessmentResult(provisional: provisional, asOf: asOf, label: label, units: units) }
    }

    struct InspectionDTO: Content {
        var rules: InspectionRules
        var description: [String]
        var year: Int
        var quarter: Int
        var asOf: Date
        var items: [InspectionItem]
        var leftOut: Int
        var responsibility: [InspectionItem]
        /// The units the list would push over the government's ceiling this month.
        var overCeiling: [String] = []
        /// When this quarter's list was issued, if it was.
        var issuedAt: Date?

        init(rules: InspectionRules, list: InspectionList) {
            self.rules = rules
            description = Inspection.describe(rules)
            year = list.year
            quarter = list.quarter
            asOf = list.asOf
            items = list.items
            leftOut = list.leftOut
            responsibility = list.responsibility
        }

        var list: InspectionList {
            InspectionList(year: year, quarter: quarter, asOf: asOf, items: items, leftOut: leftOut, responsibility: responsibility)
        }
    }

    func register(_ api: any RoutesBuilder) {
        api.get("plans", ":id", "assessment") { req async throws -> Response in
            let (weights, result) = try await Self.assessment(req)
            return try AssessmentDTO(weights: weights, result: result).jsonResponse()
        }
        api.put("plans", ":id", "assessment", "weights") { req async throws -> OK in
            let weights = try req.decode(AssessmentWeights.self)
            try await PlanSettings.setWeights(planID: try req.id(), weights, actor: try req.requireActor(), in: req.store)
            return OK()
        }
        api.put("tasks", ":id", "rating") { req async throws -> OK in
            struct Body: Content { var grade: String? }
            try await Ratings.rate(taskID: try req.id(), grade: try req.decode(Body.self).grade, actor: try req.requireActor(), in: req.store)
            return OK()
        }
        api.get("plans", ":id", "rules") { req async throws -> Response in
            try await PlanSettings.supervisionRules(planID: try req.id(), actor: req.actor, on: req.store.db).jsonResponse()
        }
        api.put("plans", ":id", "rules") { req async throws -> Response in
            let id = try req.id()
            let actor = try req.requireActor()
            try await PlanSettings.setSupervisionRules(planID: id, try req.decode(SupervisionRules.self), actor: actor, in: req.store)
            return try await PlanSettings.supervisionRules(planID: id, actor: actor, on: req.store.db).jsonResponse()
        }
        api.get("plans", ":id", "inspection") { req async throws -> Response in
            let (rules, list) = try await Self.inspection(req)
            var dto = InspectionDTO(rules: rules, list: list)
            let issuing = try await Self.inspectionIssuing(req, planID: try req.id(), list: list)
            (dto.issuedAt, dto.overCeiling) = (issuing.issued?.issuedAt, issuing.overCeiling)
            return try dto.jsonResponse()
        }
        api.put("plans", ":id", "inspection", "rules") { req async throws -> OK in
            let rules = try req.decode(InspectionRules.self)
            try await PlanSettings.setInspectionRules(planID: try req.id(), rules, actor: try req.requireActor(), in: req.store)
            return OK()
        }
        api.post("plans", ":id", "inspection", "issue") { req async throws -> Response in
            struct Body: Content { var acceptOverCeiling: Bool? }
            let body = req.body.data == nil ? Body() : try req.decode(Body.self)
            let round = try await InspectionRounds.issue(
                planID: try req.id(), actor: try req.requireActor(), acceptOverCeiling: body.acceptOverCeiling ?? false, in: req.store)
            return try round.jsonResponse(status: .created)
        }
    }

    static func assessment(_ req: Request) async throws -> (AssessmentWeights, AssessmentResult) {
        let plan = try await req.plan(.runAssessment)
        let planID = plan.id
        let dto = try await req.cached("assessment:\(planID)", government: plan.governmentID) { [db = req.store.db, now = req.now] in
            let (weights, result) = try await Assessments.assess(planID: planID, now: now, on: db)
            return AssessmentDTO(weights: weights, result: result)
        }
        return (dto.weights, dto.result)
    }

    static func inspection(_ req: Request) async throws -> (InspectionRules, InspectionList) {
        let plan = try await req.plan(.publishBulletin)
        let planID = plan.id
        let result = try await req.cached("inspection:\(planID)", government: plan.governmentID) { [db = req.store.db, now = req.now] in
            let (rules, list) = try await Inspections.list(planID: planID, now: now, on: db)
            return InspectionDTO(rules: rules, list: list)
        }
        return (result.rules, result.list)
    }

    /// This quarter's list as issued, if it was; if not, the units issuing it would push over the
    /// ceiling in the month it is drawn (an issued list is counted already).
    static func inspectionIssuing(_ req: Request, planID: Int, list: InspectionList) async throws -> (
        issued: InspectionRounds.Round?, overCeiling: [String]
    ) {
        if let issued = try await InspectionRounds.current(planID: planID, year: list.year, quarter: list.quarter, on: req.store.db) {
            return (issued, [])
        }
        guard !list.items.isEmpty else { return (nil, []) }
        let over = try await BurdenFacts.ceilingCheck(
            .inspection(planID: planID, taskIDs: Set(list.items.map(\.taskID)), month: PlanCalendar.calendar.component(.month, from: list.asOf)),
            actor: req.actor, on: req.store.db)
        return (nil, over)
    }

    /// The ranking with every part's points and explanation, one row per unit.
    static func assessmentXlsx(_ req: Request) async throws -> Response {
        let (_, result) = try await assessment(req)
        let units = result.units
        typealias ProductPagesText = Strings.ProductPages
        let partNames = units.first?.parts.map(\.name) ?? []
        var rows: [[TableXlsx.Cell]] = []
        for unit in units {
            var row: [TableXlsx.Cell] = [
                unit.rank.map { .number(Double($0)) } ?? .text(Strings.Products.Assessment.pendingRank),
                .text(unit.unitName), .number(unit.score),
            ]
            row += unit.parts.map { .number($0.points) }
            row.append(.text(unit.parts.map(\.explanation).joined(separator: "\n")))
            rows.append(row)
        }
        let data = try TableXlsx.write(
            sheet: ProductPagesText.assessment,
            header: [ProductPagesText.rank, ProductPagesText.unit, ProductPagesText.score] + partNames + [ProductPagesText.calculation],
            rows: [[.text(result.label)]] + rows)
        return download(
            data, name: "\(ProductPagesText.assessment).xlsx",
            type: "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet")
    }

    static func inspectionXlsx(_ req: Request) async throws -> Response {
        let (_, list) = try await inspection(req)
        typealias ProductPagesText = Strings.ProductPages
        let rows: [[TableXlsx.Cell]] = (list.items + list.responsibility).map {
            [
                .text($0.label), .text($0.text), .text($0.units.listed()),
                .text($0.reasons.inSeries()),
            ]
        }
        let data = try TableXlsx.write(
            sheet: ProductPagesText.inspection,
            header: [ProductPagesText.taskLabel, ProductPagesText.standard, ProductPagesText.unit, ProductPagesText.reasons], rows: rows)
        return download(data, name: "\(ProductPagesText.inspection).xlsx", type: "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet")
    }

    static func download(_ data: Data, name: String, type: String) -> Response {
        let response = Response(status: .ok, body: .init(data: data))
        response.headers.replaceOrAdd(name: .contentType, value: type)
        let encoded = name.addingPercentEncoding(withAllowedCharacters: .alphanumerics) ?? "download"
        response.headers.replaceOrAdd(name: .contentDisposition, value: "attachment; filename*=UTF-8''\(encoded)")
        return response
    }
}
