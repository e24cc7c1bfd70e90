import DubanCore
import DubanStore
import DubanStrings
import Vapor

/// The audit chain of the caller's government, checked a page at a time.
struct AuditAPI {
    struct AuditVerifyDTO: Content {
        /// The caller's government's entries checked on this page.
        var entries: Int
        var intact: Bool
        var problems: [String]
        /// `after` for the next page; absent at the end of the chain.
        var nextAfter: Int?
    }

    func register(_ api: any RoutesBuilder) {
        api.get("audit", "verify") { req async throws -> AuditVerifyDTO in
            let after = req.query[Int.self, at: "after"] ?? 0
            let limit = req.query[Int.self, at: "limit"] ?? 1_000
            guard after >= 0, (1...AuditTrail.maxPage).contains(limit) else { throw Abort(.badRequest, reason: Strings.Web.badRequest) }
            let page = try await AuditTrail.verifyPage(actor: try req.requireActor(), after: after, limit: limit, on: req.store.db)
            return AuditVerifyDTO(
                entries: page.checked, intact: page.problems.isEmpty, problems: page.problems.map(\.description),
                nextAfter: page.nextAfter)
        }
    }
}
