import DubanCore
import DubanStore
import DubanStrings
import Vapor

/// The directory pages and their forms: each posts, runs the use case, and returns to the page.
extension PageRoutes {
    func registerDirectoryPages(_ app: Application) {
        app.get(SiteURL.directory) { req async throws -> Response in
            let actor = try req.requireActor()
            let governmentID = actor.governmentID ?? 0
            let units = try await DirectoryListing.units(governmentID: governmentID, actor: actor, on: req.store.db)
            let leaders = try await DirectoryListing.leaders(governmentID: governmentID, actor: actor, on: req.store.db)
            let canManage = Permissions.decide(actor, .manageDirectory, .government(governmentID)).isAllowed
            return DirectoryPages.directory(req.page, units: units, leaders: leaders, canManage: canManage).response()
        }
        app.get(SiteURL.directoryUnit) { req async throws -> Response in
            let actor = try req.requireActor()
            let unit = try await DirectoryListing.unitToManage(try req.id(), actor: actor, on: req.store.db)
            let membership =
                CollectiveMembers.isCollective(name: unit.name, kind: unit.kind)
                ? try await CollectiveMembers.membership(of: unit.id, actor: actor, on: req.store.db) : nil
            return DirectoryPages.unit(req.page, unit: unit, membership: membership).response()
        }
        app.post(SiteURL.directoryUnitMembers) { req async throws -> Response in
            struct Form: Content { var members: [Int]? }
            let id = try req.id()
            try await CollectiveMembers.name(
                collectiveID: id, memberIDs: try req.decode(Form.self).members ?? [],
                actor: try req.requireActor(), in: req.store)
            return req.redirect(to: SiteURL.directoryUnit.path(id, done: "members", fragment: "members"))
        }
        app.post(SiteURL.directoryUnits) { req async throws -> Response in
            struct Form: Content {
                var name: String
                var kind: String?
            }
            let form = try req.decode(Form.self)
            let actor = try req.requireActor()
            let id = try await DirectoryAdmin.addUnit(
                governmentID: actor.governmentID ?? 0, name: form.name, kind: form.kind,
                actor: actor, in: req.store)
            return req.redirect(to: SiteURL.directory.path(done: "unit", fragment: "unit-\(id)"))
        }
        app.post(SiteURL.directoryUnit) { req async throws -> Response in
            struct Form: Content {
                var name: String?
                var kind: String?
            }
            let form = try req.decode(Form.self)
            let id = try req.id()
            try await DirectoryAdmin.changeUnit(
                unitID: id, .init(name: form.name, kind: form.kind.flatMap { $0.isEmpty ? nil : $0 }),
                actor: try req.requireActor(), in: req.store)
            return req.redirect(to: SiteURL.directoryUnit.path(id, done: "unit"))
        }
        app.post(SiteURL.directoryUnitAliases) { req async throws -> Response in
            struct Form: Content { var alias: String }
            let id = try req.id()
            try await DirectoryAdmin.addAlias(unitID: id, alias: try req.decode(Form.self).alias, actor: try req.requireActor(), in: req.store)
            return req.redirect(to: SiteURL.directoryUnit.path(id, done: "alias", fragment: "aliases"))
        }
        app.post(SiteURL.directoryUnitAliasRemoval) { req async throws -> Response in
            struct Form: Content { var alias: String }
            let id = try req.id()
            try await DirectoryAdmin.removeAlias(unitID: id, alias: try req.decode(Form.self).alias, actor: try req.requireActor(), in: req.store)
            return req.redirect(to: SiteURL.directoryUnit.path(id, done: "alias", fragment: "aliases"))
        }
        app.post(SiteURL.directoryLeaders) { req async throws -> Response in
            struct Form: Content { var name: String }
            let actor = try req.requireActor()
            let id = try await DirectoryAdmin.addLeader(
                governmentID: actor.governmentID ?? 0, name: try req.decode(Form.self).name,
                actor: actor, in: req.store)
            return req.redirect(to: SiteURL.directory.path(done: "leader", fragment: "leader-\(id)"))
        }
        app.post(SiteURL.directoryLeader) { req async throws -> Response in
            struct Form: Content { var name: String }
            let id = try req.id()
            try await DirectoryAdmin.renameLeader(leaderID: id, name: try req.decode(Form.self).name, actor: try req.requireActor(), in: req.store)
            return req.redirect(to: SiteURL.directory.path(done: "leader", fragment: "leader-\(id)"))
        }
    }
}
