import DubanCore
import DubanStore
import DubanStrings
import Vapor

/// The directory (units, leaders) and accounts.
struct DirectoryAPI {
    struct UnitDTO: Content {
        var id: Int
        var name: String
        var kind: String
        var confirmed: Bool
        var aliases: [String]
    }

    struct LeaderDTO: Content {
        var id: Int
        var name: String
    }

    struct AccountDTO: Content {
        var id: Int
        var username: String
        var displayName: String
        var role: String
        var governmentID: Int?
        var unitID: Int?
        var leaderID: Int?
        var active: Bool
        /// 审签人: present, and true, only on a unit leader's account.
        var signer: Bool?
    }

    struct UnitInput: Content {
        var name: String?
        var kind: String?
        var governmentID: Int?
    }

    struct AliasInput: Content { var alias: String }
    struct LeaderInput: Content {
        var name: String
        var governmentID: Int?
    }

    func register(_ api: any RoutesBuilder) {
        registerAdministration(api)
        api.get("units") { req async throws -> [UnitDTO] in
            let governmentID = try Self.government(req)
            return try await DirectoryListing.units(governmentID: governmentID, actor: req.actor, on: req.store.db).map {
                UnitDTO(id: $0.id, name: $0.name, kind: $0.kind, confirmed: $0.confirmed, aliases: $0.aliases)
            }
        }
        api.get("leaders") { req async throws -> [LeaderDTO] in
            let governmentID = try Self.government(req)
            return try await DirectoryListing.leaders(governmentID: governmentID, actor: req.actor, on: req.store.db)
                .map { LeaderDTO(id: $0.id, name: $0.name) }
        }
        api.get("accounts") { req async throws -> [AccountDTO] in
            try await Scoped.accounts(for: try req.requireActor(), on: req.store.db).map(Self.dto)
        }
        api.put("governments", ":id", "webhook") { req async throws -> OK in
            struct Body: Content {
                var url: String?
                var kind: String?
                var secret: String?
            }
            let body = try req.decode(Body.self)
            let kind =
                try body.kind.map { raw in
                    guard let kind = Webhooks.Kind(rawValue: raw) else { throw Abort(.unprocessableEntity, reason: Strings.Security.webhookKind) }
                    return kind
                } ?? .dingtalk
            try await WebhookSettings.set(
                governmentID: try req.id(), .init(url: body.url, kind: kind, secret: body.secret),
                address: req.duban.config.webhookAddress, actor: try req.requireActor(), in: req.store)
            return OK()
        }
        api.post("accounts") { req async throws -> Response in
            let actor = try req.requireActor()
            let input = try req.decode(Accounts.NewAccount.self)
            try req.authorize(.manageAccounts, .government(input.governmentID))
            let account = try await Accounts.create(input, by: actor, app: req.application)
            return try await Self.dto(account).encodeResponse(status: .created, for: req)
        }
    }

    static func government(_ req: Request) throws -> Int {
        let actor = try req.requireActor()
        let id = req.query[Int.self, at: "government"] ?? actor.governmentID
        guard let id else { throw Abort(.badRequest, reason: Strings.Web.governmentRequired) }
        try req.authorize(.readPlan, .government(id))
        return id
    }

    static func dto(_ a: AccountEntry) -> AccountDTO {
        AccountDTO(
            id: a.id, username: a.username, displayName: a.displayName, role: a.role, governmentID: a.governmentID,
            unitID: a.unitID, leaderID: a.leaderID, active: a.active, signer: a.signer)
    }

    /// The office keeps the directory: every change audited, an old unit name kept as an alias.
    func registerAdministration(_ api: any RoutesBuilder) {
        api.post("units") { req async throws -> Response in
            let actor = try req.requireActor()
            let body = try req.decode(UnitInput.self)
            guard let government = body.governmentID ?? actor.governmentID else { throw Abort(.badRequest, reason: Strings.Web.governmentRequired) }
            let id = try await DirectoryAdmin.addUnit(governmentID: government, name: body.name ?? "", kind: body.kind, actor: actor, in: req.store)
            return try OK(id: id).jsonResponse(status: .created)
        }
        api.patch("units", ":id") { req async throws -> OK in
            let body = try req.decode(UnitInput.self)
            try await DirectoryAdmin.changeUnit(
                unitID: try req.id(), .init(name: body.name, kind: body.kind),
                actor: try req.requireActor(), in: req.store)
            return OK()
        }
        api.post("units", ":id", "aliases") { req async throws -> Response in
            try await DirectoryAdmin.addAlias(
                unitID: try req.id(), alias: try req.decode(AliasInput.self).alias,
                actor: try req.requireActor(), in: req.store)
            return try OK().jsonResponse(status: .created)
        }
        api.delete("units", ":id", "aliases") { req async throws -> OK in
            try await DirectoryAdmin.removeAlias(
                unitID: try req.id(), alias: try req.decode(AliasInput.self).alias,
                actor: try req.requireActor(), in: req.store)
            return OK()
        }
        api.get("units", ":id", "members") { req async throws -> Response in
            try await CollectiveMembers.membership(of: try req.id(), actor: try req.requireActor(), on: req.store.db).jsonResponse()
        }
        api.put("units", ":id", "members") { req async throws -> Response in
            struct Body: Content { var memberIDs: [Int] }
            let id = try req.id()
            let actor = try req.requireActor()
            try await CollectiveMembers.name(collectiveID: id, memberIDs: try req.decode(Body.self).memberIDs, actor: actor, in: req.store)
            return try await CollectiveMembers.membership(of: id, actor: actor, on: req.store.db).jsonResponse()
        }
        api.post("leaders") { req async throws -> Response in
            let actor = try req.requireActor()
            let body = try req.decode(LeaderInput.self)
            guard let government = body.governmentID ?? actor.governmentID else { throw Abort(.badRequest, reason: Strings.Web.governmentRequired) }
            let id = try await DirectoryAdmin.addLeader(governmentID: government, name: body.name, actor: actor, in: req.store)
            return try OK(id: id).jsonResponse(status: .created)
        }
        api.patch("leaders", ":id") { req async throws -> OK in
            try await DirectoryAdmin.renameLeader(
                leaderID: try req.id(), name: try req.decode(LeaderInput.self).name,
                actor: try req.requireActor(), in: req.store)
            return OK()
        }
    }
}
