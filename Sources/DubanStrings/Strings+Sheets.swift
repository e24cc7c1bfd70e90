/// 填报表: the progress sheet handed out for offline reporting and read back.
extension Strings {
    public enum Sheets {
        public enum Columns {
            public static let key = "行标识"
            public static let label = "序号"
            public static let text = "工作标准"
            public static let unit = "填报单位"
            public static let role = "责任"
            public static let light = "当前灯"
            public static let narrative = "进展情况"
            public static func indicator(_ number: Int) -> String { "指标\(number)" }
            public static func indicatorValue(_ number: Int) -> String { "指标\(number)本期值" }
            public static let percent = "完成百分比"
            public static let problems = "存在问题"
            public static let nextSteps = "下步打算"
            public static let evidenceNote = "佐证材料说明"
        }

        public static let sheetName = "填报表"
        public static let instructionsName = "填写说明"
        public static func title(plan: String, period: String, unit: String?) -> String {
            "\(plan)　\(period)进展填报表" + (unit.map { "（\($0)）" } ?? "（全部单位）")
        }
        public static let banner = "只填写白色单元格；灰色单元格由系统生成，请勿改动。可以排序、筛选，但不要删除“行标识”列。"
        public static let instructions: [String] = [
            "填写说明",
            "1. 每行是一项任务。请在白色单元格填写本期情况：进展情况（必填）、各指标本期值、完成百分比、存在问题、下步打算、佐证材料说明。",
            "2. 指标本期值、完成百分比只填数字，不带单位；完成百分比为0到100之间的数，可从下拉列表选择，也可直接输入。",
            "3. 不需要填报的任务，整行留空即可，系统不会为它生成报告。",
            "4. 灰色单元格和隐藏的“行标识”列用于核对任务和单位，请勿修改；改动后该行会被拒收。",
            "5. 填好后在督办系统“填报表”页面上传，或交督查室导入。上传后先显示预览，确认后才生成报告；同一张表重复上传不会重复生成。",
            "6. 本表只能用于表头所列单位和期次，其他单位或期次的表会被拒收。",
            "7. 灯为红色或黄色的任务，请写明存在问题和整改措施。",
        ]
        public static func evidenceNoteLine(_ note: String) -> String { "佐证材料说明：\(note)" }
        public static let roleLead = "牵头"
        public static let roleCoop = "配合"
        public static let percentChoices = "0,10,20,30,40,50,60,70,80,90,100"
        public static let percentPromptTitle = "完成百分比"
        public static let percentPrompt = "填0到100之间的数，可从列表选择。"
        public static let lockedCellMessage = "灰色单元格由系统生成，请只填写白色单元格。"

        public static func problem(sheet: String, row: Int?, column: String?, message: String) -> String {
            var place = "「\(sheet)」"
            if let row { place += "第\(row)行" }
            if let column { place += " \(column)" }
            return "\(place)：\(message)"
        }

        public static let notASheet = "这不是督办系统导出的填报表（找不到表的标识）。请先在“填报表”页面下载本期填报表，填好后再上传。"
        public static let sealBroken = "填报表的标识已被改动，或来自其他督办系统，无法核对，已拒收。请重新下载填报表填写。"
        public static let noHeader = "找不到填报表的表头（“行标识”“进展情况”两列）。请勿删除或改写表头行。"
        public static func tooManyRows(_ count: Int, limit: Int) -> String {
            "填报表有\(count)行，超过上限\(limit)行，已拒收。请按单位分别下载、上传。"
        }
        public static let rowWithoutKey = "这一行没有行标识，不是下载时的任务行，未导入。如需补报其他任务，请在系统中填报。"
        public static let keyBroken = "行标识被改动或来自其他填报表，无法确认是哪项任务，未导入。"
        public static func duplicateRow(_ first: Int) -> String { "与第\(first)行是同一项任务，只导入第\(first)行。" }
        public static func notANumber(_ text: String) -> String { "“\(text)”不是数字。请只填数字，不带单位。" }
        public static let percentRange = "完成百分比应在0到100之间。"
        public static let narrativeRequired = "已填写其他内容，但进展情况为空。进展情况必填。"
        public static let redNeedsWords = "本任务当前为红灯或黄灯，请填写存在问题和下步打算（整改措施）。"

        public static func otherUnit(sheetUnit: String, yourUnit: String) -> String {
            "这是“\(sheetUnit)”的填报表，不是“\(yourUnit)”的，已拒收。请下载本单位的填报表。"
        }
        public static let allUnitsSheetForUnit = "这是督查室下载的全部单位填报表，单位不能上传。请下载本单位的填报表。"
        public static func otherPeriod(sheet: String, expected: String) -> String {
            "这是“\(sheet)”的填报表，本次上传的是“\(expected)”，已拒收。请下载本期填报表。"
        }
        public static let ownUnitOnly = "单位只能下载、上传本单位的填报表。"
        public static let otherPlan = "这张填报表属于另一份方案，已拒收。"
        public static let otherGovernment = "这张填报表属于其他政府，已拒收。"
        public static let taskNotUnits = "这项任务不是该单位承担的任务，未导入。"
        public static let taskNotInPlan = "这项任务不在该方案中，未导入。"
        public static let taskClosed = "这项任务已办结，不再接受填报。"
        public static func noSuchIndicator(_ number: Int) -> String { "这项任务没有第\(number)个指标，这一格应留空。" }
        public static func wholeNumber(_ metric: String) -> String { "“\(metric)”是件数，应填整数。" }
        public static let secretMissing = "数据库中缺少填报表的签名密钥，请先运行 duban migrate。"
        public static let uploadNotFound = "找不到这次上传，可能已确认或已过期。请重新上传。"
        public static let uploadNotYours = "这次上传不是由你完成的，不能由你确认。"
        public static let uploadAlreadyConfirmed = "这次上传已经确认过，没有重复生成报告。"
        public static let hasProblems = "填报表中有问题的行不会导入；其余行确认后生成报告。"

        public enum Outcome {
            public static let created = "新报告"
            public static let unchanged = "与已报内容相同，不再生成"
            public static let blank = "未填写，跳过"
        }

        // Page
        public static let pageTitle = "填报表"
        public static let intro = "不便登录的单位可以下载本期填报表（Excel），离线填写后上传。上传后先预览，确认后生成报告。"
        public static let downloadHeading = "下载填报表"
        public static let uploadHeading = "上传已填好的填报表"
        public static let periodField = "期次"
        public static let unitField = "单位"
        public static let allUnits = "全部单位"
        public static let formatField = "格式"
        public static let formatXlsx = "Excel（.xlsx）"
        public static let formatCSV = "CSV"
        public static let download = "下载"
        public static let fileField = "填报表文件（.xlsx 或 .csv）"
        public static let preview = "上传并预览"
        public static let previewHeading = "导入预览"
        public static func previewSummary(create: Int, unchanged: Int, blank: Int, problems: Int) -> String {
            "将生成\(create)份报告；\(unchanged)行与已报内容相同；\(blank)行未填写；\(problems)处问题。"
        }
        public static let confirm = "确认导入"
        public static func heldForSignOff(_ count: Int) -> String { "已将\(count)行交单位领导审签，审签通过后报送督查室。" }
        public static func confirmed(created: Int, unchanged: Int) -> String {
            "已导入：生成\(created)份报告，\(unchanged)行与已报内容相同未重复生成。"
        }
        public static let nothingToConfirm = "没有可以导入的行。"
        public static let problemsHeading = "问题"
        public static let rowHeading = "行"
        public static let taskHeading = "任务"
        public static let outcomeHeading = "结果"
        public static let auditImported = "据填报表导入"
        public static func notifyImported(unit: String, count: Int) -> String { "\(unit)通过填报表报送了\(count)份报告" }
    }
}

extension Strings.Sheets {
    /// `地区生产总值（目标≥5%）`: the comparator as a reader writes it.
    public static func indicatorCaption(metric: String, comparator: String, target: String) -> String {
        let sign = [">=": "≥", "<=": "≤", ">": "＞", "<": "＜"][comparator] ?? ""
        return "\(metric)（目标\(sign)\(target)）"
    }
    public static func cell(letter: String, title: String) -> String { "\(letter)列（\(title)）" }
}

extension Strings.Sheets {
    public static func fileName(title: String, format: String) -> String { "\(title).\(format)" }
    public static func ownUnit(_ name: String) -> String { "单位：\(name)" }
}

extension Strings.Sheets {
    public static func accountNotFound(_ username: String) -> String { "找不到启用的账号“\(username)”。" }
    public static let cliAbstract = "报告：导入单位填好的填报表"
    public static let cliImportAbstract = "导入填好的填报表（.xlsx 或 .csv）：先显示预览，加 --confirm 才生成报告"
    public static let cliFileHelp = "填好的填报表文件"
    public static let cliAccountHelp = "以哪个账号导入（单位联络员导入本单位的表，督查室可导入任何单位的表）"
    public static let cliPeriodHelp = "只接受这一期的填报表（期次编号）"
    public static let cliConfirmHelp = "确认导入，生成报告（不加此项只显示预览）"
    public static let cliJSONHelp = "以 JSON 输出预览和结果"
    public static func cliRow(row: Int, task: String, unit: String, outcome: String) -> String { "第\(row)行  \(task)  \(unit)  \(outcome)" }
    public static let cliNotConfirmed = "以上为预览，未生成报告。确认无误后加 --confirm 再运行一次。"
}
