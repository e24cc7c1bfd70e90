import DubanCore
import DubanStore
import DubanStrings
import Vapor

/// 账户管理 for the office (its government) and the city (all): who can sign in as what, a new
/// account in one form, and switching an account off without losing what it wrote.
enum AccountPages {
    typealias S = Strings.AccountPages

    static func register(_ app: Application) {
        app.get("accounts") { req async throws -> Response in
            let (actor, governmentID) = try authorized(req)
            return try await page(req, actor: actor, governmentID: governmentID).response()
        }
        app.post("accounts") { req async throws -> Response in
            let (actor, governmentID) = try authorized(req)
            struct Form: Content {
                var username: String
                var displayName: String
                var password: String
                var role: String
                var unitID: String?
                var leaderID: String?
            }
            let form = try req.decode(Form.self)
            guard let role = Role(rawValue: form.role), role != .admin else { throw Abort(.unprocessableEntity, reason: S.badRole) }
            let unitID = role == .unit ? form.unitID.flatMap { Int($0) } : nil
            let leaderID = role == .leader ? form.leaderID.flatMap { Int($0) } : nil
            if role == .unit && unitID == nil { throw Abort(.unprocessableEntity, reason: S.unitRequired) }
            if role == .leader && leaderID == nil { throw Abort(.unprocessableEntity, reason: S.leaderRequired) }
            try await Accounts.create(
                Accounts.NewAccount(
                    username: form.username,
                    displayName: form.displayName, password: form.password, role: role,
                    governmentID: governmentID, unitID: unitID, leaderID: leaderID),
                by: actor, app: req.application)
            return req.redirect(to: "/accounts?done=account")
        }
        app.post("accounts", ":id", "active") { req async throws -> Response in
            let (actor, _) = try authorized(req)
            try await AccountAdmin.setActive(accountID: try req.id(), active: nil, by: actor, in: req.store)
            return req.redirect(to: "/accounts?done=account")
        }
        // A new one-time password, shown here once: the owner must replace it at the next login.
        app.post("accounts", ":id", "password") { req async throws -> Response in
            let (actor, governmentID) = try authorized(req)
            let id = try req.id()
            let password = try await AccountAdmin.resetPassword(accountID: id, by: actor, hash: req.application.passwordHash, in: req.store)
            let username = try await Identities.account(id, on: req.db)?.username ?? ""
            return try await page(
                req, actor: actor, governmentID: governmentID,
                flash: Strings.Identity.resetDone(username, password)
            ).response()
        }
        PasswordPage.register(app)
    }

    static func authorized(_ req: Request) throws -> (Actor, Int?) {
        let actor = try req.requireActor()
        let governmentID = actor.role == .admin ? (req.query[Int.self, at: "government"] ?? actor.governmentID) : actor.governmentID
        try req.authorize(.manageAccounts, .government(governmentID))
        return (actor, governmentID)
    }

    static func check(_ actor: Actor, _ action: Action, _ governmentID: Int?) throws {
        if case .denied(let reason) = Permissions.decide(actor, action, .government(governmentID)) { throw Abort(.forbidden, reason: reason) }
    }

    static func page(_ req: Request, actor: Actor, governmentID: Int?, flash: String? = nil) async throws -> HTML {
        let accounts = try await Scoped.accounts(for: actor, governmentID: governmentID, on: req.db)
            .sorted { ($0.role, $0.username) < ($1.role, $1.username) }
        var units: [UnitEntry] = []
        var leaders: [LeaderEntry] = []
        if let governmentID {
            units = try await DirectoryListing.units(governmentID: governmentID, actor: actor, on: req.db).filter { $0.kind != "collective" }
            leaders = try await DirectoryListing.leaders(governmentID: governmentID, actor: actor, on: req.db)
        }
        let unitNames = Dictionary(uniqueKeysWithValues: units.map { ($0.id, $0.name) })
        let leaderNames = Dictionary(uniqueKeysWithValues: leaders.map { ($0.id, $0.name) })
        return Page.layout(S.title, request: req) {
            el("h1") { S.title }
            if let flash { el("p", ["class": "flash", "role": "status", "id": "reset-done"]) { flash } }
            el("table", ["class": "plain-table", "id": "accounts"]) {
                el("thead") { el("tr") { for head in [S.username, S.displayName, S.role, S.scope, S.status, ""] { el("th", ["scope": "col"]) { head } } } }
                el("tbody") {
                    for account in accounts {
                        el("tr", ["data-account": String(account.id)]) {
                            el("td") { account.username }
                            el("td") { account.displayName }
                            el("td") { Strings.Pages.roleName(account.role) }
                            el("td") { account.unitID.flatMap { unitNames[$0] } ?? account.leaderID.flatMap { leaderNames[$0] } ?? "" }
                            el("td") { account.active ? S.active : S.inactive }
                            el("td") {
                                if account.id != actor.accountID {
                                    TaskPage.form("/accounts/\(account.id)/active", req) {
                                        el("button", ["type": "submit", "class": "secondary"]) { account.active ? S.disable : S.enable }
                                    }
                                    TaskPage.form("/accounts/\(account.id)/password", req) {
                                        el("button", ["type": "submit", "class": "secondary"]) { Strings.Identity.reset }
                                    }
                                }
                            }
                        }
                    }
                }
            }
            el("section", ["class": "card", "id": "new-account"]) {
                el("h2") { S.newAccount }
                TaskPage.form("/accounts", req, id: "account-form") {
                    el("label", ["for": "a-username"]) { S.username }
                    el("input", ["type": "text", "id": "a-username", "name": "username", "required": "required", "autocomplete": "off"])
                    el("label", ["for": "a-display"]) { S.displayName }
                    el("input", ["type": "text", "id": "a-display", "name": "displayName", "required": "required"])
                    el("label", ["for": "a-password"]) { S.password }
                    el(
                        "input",
                        [
                            "type": "password", "id": "a-password", "name": "password", "required": "required", "minlength": "10",
                            "autocomplete": "new-password", "aria-describedby": "a-password-hint",
                        ])
                    el("p", ["class": "muted", "id": "a-password-hint"]) { S.passwordHint + Strings.Identity.initialPasswordHint }
                    el("label", ["for": "a-role"]) { S.role }
                    el("select", ["id": "a-role", "name": "role"]) {
                        for role in ["unit", "leader", "supervisor", "viewer"] { el("option", ["value": role]) { Strings.Pages.roleName(role) } }
                    }
                    el("label", ["for": "a-unit"]) { S.unitForLiaison }
                    el("select", ["id": "a-unit", "name": "unitID"]) {
                        el("option", ["value": ""]) { "—" }
                        for unit in units { el("option", ["value": String(unit.id)]) { unit.name } }
                    }
                    el("label", ["for": "a-leader"]) { S.leaderForLeader }
                    el("select", ["id": "a-leader", "name": "leaderID"]) {
                        el("option", ["value": ""]) { "—" }
                        for leader in leaders { el("option", ["value": String(leader.id)]) { leader.name } }
                    }
                    el("p") { el("button", ["type": "submit"]) { S.create } }
                }
            }
        }
    }
}
