import DubanCore
import Foundation

/// The levels part of the API document (issue 17): parents, tasks passed down, links between
/// plans, the children's parts of a task, and the burden meter.
extension OpenAPIDocument {
    nonisolated(unsafe) static let levels: [APIOperation] = [
        op("put", "/api/v1/governments/{id}/parent", ok, body: LevelBodies.parent),
        op("put", "/api/v1/governments/{id}/burden-ceiling", ok, body: LevelBodies.ceiling),
        op("get", "/api/v1/governments/{id}/handed-down", json(ref("HandedDown"))),
        op("get", "/api/v1/governments/{id}/burden", json(ref("BurdenReport"))),
        op("get", "/api/v1/governments/{id}/child-burdens", json(ref("ChildBurdens"))),
        op("post", "/api/v1/plans/{id}/pass-down", json(ref("Added"))),
        op("post", "/api/v1/plans/{id}/link-proposals", json(ref("Added"))),
        op("post", "/api/v1/tasks/{id}/pass-down", ok, body: LevelBodies.passDown),
        op("post", "/api/v1/tasks/{id}/link", ok, body: LevelBodies.link),
        op("post", "/api/v1/links/{id}/decision", ok, body: LevelBodies.decision),
        op("get", "/api/v1/tasks/{id}/child-parts", json(ref("ChildParts"))),
        op("get", "/api/v1/plans/{id}/year-end", json(ref("YearEndAccount"))),
        op("get", "/api/v1/plans/{id}/carry-over", json(array(ref("CarryOverCandidate")))),
        op("post", "/api/v1/plans/{id}/carry-over", ok, status: 201, body: LevelBodies.carry),
    ]

    nonisolated(unsafe) static let levelSchemas: [String: JSON] = [
        "Added": object(["added": integer]),
        "YearEndAccount": object([
            "title": string,
            "rows": array(
                object(
                    [
                        "label": string, "section": nullable("string"), "text": string, "leadUnits": array(string), "yearEndValue": string,
                        "status": ["type": "string", "enum": YearEndStatus.allCases.map(\.rawValue)], "reason": string,
                    ], required: ["label", "text", "leadUnits", "yearEndValue", "status", "reason"])),
        ]),
        "CarryOverCandidate": object([
            "task": ref("TaskRef"), "light": ["type": "string", "enum": Light.allCases.map(\.rawValue)], "lightText": string,
        ]),
        "TaskRef": object(["id": integer, "label": string, "text": string, "plan": string, "leadUnits": array(string)]),
        "HandedDown": object(
            [
                "governmentID": integer, "parent": nullable("string"), "unlinked": array(integer),
                "tasks": array(
                    object([
                        "parentTask": ref("TaskRef"),
                        "links": array(
                            object([
                                "id": integer, "childTask": ref("TaskRef"), "status": ["type": "string", "enum": LinkStatus.allCases.map(\.rawValue)],
                                "statusText": string, "reason": string,
                            ])),
                    ])),
            ], required: ["governmentID", "tasks", "unlinked"]),
        "ChildParts": object([
            "taskID": integer,
            "children": array(
                object(
                    [
                        "governmentID": integer, "government": string, "weight": nullable("number"), "proposed": integer,
                        "tasks": array(
                            object([
                                "id": integer, "label": string, "text": string, "leadUnits": array(string),
                                "light": ["type": "string", "enum": Light.allCases.map(\.rawValue)], "lightText": string,
                                "figures": array(
                                    object(
                                        [
                                            "metric": string, "unit": string, "target": number, "latest": nullable("number"),
                                            "trend": array(object(["period": string, "value": number])),
                                        ], required: ["metric", "unit", "target", "trend"])),
                            ])),
                    ], required: ["governmentID", "government", "proposed", "tasks"])),
            "rollUps": array(
                object(
                    [
                        "metric": string, "unit": string, "target": number, "rule": ["type": "string", "enum": ["sum", "weighted", "perChild"]],
                        "total": nullable("number"), "percent": nullable("number"),
                        "light": ["type": "string", "enum": Light.allCases.map(\.rawValue)], "ruleText": string,
                        "parts": array(
                            object(
                                ["government": string, "target": nullable("number"), "value": nullable("number"), "weight": nullable("number")],
                                required: ["government"])),
                    ], required: ["metric", "unit", "target", "rule", "ruleText", "parts"])),
        ]),
        "BurdenMonth": object(
            [
                "unitID": integer, "month": integer, "tasks": integer, "fields": integer, "urgings": integer, "inspections": integer,
                "reusedAcrossLevels": integer, "repeats": array(object(["metric": string, "taskIDs": array(integer)])),
            ]),
        "BurdenReport": object(
            [
                "governmentID": integer, "government": string, "year": integer, "ceiling": nullable("integer"),
                "units": array(
                    object([
                        "unitID": integer, "unit": string, "months": array(ref("BurdenMonth")), "peak": integer, "overCeiling": array(integer),
                    ])),
            ], required: ["governmentID", "government", "year", "units"]),
        "ChildBurdens": object([
            "governmentID": integer,
            "children": array(
                object(
                    [
                        "governmentID": integer, "government": string, "ceiling": nullable("integer"), "units": integer, "peak": integer,
                        "unitMonthsOverCeiling": integer, "unlinked": integer, "reusedAcrossLevels": integer, "repeats": integer,
                    ], required: ["governmentID", "government", "units", "peak", "unitMonthsOverCeiling", "unlinked", "reusedAcrossLevels", "repeats"])),
        ]),
    ]
}

enum LevelBodies {
    typealias D = OpenAPIDocument
    nonisolated(unsafe) static let parent = RequestBodies.json(D.object(["parentID": RequestBodies.optionalID], required: []))
    nonisolated(unsafe) static let ceiling = RequestBodies.json(
        D.object(["ceiling": ["type": ["integer", "null"], "minimum": 1, "maximum": 999]], required: []))
    nonisolated(unsafe) static let passDown = RequestBodies.json(
        D.object(
            [
                "governments": ["type": "array", "items": D.id, "minItems": 1, "maxItems": 500],
                "weights": [
                    "type": ["object", "null"], "additionalProperties": ["type": "number", "exclusiveMinimum": 0, "maximum": 1_000_000],
                    "propertyNames": ["pattern": "^[1-9][0-9]{0,9}$"],
                ],
            ], required: ["governments"]))
    nonisolated(unsafe) static let carry = RequestBodies.json(
        D.object(["taskIDs": ["type": "array", "items": D.id, "minItems": 1, "maxItems": 500]]))
    nonisolated(unsafe) static let link = RequestBodies.json(D.object(["parentTaskID": D.id]))
    /// Confirm or reject as proposed, or move the link to another passed-down task, which must be named.
    nonisolated(unsafe) static let decision = RequestBodies.json([
        "anyOf": [
            D.object(["decision": ["type": "string", "enum": ["confirm", "reject"]], "parentTaskID": RequestBodies.optionalID], required: ["decision"]),
            D.object(["decision": ["type": "string", "enum": ["move"]], "parentTaskID": D.id], required: ["decision", "parentTaskID"]),
        ]
    ])
}
