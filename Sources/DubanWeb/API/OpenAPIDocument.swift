import Foundation
import Vapor

/// The OpenAPI 3.1 description of /api/v1, built as data so tests can check real responses
/// against the same schemas the document publishes.
public enum OpenAPIDocument {
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
    static func nullable(_ type: String) -> JSON { ["type": [type, "null"]] }

    nonisolated(unsafe) static let schemas: [String: JSON] = [
        "Error": object(["error": string, "status": integer]),
        "OK": object(["ok": boolean, "id": nullable("integer"), "ids": array(integer)], required: ["ok"]),
        "Named": object(["id": integer, "name": string]),
        "TaskRow": object([
            "id": integer, "planID": integer, "position": integer, "attachment": integer, "path": array(string),
            "label": string, "text": string, "kind": ["type": "string", "enum": ["quantitative", "milestone", "qualitative"]],
            "deadline": nullable("string"), "status": string, "leaders": array(ref("Named")), "leadUnits": array(ref("Named")),
            "coopUnits": array(ref("Named")), "light": ["type": "string", "enum": ["green", "yellow", "red", "done", "pending"]],
            "lightText": string, "expected": nullable("number"), "actual": nullable("number"), "reasons": array(string),
            "acknowledged": boolean, "openUrgings": integer, "lastReportAt": nullable("string"),
        ], required: ["id", "planID", "path", "label", "text", "kind", "leaders", "leadUnits", "coopUnits", "light", "lightText", "reasons"]),
        "TaskDetail": object([
            "task": ref("TaskRow"), "indicators": array(ref("Indicator")), "reports": array(ref("Report")),
            "urgings": array(ref("Urging")), "instructions": array(object(["id": integer, "author": string, "text": string],
                                                                            required: ["id", "author", "text"])),
            "workItems": array(object(["unitID": integer, "title": string, "done": boolean], required: ["unitID", "title", "done"])),
            "versions": array(object(["version": integer, "reason": string, "text": string], required: ["version", "reason", "text"])),
            "audit": array(object(["sequence": integer, "at": string, "account": string, "action": string])),
            "periods": array(object(["number": integer, "label": string, "dueAt": string, "endsAt": string])),
            "importWarnings": array(string),
            "progress": array(object(["period": integer, "label": string, "expected": number, "actual": nullable("number")],
                                     required: ["period", "label", "expected"])),
            // Absent when last year's plan has no task alike.
            "predecessor": object(["taskID": integer, "planTitle": string, "year": integer, "text": string, "similarity": number]),
        ], required: ["task", "indicators", "reports", "urgings", "instructions", "workItems", "versions", "audit", "periods",
                      "importWarnings", "progress"]),
        "Indicator": object(["id": integer, "metric": string, "value": number, "unit": string, "comparator": string,
                             "tier": nullable("string"), "change": nullable("string")], required: ["id", "metric", "value", "unit", "comparator"]),
        "Report": object([
            "id": integer, "period": integer, "periodLabel": string, "unit": ref("Named"), "role": string, "version": integer,
            "status": ["type": "string", "enum": ["submitted", "accepted", "returned", "superseded"]], "narrative": string,
            "percentComplete": nullable("number"), "problems": string, "nextSteps": string, "late": boolean, "submittedAt": string,
            "values": array(object(["indicatorID": integer, "value": number])),
            "evidence": array(object(["id": integer, "filename": string, "size": integer, "contentType": string])),
            "critique": array(string),
        ], required: ["id", "period", "unit", "version", "status", "narrative", "late", "submittedAt", "values", "evidence", "critique"]),
        "Urging": object(["id": integer, "unit": ref("Named"), "message": string, "sentAt": string, "replyBy": string,
                          "answer": nullable("string"), "state": string], required: ["id", "unit", "message", "sentAt", "replyBy", "state"]),
        "Plan": object(["id": integer, "governmentID": integer, "year": integer, "title": string, "status": string,
                        "sourceName": string, "tasks": integer, "lights": ["type": "object", "additionalProperties": integer]],
                       required: ["id", "governmentID", "year", "title", "status", "tasks", "lights"]),
        "ImportResult": object(["planID": integer, "tasks": integer, "warnings": array(string), "taskWarnings": integer,
                                "findings": array(object(["severity": string, "code": string, "message": string, "tasks": array(integer)])),
                                "proposedUnits": array(string), "proposedLeaders": array(string)]),
        "Me": object(["id": integer, "username": string, "displayName": string, "role": string, "unreadNotifications": integer,
                      "csrfToken": nullable("string")], required: ["id", "username", "displayName", "role", "unreadNotifications"]),
        "Notification": object(["id": integer, "kind": string, "title": string, "body": string, "read": boolean],
                               required: ["id", "kind", "title", "body", "read"]),
        "AuditVerify": object(["entries": integer, "intact": boolean, "problems": array(string)]),
        "Health": object(["status": string, "database": string, "message": string]),
        "Token": object(["token": string]),
        "Unit": object(["id": integer, "name": string, "kind": string, "confirmed": boolean, "aliases": array(string)]),
        "Leader": object(["id": integer, "name": string]),
        "BulletinSummary": object(["id": integer, "month": integer, "version": integer, "status": string, "title": string,
                                   "publishedAt": nullable("string")], required: ["id", "month", "version", "status", "title"]),
        "BulletinDetail": object(["id": integer, "planID": integer, "month": integer, "version": integer, "status": string,
                                  "bulletin": object(["title": string, "summary": string, "closing": string],
                                                     required: ["title", "summary", "closing"])],
                                 required: ["id", "planID", "month", "version", "status", "bulletin"]),
        "Account": object(["id": integer, "username": string, "displayName": string, "role": string, "active": boolean],
                          required: ["id", "username", "displayName", "role", "active"]),
    ]

    /// (method, path, summary, response schema, success status)
    nonisolated(unsafe) static let operations: [(String, String, String, JSON, Int)] = [
        ("get", "/healthz", "健康检查", ref("Health"), 200),
        ("post", "/api/v1/session", "登录", ref("Me"), 200),
        ("delete", "/api/v1/session", "退出", ref("OK"), 200),
        ("get", "/api/v1/me", "当前账户", ref("Me"), 200),
        ("post", "/api/v1/tokens", "创建 API 令牌", ref("Token"), 200),
        ("get", "/api/v1/plans", "方案列表", array(ref("Plan")), 200),
        ("get", "/api/v1/plans/{id}", "方案", ref("Plan"), 200),
        ("get", "/api/v1/plans/{id}/tasks", "方案任务（可按 unit leader light kind section q 筛选）", array(ref("TaskRow")), 200),
        ("post", "/api/v1/imports", "上传方案文件（file），生成草稿；表格各列含义可用 columns 指定（逗号分隔：number、goal、standard、leader、lead、coop、responsible、deadline、ignore），不指定时沿用本单位上次对同样表头的设置", ref("ImportResult"), 201),
        ("post", "/api/v1/plans/{id}/publish", "发布方案", ref("OK"), 200),
        ("post", "/api/v1/plans/{id}/tasks", "草稿：新增任务", ref("OK"), 201),
        ("patch", "/api/v1/tasks/{id}", "草稿：修改任务（工作标准、时限、责任单位、分管领导）", ref("OK"), 200),
        ("delete", "/api/v1/tasks/{id}", "草稿：删除任务", ref("OK"), 200),
        ("post", "/api/v1/plans/{id}/unit-mappings", "草稿：把新出现的单位名并入名录中的单位", ref("OK"), 200),
        ("post", "/api/v1/plans", "新建空白方案草稿（标题、年度、栏目）", ref("OK"), 201),
        ("post", "/api/v1/tasks/{id}/split", "草稿：把一行拆成几行（parts 每段一行）", ref("OK"), 201),
        ("post", "/api/v1/tasks/{id}/merge-next", "草稿：与同栏目的下一行合并", ref("OK"), 200),
        ("post", "/api/v1/tasks/{id}/move", "草稿：上移、下移（direction）或移到某栏目末尾（sectionID）", ref("OK"), 200),
        ("post", "/api/v1/plans/{id}/sections", "草稿：新增栏目", ref("OK"), 201),
        ("patch", "/api/v1/sections/{id}", "草稿：栏目改名", ref("OK"), 200),
        ("delete", "/api/v1/sections/{id}", "草稿：删除空栏目", ref("OK"), 200),
        ("post", "/api/v1/units", "名录：新增单位", ref("OK"), 201),
        ("patch", "/api/v1/units/{id}", "名录：单位改名（旧名保留为别称）或改类别", ref("OK"), 200),
        ("post", "/api/v1/units/{id}/aliases", "名录：新增别称", ref("OK"), 201),
        ("delete", "/api/v1/units/{id}/aliases", "名录：删除别称", ref("OK"), 200),
        ("post", "/api/v1/leaders", "名录：新增领导", ref("OK"), 201),
        ("patch", "/api/v1/leaders/{id}", "名录：领导改名", ref("OK"), 200),
        ("get", "/api/v1/plans/{id}/bulletins", "月通报列表（督查室可见草稿）", array(ref("BulletinSummary")), 200),
        ("post", "/api/v1/plans/{id}/bulletins", "起草某月通报（新版本）", ref("OK"), 201),
        ("get", "/api/v1/bulletins/{id}", "月通报", ref("BulletinDetail"), 200),
        ("patch", "/api/v1/bulletins/{id}", "修改通报文字（已发布的生成新版本）", ref("OK"), 200),
        ("post", "/api/v1/bulletins/{id}/publish", "发布通报（发布后不可改）", ref("OK"), 200),
        ("get", "/api/v1/bulletins/{id}/docx", "下载通报 Word 文件", ["type": "string", "format": "binary"], 200),
        ("get", "/api/v1/plans/{id}/assessment", "年度考核：各牵头单位得分、名次与计算过程", object(["weights": object([:]),
            "units": array(object(["unitID": integer, "unitName": string, "score": number, "rank": integer,
                                   "parts": array(object(["name": string, "points": number, "maximum": number, "explanation": string]))]))]), 200),
        ("put", "/api/v1/plans/{id}/assessment/weights", "设置考核权重", ref("OK"), 200),
        ("get", "/api/v1/plans/{id}/inspection", "季度督查清单与入选规则", object(["rules": object([:]), "description": array(string),
            "items": array(object(["taskID": integer, "label": string, "text": string, "units": array(string), "reasons": array(string)]))]), 200),
        ("put", "/api/v1/plans/{id}/inspection/rules", "设置季度督查入选规则", ref("OK"), 200),
        ("get", "/api/v1/units/{id}/tasks", "一单位一清单", array(ref("TaskRow")), 200),
        ("get", "/api/v1/city", "各区共同指标对比（市级账户；?year=）", object(["year": integer, "governments": array(string),
            "metrics": array(object(["metric": string, "unit": string, "districts": array(object([
                "government": string, "plan": string, "taskID": integer, "target": number, "comparator": string,
                "reported": nullable("number"), "light": string]))]))]), 200),
        ("get", "/api/v1/leaders/{id}/tasks", "一领导一清单", array(ref("TaskRow")), 200),
        ("get", "/api/v1/my/tasks", "我的任务", array(ref("TaskRow")), 200),
        ("get", "/api/v1/tasks/{id}", "任务详情", ref("TaskDetail"), 200),
        ("post", "/api/v1/tasks/{id}/acknowledge", "签收", ref("OK"), 200),
        ("put", "/api/v1/tasks/{id}/work-items", "二次分解", ref("OK"), 200),
        ("post", "/api/v1/tasks/{id}/reports", "提交进展报告", ref("OK"), 201),
        ("post", "/api/v1/reports/{id}/review", "审核报告（通过或退回）", ref("OK"), 200),
        ("get", "/api/v1/evidence/{id}", "下载佐证材料", ["type": "string", "format": "binary"], 200),
        ("post", "/api/v1/tasks/{id}/urgings", "催办", ref("OK"), 201),
        ("post", "/api/v1/urgings/{id}/answer", "回复催办", ref("OK"), 200),
        ("post", "/api/v1/urgings/{id}/escalate", "升级为督办单", ref("OK"), 200),
        ("post", "/api/v1/tasks/{id}/instructions", "领导批示", ref("OK"), 200),
        ("post", "/api/v1/tasks/{id}/close", "办结", ref("OK"), 200),
        ("post", "/api/v1/tasks/{id}/amendments", "目标调整", ref("OK"), 200),
        ("get", "/api/v1/notifications", "通知", array(ref("Notification")), 200),
        ("post", "/api/v1/notifications/{id}/read", "标记已读", ref("OK"), 200),
        ("get", "/api/v1/audit/verify", "校验审计链", ref("AuditVerify"), 200),
        ("get", "/api/v1/units", "单位目录", array(ref("Unit")), 200),
        ("get", "/api/v1/leaders", "领导", array(ref("Leader")), 200),
        ("get", "/api/v1/accounts", "账户", array(ref("Account")), 200),
        ("post", "/api/v1/accounts", "创建账户", ref("Account"), 201),
        ("put", "/api/v1/governments/{id}/webhook", "设置钉钉或企业微信群机器人", ref("OK"), 200),
    ]

    public static func document() -> [String: Any] {
        var paths: [String: JSON] = [:]
        for (method, path, summary, schema, status) in operations {
            var operation: JSON = [
                "summary": summary,
                "responses": [
                    String(status): ["description": "成功", "content": ["application/json": ["schema": schema]]],
                    "4XX": ["description": "请求被拒绝", "content": ["application/json": ["schema": ref("Error")]]],
                ],
            ]
            if path.contains("{id}") {
                operation["parameters"] = [["name": "id", "in": "path", "required": true, "schema": integer]]
            }
            paths[path, default: [:]][method] = operation
        }
        return [
            "openapi": "3.1.0",
            "info": ["title": "督办 Duban API", "version": "1.0.0", "description": "政府工作报告责任分解方案督办系统接口"],
            "components": [
                "schemas": schemas,
                "securitySchemes": ["cookie": ["type": "apiKey", "in": "cookie", "name": "duban_session"],
                                    "bearer": ["type": "http", "scheme": "bearer"]],
            ],
            "security": [["cookie": []], ["bearer": []]],
            "paths": paths,
        ]
    }

    static func response() -> Response {
        let data = (try? JSONSerialization.data(withJSONObject: document(), options: [.sortedKeys, .withoutEscapingSlashes])) ?? Data()
        let response = Response(status: .ok, body: .init(data: data))
        response.headers.contentType = .json
        return response
    }
}
