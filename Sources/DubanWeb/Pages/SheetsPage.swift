import DubanCore
import DubanExport
import DubanHTML
import DubanStore
import DubanStrings
import Vapor

/// 填报表: download a period's sheet, upload it filled, see the preview, confirm it.
enum SheetsPage {
    static func register(_ app: Application) {
        app.get(SiteURL.planSheets) { req async throws -> Response in
            let options = try await ProgressSheets.options(planID: try req.id(), actor: try req.requireActor(), in: req.store)
            return render(options, page: req.page).response()
        }
        app.get(SiteURL.planSheetDownload) { req async throws -> Response in try await download(req) }
        app.on(.POST, SiteURL.planSheets, body: .stream) { req async throws -> Response in
            let actor = try req.requireActor()
            let planID = try req.id()
            // Who before what: the page's own permission check runs before the upload is read.
            let options = try await ProgressSheets.options(planID: planID, actor: actor, in: req.store)
            try await req.collectUpload(max: req.duban.config.uploadLimitBytes)
            let form = try req.decode(SheetUploadForm.self)
            guard let file = form.file, file.data.readableBytes > 0 else {
                return render(options, page: req.page, error: Strings.Web.uploadMissing).response(status: .badRequest)
            }
            do {
                let preview = try await SheetImports.upload(
                    Data(buffer: file.data), fileName: file.filename, expectedPeriod: form.period, actor: actor, in: req.store)
                guard preview.planID == planID else { throw Abort(.unprocessableEntity, reason: Strings.Sheets.otherPlan) }
                return req.redirect(to: SiteURL.sheetUpload.path(preview.uploadID ?? 0))
            } catch {
                // A refused sheet (another unit's, another period's, not a sheet) is said on the
                // page it was sent from, with the form still there.
                let (status, message) = ErrorPageMiddleware.describe(error, request: req)
                guard (400..<500).contains(status.code) else { throw error }
                return render(options, page: req.page, error: message).response(status: status)
            }
        }
        app.get(SiteURL.sheetUpload) { req async throws -> Response in
            let preview = try await SheetImports.preview(uploadID: try req.id(), actor: try req.requireActor(), in: req.store)
            return renderPreview(preview, page: req.page).response()
        }
        app.post(SiteURL.sheetUploadConfirm) { req async throws -> Response in
            let actor = try req.requireActor()
            let result = try await SheetImports.confirm(uploadID: try req.id(), actor: actor, in: req.store)
            let preview = try await SheetImports.preview(uploadID: result.uploadID, actor: actor, in: req.store)
            return renderPreview(preview, page: req.page, result: result).response()
        }
    }

    /// The sheet as a file: .xlsx unless `format=csv`.
    static func download(_ req: Request) async throws -> Response {
        let format = req.query[String.self, at: "format"] ?? "xlsx"
        guard ["xlsx", "csv"].contains(format) else { throw Abort(.badRequest, reason: Strings.Web.badRequest) }
        let sheet = try await ProgressSheets.sheet(
            planID: try req.id(), periodNumber: req.query[Int.self, at: "period"], unitID: req.query[Int.self, at: "unit"],
            actor: try req.requireActor(), in: req.store)
        let data = format == "csv" ? ProgressSheetCSV.write(sheet) : try ProgressSheetXlsx.write(sheet)
        let response = Response(status: .ok, body: .init(data: data))
        response.headers.replaceOrAdd(
            name: .contentType,
            value: format == "csv" ? "text/csv; charset=utf-8" : "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet")
        let name = Strings.Sheets.fileName(title: sheet.title, format: format).addingPercentEncoding(withAllowedCharacters: .alphanumerics) ?? "sheet.\(format)"
        response.headers.replaceOrAdd(name: .contentDisposition, value: "attachment; filename=\"sheet.\(format)\"; filename*=UTF-8''\(name)")
        return response
    }

    static func render(_ options: SheetOptions, page: PageContext, error: String? = nil) -> HTML {
        typealias Text = Strings.Sheets
        return Page.layout(Text.pageTitle, page) {
            element(.h1) { Text.pageTitle }
            element(.p) { element(.a, ["href": SiteURL.plan.path(options.planID)]) { options.planTitle } }
            element(.p, ["class": "muted"]) { Text.intro }
            if let error { element(.p, ["class": "error", "role": "alert", "id": "sheet-error"]) { error } }
            element(.section, ["class": "card"]) {
                element(.h2) { Text.downloadHeading }
                element(.form, ["method": "get", "action": SiteURL.planSheetDownload.path(options.planID), "class": "stack", "id": "sheet-download"]) {
                    periodField(options, id: "download-period")
                    if options.ownUnit == nil {
                        element(.p) {
                            element(.label, ["for": "download-unit"]) { Text.unitField }
                            element(.select, ["id": "download-unit", "name": "unit"]) {
                                element(.option, ["value": ""]) { Text.allUnits }
                                for unit in options.units { element(.option, ["value": String(unit.value)]) { unit.label } }
                            }
                        }
                    } else if let own = options.ownUnit {
                        element(.input, ["type": "hidden", "name": "unit", "value": String(own.value)])
                        element(.p) { Text.ownUnit(own.label) }
                    }
                    element(.p) {
                        element(.label, ["for": "download-format"]) { Text.formatField }
                        element(.select, ["id": "download-format", "name": "format"]) {
                            element(.option, ["value": "xlsx"]) { Text.formatXlsx }
                            element(.option, ["value": "csv"]) { Text.formatCSV }
                        }
                    }
                    element(.p) { element(.button, ["type": "submit", "id": "download-sheet"]) { Text.download } }
                }
            }
            element(.section, ["class": "card"]) {
                element(.h2) { Text.uploadHeading }
                element(
                    .form,
                    [
                        "method": "post", "action": SiteURL.planSheets.path(options.planID), "enctype": "multipart/form-data", "class": "stack",
                        "id": "sheet-upload",
                    ]
                ) {
                    Page.csrf(page)
                    periodField(options, id: "upload-period")
                    element(.p) {
                        element(.label, ["for": "sheet-file"]) { Text.fileField }
                        element(.input, ["type": "file", "id": "sheet-file", "name": "file", "required": "required", "accept": ".xlsx,.csv"])
                    }
                    element(.p) { element(.button, ["type": "submit", "id": "upload-sheet"]) { Text.preview } }
                }
            }
        }
    }

    static func periodField(_ options: SheetOptions, id: String) -> HTML {
        element(.p) {
            element(.label, ["for": id]) { Strings.Sheets.periodField }
            element(.select, ["id": id, "name": "period"]) {
                for period in options.periods {
                    element(.option, ["value": String(period.value), "selected": period.value == options.currentPeriod ? "selected" : nil]) { period.label }
                }
            }
        }
    }

    static func renderPreview(_ preview: SheetPreview, page: PageContext, result: SheetImportResult? = nil) -> HTML {
        typealias Text = Strings.Sheets
        return Page.layout(Text.previewHeading, page) {
            element(.h1) { Text.previewHeading }
            element(.p) {
                element(.a, ["href": SiteURL.planSheets.path(preview.planID)]) { preview.planTitle }
                " · " + preview.periodLabel + " · " + (preview.unitName ?? Text.allUnits)
            }
            if let result {
                element(.p, ["class": "flash", "role": "status", "id": "sheet-result"]) {
                    result.heldForSignOff ? Text.heldForSignOff(result.created) : Text.confirmed(created: result.created, unchanged: result.unchanged)
                }
            } else {
                element(.p, ["id": "sheet-summary"]) {
                    Text.previewSummary(create: preview.toCreate, unchanged: preview.unchanged, blank: preview.blankRows, problems: preview.problems.count)
                }
            }
            if !preview.problems.isEmpty {
                element(.section, ["class": "card", "id": "sheet-problems"]) {
                    element(.h2) { Text.problemsHeading }
                    element(.p, ["class": "muted"]) { Text.hasProblems }
                    element(.ul) { for problem in preview.problems { element(.li, ["class": "error"]) { problem.text } } }
                }
            }
            if !preview.rows.isEmpty {
                element(.table, ["id": "sheet-rows"]) {
                    element(.thead) {
                        element(.tr) {
                            element(.th, ["scope": "col"]) { Text.rowHeading }
                            element(.th, ["scope": "col"]) { Text.taskHeading }
                            element(.th, ["scope": "col"]) { Text.unitField }
                            element(.th, ["scope": "col"]) { Text.Columns.narrative }
                            element(.th, ["scope": "col"]) { Text.outcomeHeading }
                        }
                    }
                    element(.tbody) {
                        // What will be written first; the rows that change nothing after, muted.
                        for row in preview.rows.sorted(by: { ($0.outcome == .create ? 0 : 1, $0.row) < ($1.outcome == .create ? 0 : 1, $1.row) }) {
                            element(.tr, ["class": "sheet-row-\(row.outcome.rawValue)" + (row.outcome == .unchanged ? " muted" : "")]) {
                                element(.td) { String(row.row) }
                                element(.td) { element(.a, ["href": SiteURL.task.path(row.taskID)]) { row.task } }
                                element(.td) { row.unit }
                                element(.td) { String(row.narrative.prefix(80)) }
                                element(.td) { row.outcome == .create ? Text.Outcome.created : Text.Outcome.unchanged }
                            }
                        }
                    }
                }
            }
            if result == nil, let uploadID = preview.uploadID {
                if preview.toCreate > 0 {
                    TaskPage.form(SiteURL.sheetUploadConfirm.path(uploadID), page, id: "sheet-confirm") {
                        element(.button, ["type": "submit", "id": "confirm-sheet"]) { Text.confirm }
                    }
                } else {
                    element(.p, ["id": "sheet-nothing"]) { Text.nothingToConfirm }
                }
            }
        }
    }
}
