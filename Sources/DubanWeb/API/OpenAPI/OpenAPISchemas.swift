import DubanCore
import Foundation

/// Building blocks and the response schemas of the OpenAPI document.
extension OpenAPIDocument {
    typealias JSON = [String: Any]

    static func ref(_ name: String) -> JSON { ["$ref": "#/components/schemas/\(name)"] }
    static func array(_ item: JSON) -> JSON { ["type": "array", "items": item] }
    static func object(_ properties: [String: JSON], required: [String]? = nil) -> JSON {
        ["type": "object", "properties": properties, "required": required ?? Array(properties.keys).sorted()]
    }
    nonisolated(unsafe) static let string: JSON = ["type": "string"]
    nonisolated(unsafe) static let integer: JSON = ["type": "integer"]
    nonisolated(unsafe) static let number: JSON = ["type": "number"]
    nonisolated(unsafe) static let boolean: JSON = ["type": "boolean"]
    nonisolated(unsafe) static let dateTime: JSON = ["type": "string", "format": "date-time"]
    nonisolated(unsafe) static let binary: JSON = ["type": "string", "format": "binary"]
    static func nullable(_ type: String) -> JSON { ["type": [type, "null"]] }
    /// Database ids: positive, and within what every backend stores.
    nonisolated(unsafe) static let id: JSON = ["type": "integer", "minimum": 1, "maximum": maxID]
    static let maxID = 2_147_483_647

    nonisolated(unsafe) static let schemas: [String: JSON] = [
        "Error": object(["error": string, "reason": string, "status": integer]),
        "OK": object(["ok": boolean, "id": nullable("integer"), "ids": array(integer)], required: ["ok"]),
        "Named": object(["id": integer, "name": string]),
        "TaskRow": object(
            [
                "id": integer, "planID": integer, "position": integer, "attachment": integer, "path": array(string),
                "label": string, "text": string, "kind": ["type": "string", "enum": ["quantitative", "milestone", "qualitative"]],
                "deadline": nullable("string"), "status": string, "leaders": array(ref("Named")), "leadUnits": array(ref("Named")),
                "coopUnits": array(ref("Named")), "light": ["type": "string", "enum": ["green", "yellow", "red", "done", "pending"]],
                "lightText": string, "expected": nullable("number"), "actual": nullable("number"), "reasons": array(string),
                "causes": array(["type": "string", "enum": LightCause.allCases.map(\.rawValue)]),
                "acknowledged": boolean, "openUrgings": integer, "lastReportAt": nullable("string"),
            ], required: ["id", "planID", "path", "label", "text", "kind", "leaders", "leadUnits", "coopUnits", "light", "lightText", "reasons"]),
        "TaskDetail": object(
            [
                "task": ref("TaskRow"), "indicators": array(ref("Indicator")), "reports": array(ref("Report")),
                "urgings": array(ref("Urging")),
                "instructions": array(
                    object(
                        ["id": integer, "author": string, "text": string],
                        required: ["id", "author", "text"])),
                "workItems": array(
                    object(
                        ["unitID": integer, "title": string, "done": boolean, "dueOn": nullable("string")],
                        required: ["unitID", "title", "done"])),
                "versions": array(object(["version": integer, "reason": string, "text": string], required: ["version", "reason", "text"])),
                "audit": array(object(["sequence": integer, "at": string, "account": string, "action": string])),
                "periods": array(object(["number": integer, "label": string, "dueAt": string, "endsAt": string])),
                "importWarnings": array(string),
                "progress": array(
                    object(
                        ["period": integer, "label": string, "expected": number, "actual": nullable("number")],
                        required: ["period", "label", "expected"])),
                // Absent when last year's plan has no task alike.
                "predecessor": object(["taskID": integer, "planTitle": string, "year": integer, "text": string, "similarity": number]),
            ],
            required: [
                "task", "indicators", "reports", "urgings", "instructions", "workItems", "versions", "audit", "periods",
                "importWarnings", "progress",
            ]),
        "Indicator": object(
            [
                "id": integer, "metric": string, "value": number, "unit": string, "comparator": string,
                "tier": nullable("string"), "change": nullable("string"),
            ], required: ["id", "metric", "value", "unit", "comparator"]),
        "Report": object(
            [
                "id": integer, "period": integer, "periodLabel": string, "unit": ref("Named"), "role": string, "version": integer,
                "status": ["type": "string", "enum": ["submitted", "accepted", "returned", "superseded"]], "narrative": string,
                "percentComplete": nullable("number"), "problems": string, "nextSteps": string, "late": boolean, "submittedAt": string,
                "values": array(object(["indicatorID": integer, "value": number])),
                "evidence": array(object(["id": integer, "filename": string, "size": integer, "contentType": string])),
                "critique": array(string), "signedBy": string,
            ], required: ["id", "period", "unit", "version", "status", "narrative", "late", "submittedAt", "values", "evidence", "critique"]),
        "Urging": object(
            [
                "id": integer, "unit": ref("Named"), "message": string, "sentAt": string, "replyBy": string,
                "answer": nullable("string"), "state": string,
            ], required: ["id", "unit", "message", "sentAt", "replyBy", "state"]),
        "Plan": object(
            [
                "id": integer, "governmentID": integer, "year": integer, "title": string, "status": string,
                "sourceName": string, "publishedAt": dateTime, "tasks": integer,
                "lights": ["type": "object", "additionalProperties": integer],
            ],
            required: ["id", "governmentID", "year", "title", "status", "tasks", "lights"]),
        "ImportResult": object([
            "planID": integer, "tasks": integer, "warnings": array(string), "taskWarnings": integer,
            "findings": array(object(["severity": string, "code": string, "message": string, "tasks": array(integer)])),
            "proposedUnits": array(string), "proposedLeaders": array(string),
        ]),
        "Me": object(
            [
                "id": integer, "username": string, "displayName": string, "role": string, "unreadNotifications": integer,
                "governmentID": integer, "unitID": integer, "leaderID": integer, "csrfToken": nullable("string"),
                "mustChangePassword": boolean,
            ],
            required: ["id", "username", "displayName", "role", "unreadNotifications"]),
        "Notification": object(
            [
                "id": integer, "kind": string, "title": string, "body": string, "read": boolean,
                "taskID": integer, "createdAt": dateTime,
            ], required: ["id", "kind", "title", "body", "read"]),
        "AuditVerify": object(["entries": integer, "intact": boolean, "problems": array(string)]),
        "Health": object(["status": string, "database": string, "message": string]),
        "Token": object(["token": string]),
        "Unit": object(["id": integer, "name": string, "kind": string, "confirmed": boolean, "aliases": array(string)]),
        "Leader": object(["id": integer, "name": string]),
        "CollectiveMembership": object([
            "collectiveID": integer, "name": string, "source": ["type": "string", "enum": ["rule", "office", "unnamed"]],
            "members": array(object(["id": integer, "name": string])),
            "candidates": array(object(["id": integer, "name": string])),
        ]),
        "BulletinSummary": object(
            [
                "id": integer, "month": integer, "version": integer, "status": string, "title": string,
                "publishedAt": dateTime,
            ], required: ["id", "month", "version", "status", "title"]),
        "BulletinDetail": object(
            [
                "id": integer, "planID": integer, "month": integer, "version": integer, "status": string,
                "bulletin": object(
                    ["title": string, "summary": string, "closing": string],
                    required: ["title", "summary", "closing"]),
            ],
            required: ["id", "planID", "month", "version", "status", "bulletin"]),
        "Account": object(
            [
                "id": integer, "username": string, "displayName": string, "role": string, "active": boolean,
                "governmentID": integer, "unitID": integer, "leaderID": integer, "signer": boolean,
            ],
            required: ["id", "username", "displayName", "role", "active"]),
        "HeldForSignOff": object(
            ["ok": boolean, "draftID": integer, "status": ["type": "string", "enum": ["awaiting_sign_off"]], "message": string],
            required: ["ok", "draftID", "status", "message"]),
        "ReportDraft": object(
            [
                "id": integer, "taskID": integer, "taskLabel": string, "periodLabel": string, "author": string, "createdAt": dateTime,
                "status": ["type": "string", "enum": ["pending", "signed", "returned", "superseded"]], "narrative": string,
                "percentComplete": nullable("number"), "problems": string, "nextSteps": string, "values": array(string), "files": array(string),
                "decidedBy": nullable("string"), "note": nullable("string"),
            ],
            required: ["id", "taskID", "taskLabel", "periodLabel", "author", "createdAt", "status", "narrative", "values", "files"]),
        "Assessment": object([
            "weights": ref("AssessmentWeights"), "provisional": boolean, "asOf": dateTime, "label": string,
            "units": array(
                object(
                    [
                        "unitID": integer, "unitName": string, "score": number, "rank": nullable("integer"),
                        "parts": array(object(["name": string, "points": number, "maximum": number, "explanation": string])),
                    ],
                    // No rank while the unit waits for the office's rating (待评定).
                    required: ["unitID", "unitName", "score", "parts"])),
        ]),
        "Inspection": object([
            "rules": ref("InspectionRules"), "description": array(string), "year": integer,
            "quarter": ["type": "integer", "minimum": 1, "maximum": 4], "asOf": dateTime,
            "items": array(ref("InspectionItem")), "leftOut": integer, "responsibility": array(ref("InspectionItem")),
            "overCeiling": array(string), "issuedAt": nullable("string"),
        ]),
        "InspectionRound": object([
            "id": integer, "planID": integer, "year": integer, "quarter": ["type": "integer", "minimum": 1, "maximum": 4],
            "month": ["type": "integer", "minimum": 1, "maximum": 12], "taskIDs": array(integer), "issuedAt": dateTime,
        ]),
        "InspectionItem": object(["taskID": integer, "label": string, "text": string, "units": array(string), "reasons": array(string)]),
        "SheetPreview": object(
            [
                "uploadID": integer, "planID": integer, "planTitle": string, "periodNumber": integer, "periodLabel": string,
                "unitID": integer, "unitName": string, "blankRows": integer,
                "rows": array(
                    object(
                        [
                            "sheet": string, "row": integer, "taskID": integer, "task": string, "unitID": integer, "unit": string,
                            "outcome": ["type": "string", "enum": ["create", "unchanged"]], "narrative": string, "percentComplete": number,
                        ], required: ["sheet", "row", "taskID", "task", "unitID", "unit", "outcome", "narrative"])),
                "problems": array(
                    object(
                        ["sheet": string, "row": integer, "column": string, "message": string, "text": string],
                        required: ["sheet", "message", "text"])),
            ], required: ["planID", "planTitle", "periodNumber", "periodLabel", "rows", "problems", "blankRows"]),
        "ChangeRequest": object(
            [
                "id": integer, "taskID": integer, "unit": string, "applicant": string,
                "kind": ["type": "string", "enum": ["extension", "target", "return", "waive"]],
                "status": ["type": "string", "enum": ["pending", "approved", "refused"]], "reason": string,
                "currentDeadline": nullable("string"), "requestedDeadline": nullable("string"), "requestedText": nullable("string"),
                "grantedDeadline": nullable("string"), "reassignedTo": nullable("string"), "period": nullable("string"), "decisionNote": nullable("string"),
                "decidedBy": nullable("string"),
                "createdAt": dateTime, "decidedAt": dateTime,
                "files": array(object(["id": integer, "filename": string, "size": integer], required: ["id", "filename", "size"])),
            ], required: ["id", "taskID", "unit", "applicant", "kind", "status", "reason", "files"]),
        "SheetImportResult": object(
            ["uploadID": integer, "created": integer, "unchanged": integer, "reportIDs": array(integer), "problems": integer],
            required: ["uploadID", "created", "unchanged", "reportIDs", "problems"]),
        "WorkCalendar": object([
            "year": integer,
            "days": array(
                object(
                    ["day": string, "workday": boolean, "name": string, "source": ["type": "string", "enum": ["stateCouncil", "local"]]],
                    required: ["day", "workday", "name", "source"])),
        ]),
        "City": object([
            "year": integer, "governments": array(string),
            "metrics": array(
                object([
                    "metric": string, "unit": string,
                    "districts": array(
                        object(
                            [
                                "government": string, "plan": string, "taskID": integer, "target": number, "comparator": string,
                                "reported": nullable("number"), "light": string,
                            ], required: ["government", "plan", "taskID", "target", "comparator", "light"])),
                ])),
        ]),
        "SearchResults": object([
            "tasks": array(object(["id": integer, "planID": integer, "planTitle": string, "label": string, "text": string])),
            "units": array(ref("Named")), "leaders": array(ref("Named")),
        ]),
        "OpenPlan": object([
            "id": integer, "government": string, "title": string, "year": integer, "generatedAt": dateTime,
            "tasks": array(
                object(
                    [
                        "id": integer, "label": string, "section": string, "text": string, "leaders": array(string),
                        "leadUnits": array(string), "coopUnits": array(string), "deadline": nullable("string"), "kind": string,
                        "light": string, "lightText": string, "expected": nullable("number"), "actual": nullable("number"),
                        "reasons": array(string),
                    ],
                    required: [
                        "id", "label", "section", "text", "leaders", "leadUnits",
                        "coopUnits", "kind", "light", "lightText", "reasons",
                    ])),
        ]),
        "AssessmentWeights": AssessmentBodies.weights,
        "InspectionRules": AssessmentBodies.rules,
        "SupervisionRules": object([
            "yellowGap": number, "redGap": number, "levelTolerance": number, "correctionDays": integer,
            "extensionLimit": integer, "extensionNoticeDays": integer, "returnWindowDays": integer, "wordsWhenLit": boolean, "coSign": boolean,
            "minimumToRank": integer, "dueCounting": ["type": "string", "enum": ["date", "next-workday", "workdays"]],
        ]),
    ]
}
