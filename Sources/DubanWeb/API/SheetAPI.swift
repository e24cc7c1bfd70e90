import DubanCore
import DubanStore
import DubanStrings
import Vapor

/// 填报表 over the API: download a period's sheet, upload it filled (a preview comes back),
/// read the preview again, confirm it.
struct SheetAPI {
    func register(_ api: any RoutesBuilder) {
        api.get("plans", ":id", "sheet") { req async throws -> Response in try await SheetsPage.download(req) }
        api.on(.POST, "plans", ":id", "sheets", body: .stream) { req async throws -> Response in
            let actor = try req.requireActor()
            let planID = try req.id()
            _ = try await ProgressSheets.options(planID: planID, actor: actor, in: req.store)
            try await req.collectUpload(max: req.duban.config.uploadLimitBytes)
            let form = try req.decode(SheetUploadForm.self)
            guard let file = form.file, file.data.readableBytes > 0 else { throw Abort(.badRequest, reason: Strings.Web.uploadMissing) }
            let preview = try await SheetImports.upload(
                Data(buffer: file.data), fileName: file.filename, expectedPeriod: form.period, actor: actor, in: req.store)
            guard preview.planID == planID else { throw Abort(.unprocessableEntity, reason: Strings.Sheets.otherPlan) }
            return try await preview.encodeResponse(status: .created, for: req)
        }
        api.get("sheets", "uploads", ":id") { req async throws -> SheetPreview in
            try await SheetImports.preview(uploadID: try req.id(), actor: try req.requireActor(), in: req.store)
        }
        api.post("sheets", "uploads", ":id", "confirm") { req async throws -> SheetImportResult in
            try await SheetImports.confirm(uploadID: try req.id(), actor: try req.requireActor(), in: req.store)
        }
    }
}

/// A filled sheet as the page and the API receive it: the file, and the period it must be for.
struct SheetUploadForm: Content {
    var file: File?
    var period: Int?
}

extension SheetPreview: Content {}
extension SheetImportResult: Content {}
