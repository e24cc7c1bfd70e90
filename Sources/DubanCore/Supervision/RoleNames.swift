import DubanStrings

// Exhaustive switches, so a new role or action cannot ship without its Chinese name.
extension Role {
    public var chineseName: String {
        switch self {
        case .admin: Strings.Supervision.Roles.admin
        case .supervisor: Strings.Supervision.Roles.supervisor
        case .leader: Strings.Supervision.Roles.leader
        case .unit: Strings.Supervision.Roles.unit
        case .viewer: Strings.Supervision.Roles.viewer
        }
    }
}

extension Action {
    /// A verb phrase (审核报告), as used in refusals and in the audit log.
    public var chineseName: String {
        typealias A = Strings.Supervision.Actions
        switch self {
        case .readPlan: return A.readPlan
        case .readTask: return A.readTask
        case .readAudit: return A.readAudit
        case .importPlan: return A.importPlan
        case .editPlan: return A.editPlan
        case .publishPlan: return A.publishPlan
        case .amendTask: return A.amendTask
        case .acknowledgeTask: return A.acknowledgeTask
        case .editWorkItems: return A.editWorkItems
        case .requestChange: return A.requestChange
        case .submitReport: return A.submitReport
        case .contributeReport: return A.contributeReport
        case .signOffReport: return A.signOffReport
        case .reviewReport: return A.reviewReport
        case .urge: return A.urge
        case .answerUrging: return A.answerUrging
        case .escalateUrging: return A.escalateUrging
        case .writeInstruction: return A.writeInstruction
        case .closeTask: return A.closeTask
        case .manageDirectory: return A.manageDirectory
        case .manageAccounts: return A.manageAccounts
        case .manageGovernments: return A.manageGovernments
        case .manageCalendar: return A.manageCalendar
        case .publishBulletin: return A.publishBulletin
        case .runAssessment: return A.runAssessment
        case .readNotifications: return A.readNotifications
        case .enterSheetReports: return A.enterSheetReports
        case .linkLevels: return A.linkLevels
        case .setBurdenCeiling: return A.setBurdenCeiling
        }
    }
}
