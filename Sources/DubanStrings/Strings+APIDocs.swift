/// What the OpenAPI document says of each operation, keyed `METHOD /path`, and of its answers.
extension Strings {
    public enum APIDocs {
        public static let title = "督办 Duban API"
        public static let description =
            "政府工作报告责任分解方案督办系统接口。错误一律以 JSON 返回，reason 为中文说明；地址存在但方法不对时返回 405 并附 Allow。"
        public static let success = "成功"
        public static let refused = "请求被拒绝"
        public static let errors: [Int: String] = [
            400: "请求格式不正确（JSON、字段类型、编号或查询参数）", 401: "未登录或令牌无效", 403: "无权操作",
            404: "不存在", 409: "与当前状态冲突（已签收、已办结、已发布、重名等）", 413: "请求内容过大",
            415: "请求内容类型不受支持", 422: "内容不符合要求（说明见 reason）", 429: "登录失败次数过多，稍后再试", 503: "数据库不可用",
        ]
        // What a field of a request body must hold.
        public static let reportValues = "指标编号 → 报送值（有限数值）"
        public static let evidenceFilename = "扩展名须为 pdf png jpg jpeg gif webp txt csv doc docx xls xlsx，内容须与之相符"
        public static let percentField = "0 到 100 的数值；空表示未填"
        public static let valueField = "指标报送值（有限数值，去掉首尾空白后不超过 40 个字符）；空表示未报"
        public static let columnsField = "逗号分隔：number、goal、standard、leader、lead、coop、responsible、deadline、ignore，须含 standard"
        public static let sheetFileField = "从本系统下载、填好的填报表（.xlsx 或 .csv）；其他文件会被拒收"
        public static let passwordField = "至少 10 位，含字母和数字，不能包含用户名"
        /// The name a body's own path falls back to in a refusal.
        public static let requestBody = "请求内容"

        public static let heldForSignOff = "本级实行审签：报告已交单位领导审签，尚未报送督查室"
        public static func summary(_ method: String, _ path: String) -> String? { summaries[method.uppercased() + " " + path] }

        public static let summaries: [String: String] = [
            "POST /api/v1/tokens": "创建 API 令牌（须命名；有效期 days 天，默认 90，最长 365；令牌只显示这一次；以 Authorization: Bearer 使用，无需 CSRF）",
            "GET /api/v1/tokens": "我的 API 令牌（管理员可以 account= 查看他人的）",
            "DELETE /api/v1/tokens/{id}": "撤销 API 令牌（只能撤销自己的；管理员可撤销任何令牌）",
            "PUT /api/v1/me/password": "修改本人密码（当前密码、新密码、再次输入）",
            "PUT /api/v1/accounts/{id}/active": "停用或启用账户",
            "POST /api/v1/accounts/{id}/password-reset": "重置账户密码：返回一次性密码，本人登录后须立即修改",
            "GET /api/v1/reviews": "待审核报告（authorAccountIssuedByYou：作者账户由您创建或重置密码，您不能审核）",
            "GET /healthz": "健康检查",
            "GET /api/v1/openapi.json": "本接口说明（OpenAPI 3.1）",
            "POST /api/v1/session": "登录（返回 csrfToken，之后以 Cookie 加 X-CSRF-Token 调用）",
            "DELETE /api/v1/session": "退出",
            "GET /api/v1/me": "当前账户",
            "GET /api/v1/plans": "方案列表",
            "POST /api/v1/plans": "新建空白方案草稿（标题、年度、栏目）",
            "GET /api/v1/plans/{id}": "方案",
            "GET /api/v1/plans/{id}/tasks": "方案任务（可按 unit leader light kind section q 筛选）",
            "POST /api/v1/imports":
                "上传方案文件（file），生成草稿；表格各列含义可用 columns 指定（逗号分隔：number、goal、standard、leader、lead、coop、responsible、deadline、ignore），不指定时沿用本单位上次对同样表头的设置",
            "POST /api/v1/plans/{id}/publish": "发布方案",
            "PUT /api/v1/tasks/{id}/rating": "年度考核：评定定性或节点任务的等次（grade 为评定标准中的名称，null 取消评定）",
            "POST /api/v1/plans/{id}/confirmations": "确认草稿中推断、缺失或不具体的责任分工（taskIDs 为空时确认全部待确认行，多行须填 reason）",
            "POST /api/v1/plans/{id}/tasks": "草稿：新增任务",
            "PATCH /api/v1/tasks/{id}": "草稿：修改任务（工作标准、时限、责任单位、分管领导）",
            "DELETE /api/v1/tasks/{id}": "草稿：删除任务",
            "POST /api/v1/plans/{id}/unit-mappings": "草稿：把新出现的单位名并入名录中的单位",
            "POST /api/v1/tasks/{id}/split": "草稿：把一行拆成几行（parts 每段一行）",
            "POST /api/v1/tasks/{id}/merge-next": "草稿：与同栏目的下一行合并",
            "POST /api/v1/tasks/{id}/move": "草稿：上移、下移（direction）或移到某栏目末尾（sectionID）",
            "POST /api/v1/plans/{id}/sections": "草稿：新增栏目",
            "PATCH /api/v1/sections/{id}": "草稿：栏目改名",
            "DELETE /api/v1/sections/{id}": "草稿：删除空栏目",
            "GET /api/v1/units": "单位目录（?government=，默认本级）",
            "POST /api/v1/units": "名录：新增单位",
            "PATCH /api/v1/units/{id}": "名录：单位改名（旧名保留为别称）或改类别",
            "POST /api/v1/units/{id}/aliases": "名录：新增别称",
            "DELETE /api/v1/units/{id}/aliases": "名录：删除别称",
            "GET /api/v1/units/{id}/members": "名录：统称（各街道、相关部门）包含的单位",
            "PUT /api/v1/units/{id}/members": "名录：督查室指定统称包含的单位（空列表：恢复按名称自动包含）",
            "GET /api/v1/leaders": "领导（?government=，默认本级）",
            "POST /api/v1/leaders": "名录：新增领导",
            "PATCH /api/v1/leaders/{id}": "名录：领导改名",
            "GET /api/v1/accounts": "账户",
            "POST /api/v1/accounts": "创建账户",
            "PUT /api/v1/governments/{id}/webhook": "设置钉钉或企业微信群机器人",
            "GET /api/v1/calendar": "一年的法定节假日和调休上班日（国务院通知与本地设置），按工作日计算的期限都以此为准",
            "PUT /api/v1/calendar/days": "市级管理员设置某一天放假或上班，须写明依据",
            "DELETE /api/v1/calendar/days": "撤销某一天的本地设置，恢复国务院通知的安排",
            "GET /api/v1/report-drafts": "本单位待单位领导审签的报告（联络员和审签人都可查看）",
            "POST /api/v1/report-drafts/{id}/decision": "单位领导审签：sign=true 通过并报送督查室；sign=false 退回联络员修改（须写审签意见）",
            "PUT /api/v1/governments/{id}/sign-off": "督查室开启或关闭审签（本级各单位报告须经单位领导审签后报送）",
            "PUT /api/v1/accounts/{id}/signer": "把单位账号设为或取消审签人（单位领导）",
            "PUT /api/v1/accounts/{id}/oidc-subject": "把账户绑定到统一身份认证用户（sub），或解除绑定（null）",
            "GET /api/v1/tasks/{id}/change-requests": "任务的延期申请和目标调整申请及审批结果",
            "POST /api/v1/tasks/{id}/change-requests": "牵头单位在完成时限前提出延期申请或目标调整申请（可附佐证材料，evidence 同报告）",
            "GET /api/v1/change-request-files/{id}": "下载申请所附的佐证材料（能查看该任务报告的登录用户）",
            "PUT /api/v1/governments/{id}/parent": "系统管理员设置政府的上级政府（省、市、区县、街镇），不能成环；parentID 为空表示无上级",
            "PUT /api/v1/governments/{id}/burden-ceiling": "督查室设定本级每个单位每月需填报项数的上限（减负）；ceiling 为空表示不设上限",
            "GET /api/v1/governments/{id}/handed-down": "上级下达给本级的任务、每项的对接建议或已对接的本级任务，及尚未对接的任务",
            "GET /api/v1/governments/{id}/burden": "报送负担：每个单位每月需报告的任务数、填报项数、收到的催办和督查，重复指标只填一次",
            "GET /api/v1/governments/{id}/child-burdens": "上级查看各下级政府的报送负担汇总，用于统筹督查检查考核",
            "POST /api/v1/plans/{id}/pass-down": "上级督查室按责任单位（各辖市区人民政府、点名的区）下达已发布方案中的任务，重复执行只补充新增的",
            "POST /api/v1/plans/{id}/link-proposals": "下级督查室为本级方案生成与上级下达任务的对接建议（同一指标或文字相近），已处理的不变",
            "POST /api/v1/tasks/{id}/pass-down": "上级督查室把一项任务下达给所选下级政府，可给出比率类指标加权平均的权重",
            "POST /api/v1/tasks/{id}/link": "下级督查室手工指定本级任务承接某项上级下达任务（直接确认）",
            "POST /api/v1/links/{id}/decision": "下级督查室确认、否决对接建议，或改为对接另一项上级下达任务",
            "GET /api/v1/tasks/{id}/child-parts": "上级任务的各下级落实情况：对接任务的灯、最新数值和走势，以及总量指标的汇总",
            "GET /api/v1/plans/{id}/carry-over": "新年度方案草稿可结转的上年未完成任务（本年方案未延续的）",
            "POST /api/v1/plans/{id}/carry-over": "把所选上年未完成任务结转到草稿的“上年结转任务”部分，保留原文和责任单位",
            "GET /api/v1/plans/{id}/year-end": "政府工作报告目标任务完成情况对照表：每项目标的年末完成值或状态、牵头单位、完成等次（完成、基本完成、未完成、待判定）及理由",
            "POST /api/v1/change-requests/{id}/decision": "督查室审批申请：同意（延期可改批准月份）或不同意（须写理由）",
            "GET /api/v1/plans/{id}/sheet": "下载一期填报表（.xlsx 或 .csv）：单位下载本单位的，督查室可下载某一单位或全部单位的",
            "POST /api/v1/plans/{id}/sheets": "上传填好的填报表，返回预览（每行生成新报告或与已报相同，以及各处问题）；确认前不写入报告",
            "GET /api/v1/sheets/uploads/{id}": "重新查看一次上传的预览",
            "POST /api/v1/sheets/uploads/{id}/confirm": "确认上传，生成报告；与已报内容相同的行不重复生成",
            "GET /api/v1/tasks/{id}": "任务详情（未登录只见公开部分）",
            "POST /api/v1/tasks/{id}/acknowledge": "签收",
            "PUT /api/v1/tasks/{id}/work-items": "二次分解",
            "POST /api/v1/tasks/{id}/reports": "提交进展报告（JSON，佐证材料 base64；或 multipart 表单，佐证材料为文件）",
            "POST /api/v1/reports/{id}/review": "审核报告（通过或退回）",
            "GET /api/v1/evidence/{id}": "下载佐证材料",
            "POST /api/v1/tasks/{id}/urgings": "催办",
            "POST /api/v1/urgings/{id}/answer": "回复催办",
            "POST /api/v1/urgings/{id}/escalate": "升级为督办单（可附 note）",
            "POST /api/v1/tasks/{id}/instructions": "领导批示",
            "POST /api/v1/tasks/{id}/close": "办结",
            "POST /api/v1/tasks/{id}/amendments": "目标调整",
            "GET /api/v1/notifications": "通知",
            "POST /api/v1/notifications/{id}/read": "标记已读",
            "GET /api/v1/plans/{id}/bulletins": "月通报列表（督查室可见草稿）",
            "POST /api/v1/plans/{id}/bulletins": "起草某月通报（新版本）",
            "GET /api/v1/bulletins/{id}": "月通报",
            "PATCH /api/v1/bulletins/{id}": "修改通报文字（已发布的生成新版本）",
            "POST /api/v1/bulletins/{id}/publish": "发布通报（发布后不可改）",
            "GET /api/v1/bulletins/{id}/docx": "下载通报 Word 文件",
            "GET /api/v1/plans/{id}/assessment": "年度考核：各牵头单位得分、名次与计算过程",
            "PUT /api/v1/plans/{id}/assessment/weights": "设置考核权重（0 到 100）",
            "GET /api/v1/plans/{id}/inspection": "季度督查清单与入选规则",
            "PUT /api/v1/plans/{id}/inspection/rules": "设置季度督查入选规则",
            "POST /api/v1/plans/{id}/inspection/issue": "下发本季度督查清单：通知各牵头单位，报送负担按下发当月计入；超过报送上限时须确认（acceptOverCeiling）",
            "GET /api/v1/plans/{id}/rules": "督办规则：亮灯差距、达标容差、退回补正期、排名最少任务数",
            "PUT /api/v1/plans/{id}/rules": "设置督办规则",
            "GET /api/v1/units/{id}/tasks": "一单位一清单（未登录只见已发布方案）",
            "GET /api/v1/leaders/{id}/tasks": "一领导一清单（未登录只见已发布方案）",
            "GET /api/v1/my/tasks": "我的任务",
            "GET /api/v1/city": "各区共同指标对比（市级账户；?year=）",
            "GET /api/v1/search": "搜索任务、单位、领导（?q=，取前 100 字）",
            "GET /api/v1/audit/verify": "校验审计链",
            "GET /open/plans/{id}/tasks.json": "开放数据：已发布方案的任务与进度（JSON）",
            "GET /open/plans/{id}/tasks.csv": "开放数据：已发布方案的任务与进度（CSV）",
            "GET /open/units/{id}/calendar.ics": "开放数据：单位的报送与时限日历（iCalendar）",
        ]
    }
}
