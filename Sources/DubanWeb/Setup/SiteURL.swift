/// Every page's address, once. The routes are registered from these patterns and the views link
/// with them, so a link cannot name a route that does not exist (`SiteURLTests` checks that
/// every case is registered). The JSON API's paths live in the OpenAPI document instead.
enum SiteURL: String, CaseIterable, Sendable {
    case home = "/"
    case login = "/login"
    case logout = "/logout"
    case providerLogin = "/auth/oidc/login"
    case providerCallback = "/auth/oidc/callback"
    case search = "/search"
    case city = "/city"
    case notifications = "/notifications"
    case notificationsRead = "/notifications/read"
    case ownPassword = "/account/password"
    case stylesheet = "/assets/app.css"
    case script = "/assets/app.js"

    case importPlan = "/import"
    case importColumns = "/import/columns"
    case newPlan = "/plans/new"

    case plan = "/plans/:id"
    case planPublish = "/plans/:id/publish"
    case planConfirmations = "/plans/:id/confirmations"
    case planTasks = "/plans/:id/tasks"
    case planUnitMappings = "/plans/:id/unit-mappings"
    case planSections = "/plans/:id/sections"
    case planBulletins = "/plans/:id/bulletins"
    case planAssessment = "/plans/:id/assessment"
    case planAssessmentXlsx = "/plans/:id/assessment.xlsx"
    case planAssessmentWeights = "/plans/:id/assessment/weights"
    case planRules = "/plans/:id/rules"
    case taskChangeRequests = "/tasks/:id/change-requests"
    case changeRequestDecision = "/change-requests/:id/decision"
    case planSheets = "/plans/:id/sheets"
    case planSheetDownload = "/plans/:id/sheets/download"
    case sheetUpload = "/sheets/uploads/:id"
    case sheetUploadConfirm = "/sheets/uploads/:id/confirm"
    case planCarryOver = "/plans/:id/carry-over"
    case planYearEndDocx = "/plans/:id/year-end.docx"
    case planYearEndXlsx = "/plans/:id/year-end.xlsx"
    case planInspection = "/plans/:id/inspection"
    case planInspectionXlsx = "/plans/:id/inspection.xlsx"
    case planInspectionRules = "/plans/:id/inspection/rules"
    case planInspectionIssue = "/plans/:id/inspection/issue"

    case task = "/tasks/:id"
    case taskEdit = "/tasks/:id/edit"
    case taskDelete = "/tasks/:id/delete"
    case taskSplit = "/tasks/:id/split"
    case taskMerge = "/tasks/:id/merge"
    case taskMove = "/tasks/:id/move"
    case taskAcknowledge = "/tasks/:id/acknowledge"
    case taskReports = "/tasks/:id/reports"
    case taskUrgings = "/tasks/:id/urgings"
    case taskInstructions = "/tasks/:id/instructions"
    case taskClose = "/tasks/:id/close"
    case taskAmend = "/tasks/:id/amend"
    case taskRating = "/tasks/:id/rating"
    case reportReview = "/reports/:id/review"
    case reportDraftDecision = "/report-drafts/:id/decision"
    case urgingAnswer = "/urgings/:id/answer"
    case urgingEscalate = "/urgings/:id/escalate"
    case sectionRename = "/sections/:id/rename"
    case sectionDelete = "/sections/:id/delete"

    case bulletin = "/bulletins/:id"
    case bulletinDocx = "/bulletins/:id/docx"
    case bulletinEdit = "/bulletins/:id/edit"
    case bulletinPublish = "/bulletins/:id/publish"

    case unit = "/units/:id"
    case leader = "/leaders/:id"
    case directory = "/directory"
    case directoryUnits = "/directory/units"
    case directoryUnit = "/directory/units/:id"
    case directoryUnitMembers = "/directory/units/:id/members"
    case directoryUnitAliases = "/directory/units/:id/aliases"
    case directoryUnitAliasRemoval = "/directory/units/:id/aliases/remove"
    case directoryLeaders = "/directory/leaders"
    case directoryLeader = "/directory/leaders/:id"

    case levels = "/levels"
    case levelsParent = "/levels/governments/:id/parent"
    case levelsPlanPassDown = "/levels/plans/:id/pass-down"
    case levelsTaskPassDown = "/levels/tasks/:id/pass-down"
    case levelsTaskWeights = "/levels/tasks/:id/weights"
    case levelsPlanProposals = "/levels/plans/:id/proposals"
    case levelsLinkDecision = "/levels/links/:id/decision"
    case levelsPlace = "/levels/handoffs/:id/place"
    case burden = "/burden"
    case burdenCeiling = "/burden/ceiling"

    case calendar = "/calendar"
    case calendarDays = "/calendar/days"
    case calendarDayRemoval = "/calendar/days/remove"

    case accounts = "/accounts"
    case accountActive = "/accounts/:id/active"
    case accountPassword = "/accounts/:id/password"
    case accountSigner = "/accounts/:id/signer"
    case accountsSignOff = "/accounts/sign-off"

    case openPlanTasksJSON = "/open/plans/:id/tasks.json"
    case openPlanTasksCSV = "/open/plans/:id/tasks.csv"
    case openUnitCalendar = "/open/units/:id/calendar.ics"
    /// Linked from the task page; registered with the API (`TaskAPI`).
    case evidence = "/api/v1/evidence/:id"
    case changeRequestFile = "/api/v1/change-request-files/:id"

    static let idParameter = ":id"

    /// The pattern's segments, as a router registers them (`:id` is the parameter).
    var segments: [String] { rawValue.split(separator: "/").map(String.init) }

    var takesID: Bool { segments.contains(Self.idParameter) }

    /// A link: the pattern with its id filled in, then `?done=` (the flash line a page shows
    /// after a form) and a `#fragment` to land on.
    func path(_ id: Int? = nil, done: String? = nil, fragment: String? = nil) -> String {
        precondition(takesID == (id != nil), "\(rawValue) takes \(takesID ? "an" : "no") id")
        var path = id.map { rawValue.replacingOccurrences(of: Self.idParameter, with: String($0)) } ?? rawValue
        if let done { path += "?done=" + done }
        if let fragment { path += "#" + fragment }
        return path
    }
}
