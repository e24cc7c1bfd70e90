import DubanCore
import DubanExport
import DubanStore
import DubanStrings
import Vapor

/// 月通报 through the API: draft for a month, edit the wording, publish, download as Word.
struct BulletinAPI {
    struct Summary: Content {
        var id: Int
        var month: Int
        var version: Int
        var status: String
        var title: String
        var publishedAt: Date?
    }

    struct Detail: Content {
        var id: Int
        var planID: Int
        var month: Int
        var version: Int
        var status: String
        var bulletin: Bulletin
    }

    func register(_ api: any RoutesBuilder) {
        api.get("plans", ":id", "bulletins") { req async throws -> Response in
            let plan = try await req.plan(.readPlan)
            let records = try await Bulletins.list(plan: plan, actor: req.actor, on: req.store.db)
            return try records.map(Self.summary).jsonResponse()
        }
        api.post("plans", ":id", "bulletins") { req async throws -> Response in
            struct Body: Content { var month: Int }
            let actor = try req.requireActor()
            let body = try req.decode(Body.self)
            let record = try await Bulletins.draft(planID: try req.id(), month: body.month, actor: actor, in: req.store)
            return try OK(id: record.id).jsonResponse(status: .created)
        }
        api.get("bulletins", ":id") { req async throws -> Response in
            let (record, bulletin) = try await Bulletins.read(try req.id(), actor: req.actor, on: req.store.db)
            return try Detail(
                id: record.id, planID: record.planID, month: record.month, version: record.version,
                status: record.status, bulletin: bulletin
            ).jsonResponse()
        }
        api.patch("bulletins", ":id") { req async throws -> Response in
            struct Body: Content {
                var summary: String
                var closing: String
            }
            let actor = try req.requireActor()
            let body = try req.decode(Body.self)
            let record = try await Bulletins.edit(bulletinID: try req.id(), summary: body.summary, closing: body.closing, actor: actor, in: req.store)
            return try OK(id: record.id).jsonResponse()
        }
        api.post("bulletins", ":id", "publish") { req async throws -> OK in
            try await Bulletins.publish(bulletinID: try req.id(), actor: try req.requireActor(), in: req.store)
            return OK()
        }
        api.get("bulletins", ":id", "docx") { req async throws -> Response in
            try await Self.docx(req)
        }
    }

    static func summary(_ record: BulletinEntry) -> Summary {
        Summary(
            id: record.id, month: record.month, version: record.version, status: record.status,
            title: record.title, publishedAt: record.publishedAt)
    }

    /// The bulletin as the Word file the office sends.
    static func docx(_ req: Request) async throws -> Response {
        let (record, bulletin) = try await Bulletins.read(try req.id(), actor: req.actor, on: req.store.db)
        let response = Response(status: .ok, body: .init(data: try BulletinDocx.write(bulletin)))
        response.headers.replaceOrAdd(name: .contentType, value: "application/vnd.openxmlformats-officedocument.wordprocessingml.document")
        let name =
            Strings.ProductPages.bulletinFileName(bulletin.title, version: record.version).addingPercentEncoding(withAllowedCharacters: .alphanumerics)
            ?? "bulletin.docx"
        response.headers.replaceOrAdd(name: .contentDisposition, value: "attachment; filename*=UTF-8''\(name)")
        return response
    }
}
