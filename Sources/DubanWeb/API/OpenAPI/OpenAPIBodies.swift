import DubanStrings
import Foundation

/// Request bodies of the OpenAPI document: what each write takes, with the bounds the server
/// enforces, so that a client (or a fuzzer) can tell a valid request from one to be refused.
enum RequestBodies {
    typealias JSON = [String: Any]
    typealias D = OpenAPIDocument

    /// Text the server trims and refuses when nothing is left.
    nonisolated(unsafe) static let text: JSON = ["type": "string", "minLength": 1, "pattern": "\\S"]
    static func optional(_ schema: JSON) -> JSON {
        var schema = schema
        if let type = schema["type"] as? String { schema["type"] = [type, "null"] }
        return schema
    }
    nonisolated(unsafe) static let optionalString: JSON = D.nullable("string")
    nonisolated(unsafe) static let optionalID: JSON = optional(D.id)
    /// Unit and leader names as typed; no NUL (SQLite would read the name back cut short, and the
    /// next save of the same name collided with it: a 500 schemathesis found on PATCH /tasks/{id}).
    nonisolated(unsafe) static let names: JSON = optional(D.array(["type": "string", "pattern": "^[^\\x00]*$"]))
    nonisolated(unsafe) static let nonBlankName: JSON = ["type": "string", "minLength": 1, "pattern": "^[^\\x00]*[^\\s\\x00][^\\x00]*$"]
    /// `YYYY-MM` after 2000, or empty to clear.
    nonisolated(unsafe) static let yearMonth: JSON = [
        "type": ["string", "null"], "pattern": "^[ ]*((20(0[1-9]|[1-9][0-9])|2[1-9][0-9]{2}|[3-9][0-9]{3})-(0[1-9]|1[0-2]))?[ ]*$",
    ]
    /// A directory name: trimmed, 1 to 60 characters.
    nonisolated(unsafe) static let name: JSON = ["type": "string", "minLength": 1, "maxLength": 60, "pattern": "^[^\\x00]*[^\\s\\x00][^\\x00]*$"]

    static func json(_ schema: JSON) -> JSON { ["application/json": ["schema": schema]] }
    /// ISO 8601 as the server's JSON decoder reads it (format alone is only an annotation in 3.1).
    nonisolated(unsafe) static let dateTime: JSON = [
        "type": ["string", "null"], "format": "date-time",
        "pattern": "^[0-9]{4}-(0[1-9]|1[0-2])-(0[1-9]|[12][0-9]|3[01])T([01][0-9]|2[0-3]):[0-5][0-9]:[0-5][0-9](\\.[0-9]+)?(Z|[+-](0[0-9]|1[0-4]):[0-5][0-9])$",
    ]

    nonisolated(unsafe) static let login = json(D.object(["username": D.string, "password": D.string]))
    nonisolated(unsafe) static let token = json(D.object(["name": D.string]))
    nonisolated(unsafe) static let importForm: JSON = [
        "multipart/form-data": [
            "schema": D.object(
                [
                    "file": ["type": "string", "format": "binary", "minLength": 1], "governmentID": D.id,
                    "year": ["type": "integer", "minimum": 2000, "maximum": 2100],
                    "columns": [
                        "type": "string", "description": Strings.APIDocs.columnsField,
                        "pattern":
                            "^([ \\t]*((number|goal|standard|leader|lead|coop|responsible|deadline|ignore)[ \\t]*,[ \\t]*)*standard([ \\t]*,[ \\t]*(number|goal|standard|leader|lead|coop|responsible|deadline|ignore))*[ \\t]*)?$",
                    ],
                ], required: ["file"])
        ]
    ]
    nonisolated(unsafe) static let sheetUpload: JSON = [
        "multipart/form-data": [
            "schema": D.object(
                [
                    "file": ["type": "string", "format": "binary", "minLength": 1, "description": Strings.APIDocs.sheetFileField],
                    "period": ["type": "integer", "minimum": 1, "maximum": 100],
                ], required: ["file"])
        ]
    ]
    nonisolated(unsafe) static let changeRequest = json(
        D.object(
            [
                "kind": ["type": "string", "enum": ["extension", "target", "return", "waive"]],
                "reason": ["type": "string", "minLength": 1, "maxLength": 2000, "pattern": "\\S"],
                "deadline": ["type": ["string", "null"], "pattern": "^20[0-9]{2}-(0?[1-9]|1[0-2])$"],
                "text": ["type": ["string", "null"], "maxLength": 2000],
                "evidence": ["type": ["array", "null"], "items": evidenceFile, "maxItems": 10],
            ], required: ["kind", "reason"]))
    nonisolated(unsafe) static let changeDecision = json(
        D.object(
            [
                "approve": ["type": "boolean"], "deadline": ["type": ["string", "null"], "pattern": "^20[0-9]{2}-(0?[1-9]|1[0-2])$"],
                "reassignTo": ["type": ["string", "null"], "maxLength": 100],
                "note": ["type": ["string", "null"], "maxLength": 500],
            ], required: ["approve"]))
    nonisolated(unsafe) static let signOffDecision = json(
        D.object(["sign": ["type": "boolean"], "note": ["type": ["string", "null"], "maxLength": 500]], required: ["sign"]))
    nonisolated(unsafe) static let signOffSetting = json(D.object(["required": ["type": "boolean"]], required: ["required"]))
    nonisolated(unsafe) static let signer = json(D.object(["signer": ["type": "boolean"]], required: ["signer"]))
    nonisolated(unsafe) static let providerSubject = json(
        D.object(["subject": ["type": ["string", "null"], "maxLength": 255]], required: ["subject"]))
    nonisolated(unsafe) static let newTask = json(
        D.object(
            [
                "afterTaskID": optionalID, "sectionID": optionalID, "text": text, "deadline": yearMonth,
                "leadUnits": names, "coopUnits": names, "leaders": names,
            ], required: ["text"]))
    nonisolated(unsafe) static let editTask = json(
        D.object(
            [
                "text": optional(text), "deadline": yearMonth, "leadUnits": names, "coopUnits": names, "leaders": names,
            ], required: []))
    nonisolated(unsafe) static let unitMapping = json(D.object(["unitID": D.id, "targetUnitID": D.id]))
    nonisolated(unsafe) static let rating = json(D.object(["grade": ["type": ["string", "null"], "maxLength": 10]], required: []))
    // Through the API every confirmation carries its reason (the page's one-row button need not).
    nonisolated(unsafe) static let confirmations = json(
        D.object(
            [
                "taskIDs": ["type": ["array", "null"], "minItems": 1, "items": D.id],
                "reason": ["type": "string", "minLength": 1, "maxLength": 500, "pattern": "\\S"],
            ], required: ["reason"]))
    nonisolated(unsafe) static let newPlan = json(
        D.object(
            [
                "title": text, "year": ["type": "integer", "minimum": 2000, "maximum": 2100], "sections": names, "governmentID": optionalID,
            ], required: ["title", "year"]))
    /// Blank parts are dropped; at least two must be left.
    nonisolated(unsafe) static let split = json(
        D.object([
            "parts": [
                "type": "array", "items": D.string, "minItems": 2, "contains": text, "minContains": 2,
            ]
        ]))
    /// Up or down, or to the end of a section: one of the two must be given.
    nonisolated(unsafe) static let move = json(
        D.object(
            [
                "direction": ["type": ["string", "null"], "enum": ["up", "down", NSNull()] as [Any]], "sectionID": optionalID,
            ], required: []
        ).merging([
            "anyOf": [
                ["required": ["direction"], "properties": ["direction": ["type": "string", "enum": ["up", "down"]]]],
                ["required": ["sectionID"], "properties": ["sectionID": D.id]],
            ] as [JSON]
        ]) { old, _ in old })
    nonisolated(unsafe) static let section = json(D.object(["title": text, "parentID": optionalID], required: ["title"]))
    nonisolated(unsafe) static let sectionTitle = json(D.object(["title": text]))
    nonisolated(unsafe) static let unitKind: JSON = [
        "type": ["string", "null"],
        "enum": ["department", "town", "park", "company", "collective", "", NSNull()],
    ]
    nonisolated(unsafe) static let newUnit = json(D.object(["name": name, "kind": unitKind, "governmentID": optionalID], required: ["name"]))
    nonisolated(unsafe) static let changeUnit = json(
        D.object(
            [
                "name": optional(name),
                "kind": ["type": ["string", "null"], "enum": ["department", "town", "park", "company", "collective", NSNull()] as [Any]],
            ], required: []))
    nonisolated(unsafe) static let alias = json(D.object(["alias": name]))
    nonisolated(unsafe) static let members = json(D.object(["memberIDs": ["type": "array", "maxItems": 300, "items": D.id] as JSON]))
    nonisolated(unsafe) static let leader = json(D.object(["name": name, "governmentID": optionalID], required: ["name"]))
    nonisolated(unsafe) static let bulletin = json(D.object(["month": ["type": "integer", "minimum": 1, "maximum": 12]]))
    nonisolated(unsafe) static let bulletinText = json(D.object(["summary": D.string, "closing": D.string]))
    nonisolated(unsafe) static let weights = json(D.ref("AssessmentWeights"))
    nonisolated(unsafe) static let rules = json(D.ref("InspectionRules"))
    nonisolated(unsafe) static let supervision = json(AssessmentBodies.supervision)
    nonisolated(unsafe) static let workItems = json(
        D.array(
            D.object(
                [
                    "title": text, "dueOn": optionalString, "done": D.boolean,
                ], required: ["title", "done"])))
    /// Returning a report needs a reason.
    nonisolated(unsafe) static let review = json(
        D.object(["accept": D.boolean, "reason": optionalString], required: ["accept"]).merging([
            "anyOf": [
                ["properties": ["accept": ["enum": [true]]]],
                ["required": ["reason"], "properties": ["accept": ["enum": [false]], "reason": text]],
            ] as [JSON]
        ]) { old, _ in old })
    nonisolated(unsafe) static let urging = json(
        D.object(
            [
                "unitID": optionalID, "message": text, "replyBy": dateTime,
            ], required: ["message"]))
    nonisolated(unsafe) static let answer = json(D.object(["answer": text]))
    nonisolated(unsafe) static let escalate = json(D.object(["note": optionalString], required: []))
    nonisolated(unsafe) static let instruction = json(D.object(["text": text]))
    /// Refused with 409 when it would push a unit over the burden ceiling, unless true.
    nonisolated(unsafe) static let issueInspection = json(D.object(["acceptOverCeiling": ["type": ["boolean", "null"]]], required: []))
    nonisolated(unsafe) static let amendment = json(
        D.object(
            [
                "text": optional(text), "deadline": yearMonth, "coopUnits": names, "reason": text,
                // Refused with 409 when it would push a unit over the burden ceiling, unless true.
                "acceptOverCeiling": ["type": ["boolean", "null"]],
                // A task keeps at least one lead unit.
                "leadUnits": ["type": ["array", "null"], "items": nonBlankName, "minItems": 1],
            ], required: ["reason"]))
    nonisolated(unsafe) static let account = json(
        D.object(
            [
                // Trimmed: 1 to 64 characters, no spaces or control characters inside.
                "username": ["type": "string", "pattern": "^\\s*[^\\s\\x00-\\x1F\\x7F-\\x9F]{1,64}\\s*$"], "displayName": D.string,
                // At least 10 characters with a letter and a digit, not containing the username.
                "password": [
                    "type": "string", "minLength": 10, "description": Strings.APIDocs.passwordField, "pattern": "[^\\W\\d_][\\s\\S]*\\d|\\d[\\s\\S]*[^\\W\\d_]",
                ],
                "role": ["type": "string", "enum": ["admin", "supervisor", "leader", "unit", "viewer"]],
                "governmentID": optionalID, "unitID": optionalID, "leaderID": optionalID, "signer": ["type": ["boolean", "null"]],
            ], required: ["username", "displayName", "password", "role"]))
    /// A calendar day as written (`2025-02-08`); one that does not exist (30 February) answers 404.
    nonisolated(unsafe) static let calendarDate: [String: Any] = [
        "type": "string", "pattern": "^\\s*(19|20|21)\\d\\d-(0[1-9]|1[0-2])-(0[1-9]|[12]\\d|3[01])\\s*$",
    ]
    /// A day of the working-day calendar: `workday` true for a day worked, false for a day off, and why.
    nonisolated(unsafe) static let calendarDay = json(
        D.object(
            [
                "day": calendarDate, "workday": ["type": "boolean"],
                "note": ["type": "string", "minLength": 1, "maxLength": 100, "pattern": "\\S"],
            ], required: ["day", "workday", "note"]))
    nonisolated(unsafe) static let calendarDayRemoval = json(D.object(["day": calendarDate], required: ["day"]))
    nonisolated(unsafe) static let webhook = json(
        D.object(
            [
                // http(s); a host inside the network only when the installation allows it (DUBAN_WEBHOOK_ALLOWED_HOSTS).
                "url": ["type": ["string", "null"], "pattern": "^\\s*(https?://\\S+)?\\s*$"],
                "kind": ["type": ["string", "null"], "enum": ["dingtalk", "wecom", NSNull()] as [Any]],
                // DingTalk 加签: SEC…, ASCII, at most 200 bytes; empty removes it.
                "secret": ["type": ["string", "null"], "pattern": "^\\s*(SEC[\\x00-\\x7F]{0,197})?\\s*$"],
            ], required: []))
}

/// Assessment weights and inspection rules: request bodies and parts of responses alike.
enum AssessmentBodies {
    typealias JSON = [String: Any]
    /// Points 0 to 100; an absent or null weight keeps its default.
    nonisolated(unsafe) static let points: JSON = ["type": ["number", "null"], "minimum": 0, "maximum": 100]
    nonisolated(unsafe) static let weights: JSON = OpenAPIDocument.object(
        [
            "attainment": points, "timeliness": points, "returns": points, "urgings": points, "stretchBonus": points, "urgingPenalty": points,
            "coopWeight": points,
            // Grade → share of full marks; a name of 1–10 characters, no space at either end.
            "ratingScale": [
                "type": ["object", "null"], "minProperties": 1, "maxProperties": 10,
                "propertyNames": ["pattern": "^[^\\s\\x00-\\x1F\\x7F-\\x9F]([^\\x00-\\x1F\\x7F-\\x9F]{0,8}[^\\s\\x00-\\x1F\\x7F-\\x9F])?$"],
                "additionalProperties": ["type": "number", "minimum": 0, "maximum": 1],
            ],
        ], required: [])
    nonisolated(unsafe) static let rules: JSON = OpenAPIDocument.object(
        [
            "includeRed": OpenAPIDocument.nullable("boolean"), "includeYellow": OpenAPIDocument.nullable("boolean"),
            "noProgressPeriods": ["type": ["integer", "null"], "minimum": 1, "maximum": 24], "offTrajectoryPoints": points,
            "requireEvidence": OpenAPIDocument.nullable("boolean"),
            "maxItems": ["type": ["integer", "null"], "minimum": 1, "maximum": 200],
        ], required: [])
    /// The office's thresholds; absent or null: the default. A yellow gap no smaller than the red one means no yellow.
    nonisolated(unsafe) static let supervision: JSON = OpenAPIDocument.object(
        [
            "yellowGap": ["type": ["number", "null"], "minimum": 1, "maximum": 100],
            "redGap": ["type": ["number", "null"], "minimum": 1, "maximum": 100],
            "levelTolerance": ["type": ["number", "null"], "minimum": 0, "maximum": 50],
            "correctionDays": ["type": ["integer", "null"], "minimum": 0, "maximum": 30],
            "minimumToRank": ["type": ["integer", "null"], "minimum": 1, "maximum": 50],
            "extensionLimit": ["type": ["integer", "null"], "minimum": 0, "maximum": 10],
            "extensionNoticeDays": ["type": ["integer", "null"], "minimum": 0, "maximum": 30],
            "returnWindowDays": ["type": ["integer", "null"], "minimum": 0, "maximum": 30],
            "wordsWhenLit": ["type": ["boolean", "null"]], "coSign": ["type": ["boolean", "null"]],
            "dueCounting": ["type": ["string", "null"], "enum": ["date", "next-workday", "workdays", NSNull()] as [Any]],
        ], required: [])
}
