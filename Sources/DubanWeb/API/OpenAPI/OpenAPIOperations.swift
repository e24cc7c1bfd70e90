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
        _ method: String, _ path: String, _ summary: String, _ content: JSON, status: Int = 200, body: JSON? = nil,
        bodyRequired: Bool = true, query: [String: JSON] = [:], access: APIOperation.Access = .required,
        also: [Int] = []
    ) -> APIOperation {
        APIOperation(
            method: method, path: path, summary: summary, status: status, content: content, body: body,
            bodyRequired: bodyRequired, query: query, access: access, also: also)
    }

    nonisolated(unsafe) static let ok = json(ref("OK"))
    nonisolated(unsafe) static let rows = json(array(ref("TaskRow")))
    nonisolated(unsafe) static let year: JSON = ["type": "integer", "minimum": 2000, "maximum": 2100]

    nonisolated(unsafe) static let operations: [APIOperation] = session + plans + drafts + directory + cycle + products + reads + identity

    nonisolated(unsafe) static let session: [APIOperation] = [
        op("get", "/healthz", "健康检查", json(ref("Health")), access: .open, also: [503]),
        op("get", "/api/v1/openapi.json", "本接口说明（OpenAPI 3.1）", json(["type": "object"]), access: .open),
        op(
            "post", "/api/v1/session", "登录（返回 csrfToken，之后以 Cookie 加 X-CSRF-Token 调用）", json(ref("Me")), body: B.login,
            access: .open, also: [401, 403, 429]),
        op("delete", "/api/v1/session", "退出", ok, access: .optional),
        op("get", "/api/v1/me", "当前账户", json(ref("Me"))),
    ]

    nonisolated(unsafe) static let plans: [APIOperation] = [
        op("get", "/api/v1/plans", "方案列表", json(array(ref("Plan")))),
        op("post", "/api/v1/plans", "新建空白方案草稿（标题、年度、栏目）", ok, status: 201, body: B.newPlan),
        op("get", "/api/v1/plans/{id}", "方案", json(ref("Plan")), access: .optional),
        op(
            "get", "/api/v1/plans/{id}/tasks", "方案任务（可按 unit leader light kind section q 筛选）", rows,
            query: [
                "unit": id, "leader": id, "light": ["type": "string", "enum": ["green", "yellow", "red", "done", "pending"]],
                "kind": ["type": "string", "enum": ["quantitative", "milestone", "qualitative"]], "section": string, "q": string,
            ], access: .optional),
        op(
            "post", "/api/v1/imports",
            "上传方案文件（file），生成草稿；表格各列含义可用 columns 指定（逗号分隔：number、goal、standard、leader、lead、coop、responsible、deadline、ignore），不指定时沿用本单位上次对同样表头的设置",
            json(ref("ImportResult")), status: 201, body: B.importForm),
        op("post", "/api/v1/plans/{id}/publish", "发布方案", ok),
        op("put", "/api/v1/tasks/{id}/rating", "年度考核：评定定性或节点任务的等次（grade 为评定标准中的名称，null 取消评定）", ok, body: B.rating),
        op(
            "post", "/api/v1/plans/{id}/confirmations", "确认草稿中推断、缺失或不具体的责任分工（taskIDs 为空时确认全部待确认行，多行须填 reason）",
            ok, body: B.confirmations),
    ]

    nonisolated(unsafe) static let drafts: [APIOperation] = [
        op("post", "/api/v1/plans/{id}/tasks", "草稿：新增任务", ok, status: 201, body: B.newTask),
        op("patch", "/api/v1/tasks/{id}", "草稿：修改任务（工作标准、时限、责任单位、分管领导）", ok, body: B.editTask),
        op("delete", "/api/v1/tasks/{id}", "草稿：删除任务", ok),
        op("post", "/api/v1/plans/{id}/unit-mappings", "草稿：把新出现的单位名并入名录中的单位", ok, body: B.unitMapping),
        op("post", "/api/v1/tasks/{id}/split", "草稿：把一行拆成几行（parts 每段一行）", ok, status: 201, body: B.split),
        op("post", "/api/v1/tasks/{id}/merge-next", "草稿：与同栏目的下一行合并", ok),
        op("post", "/api/v1/tasks/{id}/move", "草稿：上移、下移（direction）或移到某栏目末尾（sectionID）", ok, body: B.move),
        op("post", "/api/v1/plans/{id}/sections", "草稿：新增栏目", ok, status: 201, body: B.section),
        op("patch", "/api/v1/sections/{id}", "草稿：栏目改名", ok, body: B.sectionTitle),
        op("delete", "/api/v1/sections/{id}", "草稿：删除空栏目", ok),
    ]

    nonisolated(unsafe) static let directory: [APIOperation] = [
        op("get", "/api/v1/units", "单位目录（?government=，默认本级）", json(array(ref("Unit"))), query: ["government": id]),
        op("post", "/api/v1/units", "名录：新增单位", ok, status: 201, body: B.newUnit),
        op("patch", "/api/v1/units/{id}", "名录：单位改名（旧名保留为别称）或改类别", ok, body: B.changeUnit),
        op("post", "/api/v1/units/{id}/aliases", "名录：新增别称", ok, status: 201, body: B.alias),
        op("delete", "/api/v1/units/{id}/aliases", "名录：删除别称", ok, body: B.alias),
        op("get", "/api/v1/units/{id}/members", "名录：统称（各街道、相关部门）包含的单位", json(ref("CollectiveMembership")), also: [409]),
        op("put", "/api/v1/units/{id}/members", "名录：督查室指定统称包含的单位（空列表：恢复按名称自动包含）", json(ref("CollectiveMembership")), body: B.members, also: [409]),
        op("get", "/api/v1/leaders", "领导（?government=，默认本级）", json(array(ref("Leader"))), query: ["government": id]),
        op("post", "/api/v1/leaders", "名录：新增领导", ok, status: 201, body: B.leader),
        op("patch", "/api/v1/leaders/{id}", "名录：领导改名", ok, body: B.leader),
        op("get", "/api/v1/accounts", "账户", json(array(ref("Account")))),
        op("post", "/api/v1/accounts", "创建账户", json(ref("Account")), status: 201, body: B.account),
        op("put", "/api/v1/governments/{id}/webhook", "设置钉钉或企业微信群机器人", ok, body: B.webhook),
    ]

    nonisolated(unsafe) static let cycle: [APIOperation] = [
        op("get", "/api/v1/tasks/{id}", "任务详情（未登录只见公开部分）", json(ref("TaskDetail")), access: .optional),
        op("post", "/api/v1/tasks/{id}/acknowledge", "签收", ok),
        op("put", "/api/v1/tasks/{id}/work-items", "二次分解", ok, body: B.workItems),
        op(
            "post", "/api/v1/tasks/{id}/reports", "提交进展报告（JSON，佐证材料 base64；或 multipart 表单，佐证材料为文件）", ok, status: 201,
            body: B.report),
        op("post", "/api/v1/reports/{id}/review", "审核报告（通过或退回）", ok, body: B.review),
        op("get", "/api/v1/evidence/{id}", "下载佐证材料", ["*/*": binary]),
        op("post", "/api/v1/tasks/{id}/urgings", "催办", ok, status: 201, body: B.urging),
        op("post", "/api/v1/urgings/{id}/answer", "回复催办", ok, body: B.answer),
        op("post", "/api/v1/urgings/{id}/escalate", "升级为督办单（可附 note）", ok, body: B.escalate, bodyRequired: false),
        op("post", "/api/v1/tasks/{id}/instructions", "领导批示", ok, body: B.instruction),
        op("post", "/api/v1/tasks/{id}/close", "办结", ok),
        op("post", "/api/v1/tasks/{id}/amendments", "目标调整", ok, body: B.amendment),
        op("get", "/api/v1/notifications", "通知", json(array(ref("Notification")))),
        op("post", "/api/v1/notifications/{id}/read", "标记已读", ok),
    ]

    nonisolated(unsafe) static let products: [APIOperation] = [
        op("get", "/api/v1/plans/{id}/bulletins", "月通报列表（督查室可见草稿）", json(array(ref("BulletinSummary"))), access: .optional),
        op("post", "/api/v1/plans/{id}/bulletins", "起草某月通报（新版本）", ok, status: 201, body: B.bulletin),
        op("get", "/api/v1/bulletins/{id}", "月通报", json(ref("BulletinDetail")), access: .optional),
        op("patch", "/api/v1/bulletins/{id}", "修改通报文字（已发布的生成新版本）", ok, body: B.bulletinText),
        op("post", "/api/v1/bulletins/{id}/publish", "发布通报（发布后不可改）", ok),
        op("get", "/api/v1/bulletins/{id}/docx", "下载通报 Word 文件", [docx: binary], access: .optional),
        op("get", "/api/v1/plans/{id}/assessment", "年度考核：各牵头单位得分、名次与计算过程", json(ref("Assessment"))),
        op("put", "/api/v1/plans/{id}/assessment/weights", "设置考核权重（0 到 100）", ok, body: B.weights),
        op("get", "/api/v1/plans/{id}/inspection", "季度督查清单与入选规则", json(ref("Inspection"))),
        op("put", "/api/v1/plans/{id}/inspection/rules", "设置季度督查入选规则", ok, body: B.rules),
        op("get", "/api/v1/plans/{id}/rules", "督办规则：亮灯差距、达标容差、退回补正期、排名最少任务数", json(ref("SupervisionRules")), access: .optional),
        op("put", "/api/v1/plans/{id}/rules", "设置督办规则", json(ref("SupervisionRules")), body: B.supervision),
    ]

    nonisolated(unsafe) static let reads: [APIOperation] = [
        op("get", "/api/v1/units/{id}/tasks", "一单位一清单（未登录只见已发布方案）", rows, access: .optional),
        op("get", "/api/v1/leaders/{id}/tasks", "一领导一清单（未登录只见已发布方案）", rows, access: .optional),
        op("get", "/api/v1/my/tasks", "我的任务", rows),
        op("get", "/api/v1/city", "各区共同指标对比（市级账户；?year=）", json(ref("City")), query: ["year": year]),
        op(
            "get", "/api/v1/search", "搜索任务、单位、领导（?q=，取前 100 字）", json(ref("SearchResults")), query: ["q": string],
            access: .optional),
        op("get", "/api/v1/audit/verify", "校验审计链", json(ref("AuditVerify"))),
        op("get", "/open/plans/{id}/tasks.json", "开放数据：已发布方案的任务与进度（JSON）", json(ref("OpenPlan")), access: .open),
        op("get", "/open/plans/{id}/tasks.csv", "开放数据：已发布方案的任务与进度（CSV）", ["text/csv": string], access: .open),
        op("get", "/open/units/{id}/calendar.ics", "开放数据：单位的报送与时限日历（iCalendar）", ["text/calendar": string], access: .open),
    ]
}
