import DubanStrings
import DubanCore
import DubanStore
import Fluent
import Vapor

/// The directory pages and their forms: each posts, runs the use case, and returns to the page.
extension PageRoutes {
    func registerDirectoryPages(_ app: Application) {
        app.get("directory") { req async throws -> Response in
            let actor = try req.requireActor()
            let governmentID = actor.governmentID ?? 0
            try req.authorize(.readPlan, .government(governmentID))
            let units = try await UnitRecord.query(on: req.db).filter(\.$governmentID == governmentID).sort(\.$name).all()
            let aliases = Dictionary(grouping: try await UnitAliasRecord.query(on: req.db).filter(\.$governmentID == governmentID)
                .sort(\.$alias).all(), by: \.unitID).mapValues { $0.map(\.alias) }
            let leaders = try await LeaderRecord.query(on: req.db).filter(\.$governmentID == governmentID).sort(\.$id).all()
            let canManage = Permissions.decide(actor, .manageDirectory, .government(governmentID)).isAllowed
            return DirectoryPages.directory(req, units: units, aliases: aliases, leaders: leaders, canManage: canManage).response()
        }
        app.get("directory", "units", ":id") { req async throws -> Response in
            guard let unit = try await UnitRecord.find(try req.id(), on: req.db) else { throw Abort(.notFound, reason: Strings.Web.notFound) }
            try req.authorize(.manageDirectory, .government(unit.governmentID))
            let aliases = try await UnitAliasRecord.query(on: req.db).filter(\.$unitID == unit.requireID()).sort(\.$alias).all().map(\.alias)
            return DirectoryPages.unit(req, unit: unit, aliases: aliases).response()
        }
        app.post("directory", "units") { req async throws -> Response in
            struct Form: Content { var name: String; var kind: String? }
            let form = try req.decode(Form.self)
            let actor = try req.requireActor()
            let id = try await DirectoryAdmin.addUnit(governmentID: actor.governmentID ?? 0, name: form.name, kind: form.kind,
                                                      actor: actor, in: req.store)
            return req.redirect(to: "/directory?done=unit#unit-\(id)")
        }
        app.post("directory", "units", ":id") { req async throws -> Response in
            struct Form: Content { var name: String?; var kind: String? }
            let form = try req.decode(Form.self)
            let id = try req.id()
            try await DirectoryAdmin.changeUnit(unitID: id, .init(name: form.name, kind: form.kind.flatMap { $0.isEmpty ? nil : $0 }),
                                                actor: try req.requireActor(), in: req.store)
            return req.redirect(to: "/directory/units/\(id)?done=unit")
        }
        app.post("directory", "units", ":id", "aliases") { req async throws -> Response in
            struct Form: Content { var alias: String }
            let id = try req.id()
            try await DirectoryAdmin.addAlias(unitID: id, alias: try req.decode(Form.self).alias, actor: try req.requireActor(), in: req.store)
            return req.redirect(to: "/directory/units/\(id)?done=alias#aliases")
        }
        app.post("directory", "units", ":id", "aliases", "remove") { req async throws -> Response in
            struct Form: Content { var alias: String }
            let id = try req.id()
            try await DirectoryAdmin.removeAlias(unitID: id, alias: try req.decode(Form.self).alias, actor: try req.requireActor(), in: req.store)
            return req.redirect(to: "/directory/units/\(id)?done=alias#aliases")
        }
        app.post("directory", "leaders") { req async throws -> Response in
            struct Form: Content { var name: String }
            let actor = try req.requireActor()
            let id = try await DirectoryAdmin.addLeader(governmentID: actor.governmentID ?? 0, name: try req.decode(Form.self).name,
                                                        actor: actor, in: req.store)
            return req.redirect(to: "/directory?done=leader#leader-\(id)")
        }
        app.post("directory", "leaders", ":id") { req async throws -> Response in
            struct Form: Content { var name: String }
            let id = try req.id()
            try await DirectoryAdmin.renameLeader(leaderID: id, name: try req.decode(Form.self).name, actor: try req.requireActor(), in: req.store)
            return req.redirect(to: "/directory?done=leader#leader-\(id)")
        }
    }
}
