import DubanCore
import DubanHTML
import DubanStore
import DubanStrings
import Vapor

/// 账户管理 for the office (its government) and the city (all): who can sign in as what, a new
/// account in one form, and switching an account off without losing what it wrote.
enum AccountPages {
    typealias AccountPagesText = Strings.AccountPages

    static func register(_ app: Application) {
        app.get(SiteURL.accounts) { req async throws -> Response in
            let (actor, governmentID) = try authorized(req)
            return view(try await model(req, actor: actor, governmentID: governmentID), req.page).response()
        }
        app.post(SiteURL.accounts) { req async throws -> Response in
            let (actor, governmentID) = try authorized(req)
            struct Form: Content {
                var username: String
                var displayName: String
                var password: String
                var role: String
                var unitID: String?
                var leaderID: String?
                var signer: String?
            }
            let form = try req.decode(Form.self)
            guard let role = Role(rawValue: form.role), role != .admin else { throw Abort(.unprocessableEntity, reason: AccountPagesText.badRole) }
            let unitID = role == .unit ? form.unitID.flatMap { Int($0) } : nil
            let leaderID = role == .leader ? form.leaderID.flatMap { Int($0) } : nil
            if role == .unit && unitID == nil { throw Abort(.unprocessableEntity, reason: AccountPagesText.unitRequired) }
            if role == .leader && leaderID == nil { throw Abort(.unprocessableEntity, reason: AccountPagesText.leaderRequired) }
            try await Accounts.create(
                Accounts.NewAccount(
                    username: form.username,
                    displayName: form.displayName, password: form.password, role: role,
                    governmentID: governmentID, unitID: unitID, leaderID: leaderID, signer: role == .unit && form.signer != nil),
                by: actor, app: req.application)
            return req.redirect(to: SiteURL.accounts.path(done: "account"))
        }
        app.post(SiteURL.accountSigner) { req async throws -> Response in
            let (actor, _) = try authorized(req)
            let id = try req.id()
            let current = try await Identities.account(id, on: req.store.db)?.signer == true
            try await AccountAdmin.setSigner(accountID: id, signer: !current, by: actor, in: req.store)
            return req.redirect(to: SiteURL.accounts.path(done: "account"))
        }
        app.post(SiteURL.accountsSignOff) { req async throws -> Response in
            let (actor, governmentID) = try authorized(req)
            struct Form: Content { var required: String? }
            guard let governmentID else { throw Abort(.badRequest, reason: Strings.Web.governmentRequired) }
            let form = try req.decode(Form.self)
            try await SignOffs.setRequired(form.required != nil, governmentID: governmentID, actor: actor, in: req.store)
            return req.redirect(to: SiteURL.accounts.path(done: "sign-off"))
        }
        app.post(SiteURL.accountActive) { req async throws -> Response in
            let (actor, _) = try authorized(req)
            try await AccountAdmin.setActive(accountID: try req.id(), active: nil, by: actor, in: req.store)
            return req.redirect(to: SiteURL.accounts.path(done: "account"))
        }
        // A new one-time password, shown here once: the owner must replace it at the next login.
        app.post(SiteURL.accountPassword) { req async throws -> Response in
            let (actor, governmentID) = try authorized(req)
            let id = try req.id()
            let password = try await AccountAdmin.resetPassword(accountID: id, by: actor, hash: req.application.passwordHash, in: req.store)
            let username = try await Identities.account(id, on: req.store.db)?.username ?? ""
            let model = try await model(req, actor: actor, governmentID: governmentID, flash: Strings.Identity.resetDone(username, password))
            return view(model, req.page).response()
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

    /// What the page lists: the accounts in scope, and the units and leaders a new one may speak for.
    struct Model: Sendable, Codable {
        var accounts: [AccountEntry]
        var units: [UnitEntry]
        var leaders: [LeaderEntry]
        /// A reset's one-time password, shown once.
        var flash: String?
        /// 审签 is on for the government; nil where no single government is in view.
        var signOff: Bool?
    }

    static func model(_ req: Request, actor: Actor, governmentID: Int?, flash: String? = nil) async throws -> Model {
        let accounts = try await Scoped.accounts(for: actor, governmentID: governmentID, on: req.store.db)
            .sorted { ($0.role, $0.username) < ($1.role, $1.username) }
        var units: [UnitEntry] = []
        var leaders: [LeaderEntry] = []
        if let governmentID {
            units = try await DirectoryListing.units(governmentID: governmentID, actor: actor, on: req.store.db).filter {
                $0.kind != UnitKind.collective.rawValue
            }
            leaders = try await DirectoryListing.leaders(governmentID: governmentID, actor: actor, on: req.store.db)
        }
        let signOff = governmentID == nil ? nil : try await SignOffs.isRequired(governmentID: governmentID, on: req.store.db)
        return Model(accounts: accounts, units: units, leaders: leaders, flash: flash, signOff: signOff)
    }

    static func view(_ model: Model, _ page: PageContext) -> HTML {
        let (accounts, units, leaders, flash) = (model.accounts, model.units, model.leaders, model.flash)
        let unitNames = Dictionary(uniqueKeysWithValues: units.map { ($0.id, $0.name) })
        let leaderNames = Dictionary(uniqueKeysWithValues: leaders.map { ($0.id, $0.name) })
        return Page.layout(AccountPagesText.title, page) {
            element(.h1) { AccountPagesText.title }
            if let flash { element(.p, ["class": "flash", "role": "status", "id": "reset-done"]) { flash } }
            element(.table, ["class": "plain-table", "id": "accounts"]) {
                element(.thead) {
                    element(.tr) {
                        for head in [
                            AccountPagesText.username, AccountPagesText.displayName, AccountPagesText.role, AccountPagesText.scope, AccountPagesText.status, "",
                        ] { element(.th, ["scope": "col"]) { head } }
                    }
                }
                element(.tbody) {
                    for account in accounts {
                        element(.tr, ["data-account": String(account.id)]) {
                            element(.td) { account.username }
                            element(.td) { account.displayName }
                            element(.td) {
                                Strings.Pages.roleName(account.role)
                                if account.signer == true { element(.span, ["class": "tag"]) { Strings.SignOff.signerMark } }
                            }
                            element(.td) { account.unitID.flatMap { unitNames[$0] } ?? account.leaderID.flatMap { leaderNames[$0] } ?? "" }
                            element(.td) { account.active ? AccountPagesText.active : AccountPagesText.inactive }
                            element(.td) {
                                if account.id != page.actor?.accountID {
                                    TaskPage.form(SiteURL.accountActive.path(account.id), page) {
                                        element(.button, ["type": "submit", "class": "secondary"]) {
                                            account.active ? AccountPagesText.disable : AccountPagesText.enable
                                        }
                                    }
                                    TaskPage.form(SiteURL.accountPassword.path(account.id), page) {
                                        element(.button, ["type": "submit", "class": "secondary"]) { Strings.Identity.reset }
                                    }
                                    if account.role == Role.unit.rawValue {
                                        TaskPage.form(SiteURL.accountSigner.path(account.id), page) {
                                            element(.button, ["type": "submit", "class": "secondary", "id": "signer-\(account.id)"]) {
                                                account.signer == true ? Strings.SignOff.unmakeSigner : Strings.SignOff.makeSigner
                                            }
                                        }
                                    }
                                }
                            }
                        }
                    }
                }
            }
            if let signOff = model.signOff { signOffSetting(signOff, page) }
            element(.section, ["class": "card", "id": "new-account"]) {
                element(.h2) { AccountPagesText.newAccount }
                TaskPage.form(SiteURL.accounts.path(), page, id: "account-form") {
                    element(.label, ["for": "a-username"]) { AccountPagesText.username }
                    element(.input, ["type": "text", "id": "a-username", "name": "username", "required": "required", "autocomplete": "off"])
                    element(.label, ["for": "a-display"]) { AccountPagesText.displayName }
                    element(.input, ["type": "text", "id": "a-display", "name": "displayName", "required": "required"])
                    element(.label, ["for": "a-password"]) { AccountPagesText.password }
                    element(
                        .input,
                        [
                            "type": "password", "id": "a-password", "name": "password", "required": "required", "minlength": "10",
                            "autocomplete": "new-password", "aria-describedby": "a-password-hint",
                        ])
                    element(.p, ["class": "muted", "id": "a-password-hint"]) { AccountPagesText.passwordHint + Strings.Identity.initialPasswordHint }
                    element(.label, ["for": "a-role"]) { AccountPagesText.role }
                    element(.select, ["id": "a-role", "name": "role"]) {
                        for role in ["unit", "leader", "supervisor", "viewer"] { element(.option, ["value": role]) { Strings.Pages.roleName(role) } }
                    }
                    element(.label, ["for": "a-unit"]) { AccountPagesText.unitForLiaison }
                    element(.select, ["id": "a-unit", "name": "unitID"]) {
                        element(.option, ["value": ""]) { "—" }
                        for unit in units { element(.option, ["value": String(unit.id)]) { unit.name } }
                    }
                    element(.label, ["class": "choice"]) {
                        element(.input, ["type": "checkbox", "id": "a-signer", "name": "signer", "value": "1"])
                        Strings.SignOff.signerField
                    }
                    element(.label, ["for": "a-leader"]) { AccountPagesText.leaderForLeader }
                    element(.select, ["id": "a-leader", "name": "leaderID"]) {
                        element(.option, ["value": ""]) { "—" }
                        for leader in leaders { element(.option, ["value": String(leader.id)]) { leader.name } }
                    }
                    element(.p) { element(.button, ["type": "submit"]) { AccountPagesText.create } }
                }
            }
        }
    }

    /// 审签 for the whole government: one switch, explained where the office sets it.
    static func signOffSetting(_ on: Bool, _ page: PageContext) -> HTML {
        element(.section, ["class": "card", "id": "sign-off-setting"]) {
            element(.h2) { Strings.SignOff.settingHeading }
            TaskPage.form(SiteURL.accountsSignOff.path(), page, id: "sign-off-form") {
                element(.label, ["class": "choice"]) {
                    element(.input, ["type": "checkbox", "id": "sign-off-required", "name": "required", "value": "1", "checked": on ? "checked" : nil])
                    Strings.SignOff.settingLabel
                }
                element(.p, ["class": "muted"]) { Strings.SignOff.settingHint }
                element(.button, ["type": "submit", "id": "sign-off-save"]) { Strings.SignOff.settingSave }
            }
        }
    }
}
