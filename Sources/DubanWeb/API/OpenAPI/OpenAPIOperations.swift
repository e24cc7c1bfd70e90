import DubanStrings
import Foundation

/// One documented operation: what it takes, what it answers, and who may call it.
struct APIOperation {
    enum Access {
        /// Anyone, signed in or not (health, the document, open data).
        case open
        /// Anyone; a visitor sees the published part, a signed-in user sees more.
        case optional
        case required
    }

    var method: String
    var path: String
    var summary: String
    var status = 200
    /// Content type → schema of the successful answer.
    var content: [String: Any]
    var body: [String: Any]? = nil
    /// False where the body may be left out (an escalation without a note).
    var bodyRequired = true
    var query: [String: [String: Any]] = [:]
    var access = Access.required
    /// Extra refusals beyond the ones the shape implies (see `errors`).
    var also: [Int] = []
    /// A second success, 202: taken in but not yet done (a report waiting for 审签).
    var accepted: [String: Any]? = nil

    /// The 4xx an operation answers: from its shape (path id, query, body, auth, write) plus `also`.
    var errors: [Int] {
        var codes = Set(also)
        if access != .open { codes.formUnion([401, 403]) }
        if path.contains("{id}") { codes.formUnion([400, 404]) }
        if !query.isEmpty { codes.insert(400) }
        if body != nil { codes.formUnion([400, 413, 415, 422]) }
        if method != "get" { codes.formUnion([409, 422]) }
        return codes.sorted()
    }
}

extension OpenAPIDocument {
    typealias B = RequestBodies
    static func json(_ schema: JSON) -> JSON { ["application/json": schema] }
    static let docx = "application/vnd.openxmlformats-officedocument.wordprocessingml.document"

    static func op(
        _ method: String, _ path: String, _ content: JSON, status: Int = 200, body: JSON? = nil,
        bodyRequired: Bool = true, query: [String: JSON] = [:], access: APIOperation.Access = .required,
        also: [Int] = [], accepted: JSON? = nil
    ) -> APIOperation {
        APIOperation(
            // Every operation has its summary in DubanStrings (OpenAPIContractTests checks none is missing).
            method: method, path: path, summary: Strings.APIDocs.summary(method, path) ?? "", status: status, content: content, body: body,
            bodyRequired: bodyRequired, query: query, access: access, also: also, accepted: accepted)
    }

    nonisolated(unsafe) static let ok = json(ref("OK"))
    nonisolated(unsafe) static let rows = json(array(ref("TaskRow")))
    nonisolated(unsafe) static let year: JSON = ["type": "integer", "minimum": 2000, "maximum": 2100]

    nonisolated(unsafe) static let operations: [APIOperation] = session + plans + drafts + directory + cycle + sheets + products + reads + identity + levels

    nonisolated(unsafe) static let session: [APIOperation] = [
        op("get", "/healthz", json(ref("Health")), access: .open, also: [503]),
        op("get", "/api/v1/openapi.json", json(["type": "object"]), access: .open),
        op(
            "post", "/api/v1/session", json(ref("Me")), body: B.login,
            access: .open, also: [401, 403, 429]),
        op("delete", "/api/v1/session", ok, access: .optional),
        op("get", "/api/v1/me", json(ref("Me"))),
    ]

    nonisolated(unsafe) static let plans: [APIOperation] = [
        op("get", "/api/v1/plans", json(array(ref("Plan")))),
        op("post", "/api/v1/plans", ok, status: 201, body: B.newPlan),
        op("get", "/api/v1/plans/{id}", json(ref("Plan")), access: .optional),
        op(
            "get", "/api/v1/plans/{id}/tasks", rows,
            query: [
                "unit": id, "leader": id, "light": ["type": "string", "enum": ["green", "yellow", "red", "done", "pending"]],
                "kind": ["type": "string", "enum": ["quantitative", "milestone", "qualitative"]], "section": string, "q": string,
            ], access: .optional),
        op("post", "/api/v1/imports", json(ref("ImportResult")), status: 201, body: B.importForm),
        op("post", "/api/v1/plans/{id}/publish", ok),
        op("put", "/api/v1/tasks/{id}/rating", ok, body: B.rating),
        op("post", "/api/v1/plans/{id}/confirmations", ok, body: B.confirmations),
    ]

    nonisolated(unsafe) static let drafts: [APIOperation] = [
        op("post", "/api/v1/plans/{id}/tasks", ok, status: 201, body: B.newTask),
        op("patch", "/api/v1/tasks/{id}", ok, body: B.editTask),
        op("delete", "/api/v1/tasks/{id}", ok),
        op("post", "/api/v1/plans/{id}/unit-mappings", ok, body: B.unitMapping),
        op("post", "/api/v1/tasks/{id}/split", ok, status: 201, body: B.split),
        op("post", "/api/v1/tasks/{id}/merge-next", ok),
        op("post", "/api/v1/tasks/{id}/move", ok, body: B.move),
        op("post", "/api/v1/plans/{id}/sections", ok, status: 201, body: B.section),
        op("patch", "/api/v1/sections/{id}", ok, body: B.sectionTitle),
        op("delete", "/api/v1/sections/{id}", ok),
    ]

    nonisolated(unsafe) static let directory: [APIOperation] = [
        op("get", "/api/v1/units", json(array(ref("Unit"))), query: ["government": id]),
        op("post", "/api/v1/units", ok, status: 201, body: B.newUnit),
        op("patch", "/api/v1/units/{id}", ok, body: B.changeUnit),
        op("post", "/api/v1/units/{id}/aliases", ok, status: 201, body: B.alias),
        op("delete", "/api/v1/units/{id}/aliases", ok, body: B.alias),
        op("get", "/api/v1/units/{id}/members", json(ref("CollectiveMembership")), also: [409]),
        op("put", "/api/v1/units/{id}/members", json(ref("CollectiveMembership")), body: B.members, also: [409]),
        op("get", "/api/v1/leaders", json(array(ref("Leader"))), query: ["government": id]),
        op("post", "/api/v1/leaders", ok, status: 201, body: B.leader),
        op("patch", "/api/v1/leaders/{id}", ok, body: B.leader),
        op("get", "/api/v1/accounts", json(array(ref("Account")))),
        op("post", "/api/v1/accounts", json(ref("Account")), status: 201, body: B.account),
        op("put", "/api/v1/governments/{id}/webhook", ok, body: B.webhook),
        op("get", "/api/v1/calendar", json(ref("WorkCalendar")), query: ["year": year]),
        op("put", "/api/v1/calendar/days", ok, body: B.calendarDay, also: [404]),
        op("delete", "/api/v1/calendar/days", ok, body: B.calendarDayRemoval, also: [404]),
    ]

    static let xlsx = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"
    nonisolated(unsafe) static let sheets: [APIOperation] = [
        op(
            "get", "/api/v1/plans/{id}/sheet", [xlsx: binary, "text/csv": string],
            query: ["period": ["type": "integer", "minimum": 1, "maximum": 100], "unit": id, "format": ["type": "string", "enum": ["xlsx", "csv"]]],
            also: [409]),
        op("post", "/api/v1/plans/{id}/sheets", json(ref("SheetPreview")), status: 201, body: B.sheetUpload, also: [409]),
        op("get", "/api/v1/sheets/uploads/{id}", json(ref("SheetPreview"))),
        op("post", "/api/v1/sheets/uploads/{id}/confirm", json(ref("SheetImportResult"))),
        op("get", "/api/v1/tasks/{id}/change-requests", json(array(ref("ChangeRequest")))),
        op("post", "/api/v1/tasks/{id}/change-requests", json(ref("ChangeRequest")), status: 201, body: B.changeRequest),
        op("post", "/api/v1/change-requests/{id}/decision", ok, body: B.changeDecision),
        op("get", "/api/v1/change-request-files/{id}", ["*/*": binary]),
    ]

    nonisolated(unsafe) static let cycle: [APIOperation] = [
        op("get", "/api/v1/tasks/{id}", json(ref("TaskDetail")), access: .optional),
        op("post", "/api/v1/tasks/{id}/acknowledge", ok),
        op("put", "/api/v1/tasks/{id}/work-items", ok, body: B.workItems),
        op(
            "post", "/api/v1/tasks/{id}/reports", ok, status: 201,
            body: B.report, accepted: json(ref("HeldForSignOff"))),
        op("get", "/api/v1/report-drafts", json(array(ref("ReportDraft")))),
        op("post", "/api/v1/report-drafts/{id}/decision", ok, body: B.signOffDecision),
        op("put", "/api/v1/governments/{id}/sign-off", ok, body: B.signOffSetting),
        op("put", "/api/v1/accounts/{id}/signer", ok, body: B.signer),
        op("put", "/api/v1/accounts/{id}/oidc-subject", ok, body: B.providerSubject),
        op("post", "/api/v1/reports/{id}/review", ok, body: B.review),
        op("get", "/api/v1/evidence/{id}", ["*/*": binary]),
        op("post", "/api/v1/tasks/{id}/urgings", ok, status: 201, body: B.urging),
        op("post", "/api/v1/urgings/{id}/answer", ok, body: B.answer),
        op("post", "/api/v1/urgings/{id}/escalate", ok, body: B.escalate, bodyRequired: false),
        op("post", "/api/v1/tasks/{id}/instructions", ok, body: B.instruction),
        op("post", "/api/v1/tasks/{id}/close", ok),
        op("post", "/api/v1/tasks/{id}/amendments", ok, body: B.amendment),
        op("get", "/api/v1/notifications", json(array(ref("Notification")))),
        op("post", "/api/v1/notifications/{id}/read", ok),
    ]

    nonisolated(unsafe) static let products: [APIOperation] = [
        op("get", "/api/v1/plans/{id}/bulletins", json(array(ref("BulletinSummary"))), access: .optional),
        op("post", "/api/v1/plans/{id}/bulletins", ok, status: 201, body: B.bulletin),
        op("get", "/api/v1/bulletins/{id}", json(ref("BulletinDetail")), access: .optional),
        op("patch", "/api/v1/bulletins/{id}", ok, body: B.bulletinText),
        op("post", "/api/v1/bulletins/{id}/publish", ok),
        op("get", "/api/v1/bulletins/{id}/docx", [docx: binary], access: .optional),
        op("get", "/api/v1/plans/{id}/assessment", json(ref("Assessment"))),
        op("put", "/api/v1/plans/{id}/assessment/weights", ok, body: B.weights),
        op("get", "/api/v1/plans/{id}/inspection", json(ref("Inspection"))),
        op("put", "/api/v1/plans/{id}/inspection/rules", ok, body: B.rules),
        op("post", "/api/v1/plans/{id}/inspection/issue", json(ref("InspectionRound")), status: 201, body: B.issueInspection, bodyRequired: false),
        op("get", "/api/v1/plans/{id}/rules", json(ref("SupervisionRules")), access: .optional),
        op("put", "/api/v1/plans/{id}/rules", json(ref("SupervisionRules")), body: B.supervision),
    ]

    nonisolated(unsafe) static let reads: [APIOperation] = [
        op("get", "/api/v1/units/{id}/tasks", rows, access: .optional),
        op("get", "/api/v1/leaders/{id}/tasks", rows, access: .optional),
        op("get", "/api/v1/my/tasks", rows),
        op("get", "/api/v1/city", json(ref("City")), query: ["year": year]),
        op(
            "get", "/api/v1/search", json(ref("SearchResults")), query: ["q": string],
            access: .optional),
        op("get", "/api/v1/audit/verify", json(ref("AuditVerify"))),
        op("get", "/open/plans/{id}/tasks.json", json(ref("OpenPlan")), access: .open),
        op("get", "/open/plans/{id}/tasks.csv", ["text/csv": string], access: .open),
        op("get", "/open/units/{id}/calendar.ics", ["text/calendar": string], access: .open),
    ]
}
