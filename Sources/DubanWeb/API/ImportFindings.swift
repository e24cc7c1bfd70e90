import DubanCore
import Vapor

/// The linter's findings for the import wizard and API, task indexes as in the draft.
enum ImportFindings {
    struct Item: Content {
        var severity: String
        var code: String
        var message: String
        var tasks: [Int]
    }

    static func of(_ plan: Plan) -> [Item] {
        PlanLinter().lint(plan).map { Item(severity: $0.severity.rawValue, code: $0.code.rawValue, message: $0.message, tasks: $0.tasks) }
    }
}
