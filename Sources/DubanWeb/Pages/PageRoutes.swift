import DubanCore
import DubanStore
import DubanStrings
import Vapor

/// The pages: GET renders, POST runs one use case and redirects back (post/redirect/get).
struct PageRoutes {
    func register(_ app: Application) throws {
        Assets.register(app)
        app.get(SiteURL.login) { req -> Response in
            LoginPage.render(
                req.page, next: SafeRedirect.local(req.query[String.self, at: "next"]), password: req.duban.config.passwordLogin,
                provider: req.duban.config.provider != nil
            ).response()
        }
        app.post(SiteURL.login) { req async throws -> Response in
            struct Form: Content {
                var username: String
                var password: String
                var next: String?
            }
            guard req.duban.config.passwordLogin else {
                return ProviderLoginRoutes.refuse(req, Strings.Identity.passwordLoginOff, status: .forbidden)
            }
            guard let form = try? req.content.decode(Form.self) else {
                return LoginPage.render(req.page, error: Strings.Web.badCredentials).response(status: .badRequest)
            }
            do {
                let (_, _, token) = try await Login.attempt(username: form.username, password: form.password, on: req)
                let response = req.redirect(to: SafeRedirect.local(form.next))
                response.cookies[ActorMiddleware.cookieName] = Login.cookie(token, for: req)
                return response
            } catch let abort as any AbortError {
                return LoginPage.render(
                    req.page, error: abort.reason, next: SafeRedirect.local(form.next), provider: req.duban.config.provider != nil
                ).response(status: abort.status)
            }
        }
        app.post(SiteURL.logout) { req async throws -> Response in
            try await Login.logout(req)
            let response = req.redirect(to: SiteURL.login.path())
            response.cookies[ActorMiddleware.cookieName] = HTTPCookies.Value(
                string: "", expires: Date(timeIntervalSince1970: 0), path: "/", isHTTPOnly: true, sameSite: .lax)
            return response
        }
        app.get(SiteURL.home) { req async throws -> Response in
            guard req.actor != nil else { return req.redirect(to: SiteURL.login.path()) }
            return HomeView.render(try await HomeController.model(req), req.page).response()
        }
        app.get(SiteURL.plan) { req async throws -> Response in
            PlanPage.render(try await PageModels.plan(req), page: req.page).response()
        }
        app.post(SiteURL.planPublish) { req async throws -> Response in
            let id = try req.id()
            try await Publishing.publish(planID: id, actor: try req.requireActor(), in: req.store)
            return req.redirect(to: SiteURL.plan.path(id, done: "publish"))
        }
        app.post(SiteURL.planConfirmations) { req async throws -> Response in
            let id = try req.id()
            // One row (its own button) or every row in doubt (the bulk form, with its reason).
            struct Form: Content {
                var taskID: Int?
                var reason: String?
            }
            let form = try req.decode(Form.self)
            try await Confirmations.confirm(
                planID: id, taskIDs: form.taskID.map { [$0] }, reason: form.reason ?? "",
                actor: try req.requireActor(), in: req.store)
            return req.redirect(to: SiteURL.plan.path(id, done: "confirm") + (form.taskID.map { "#task-\($0)" } ?? ""))
        }
        app.get(SiteURL.task) { req async throws -> Response in
            TaskPage.render(try await PageModels.task(req), page: req.page).response()
        }
        registerTaskForms(app)
        registerDraftForms(app)
        registerProductPages(app)
        app.get(SiteURL.importPlan) { req async throws -> Response in
            let actor = try req.requireActor()
            try req.authorize(.importPlan, .government(actor.governmentID))
            return ImportPage.render(req.page, governments: try await governments(req, actor)).response()
        }
        app.on(.POST, SiteURL.importPlan, body: .stream) { req async throws -> Response in
            let actor = try req.requireActor()
            try req.authorize(.importPlan, .government(actor.governmentID))
            try await req.collectUpload(max: req.duban.config.uploadLimitBytes)
            struct Form: Content {
                var file: File?
                var governmentID: Int?
                var year: String?
            }
            let form = try req.decode(Form.self)
            let governmentID = form.governmentID ?? actor.governmentID ?? 0
            try req.authorize(.importPlan, .government(governmentID))
            guard let file = form.file, file.data.readableBytes > 0 else {
                return ImportPage.render(req.page, governments: try await governments(req, actor), error: Strings.Web.uploadMissing).response(
                    status: .badRequest)
            }
            let data = Data(buffer: file.data)
            let year = form.year.flatMap { Int($0) }
            do {
                // A table whose columns the reader could not all name: ask before importing.
                let reading = try ImportFlow.read(data: data, filename: file.filename, req: req)
                if let question = reading.question {
                    let saved = try await ColumnMappings.find(governmentID: governmentID, key: question.key, actor: actor, in: req.store)
                    let upload = ColumnsPage.Upload(data: data, filename: file.filename, governmentID: governmentID, year: year)
                    return ColumnsPage.render(
                        req.page, question: question, mapping: saved ?? question.guess, remembered: saved != nil,
                        upload: upload
                    ).response()
                }
                let result = try await ImportFlow.run(
                    data: data, filename: file.filename, governmentID: governmentID,
                    year: year, actor: actor, req: req, reading: reading)
                return req.redirect(to: SiteURL.plan.path(result.planID))
            } catch let abort as any AbortError where abort.status == .unprocessableEntity {
                return ImportPage.render(req.page, governments: try await governments(req, actor), error: abort.reason).response(status: .unprocessableEntity)
            }
        }
        // The upload comes back base64-encoded with the columns chosen: a third larger than the file.
        app.on(.POST, SiteURL.importColumns, body: .stream) { req async throws -> Response in
            let actor = try req.requireActor()
            try req.authorize(.importPlan, .government(actor.governmentID))
            try await req.collectUpload(max: req.duban.config.uploadLimitBytes / 3 * 4 + 65_536)
            struct Form: Content {
                var data: String?
                var filename: String?
                var governmentID: Int?
                var year: String?
                var columns: [String]?
                var remember: String?
            }
            let form = try req.content.decode(Form.self)
            let governmentID = form.governmentID ?? actor.governmentID ?? 0
            try req.authorize(.importPlan, .government(governmentID))
            guard let encoded = form.data, let data = Data(base64Encoded: encoded), !data.isEmpty,
                let filename = form.filename, !filename.isEmpty, filename.count <= 255
            else {
                return ImportPage.render(req.page, governments: try await governments(req, actor), error: Strings.Columns.fileExpired).response(
                    status: .badRequest)
            }
            let year = form.year.flatMap { Int($0) }
            do {
                let reading = try ImportFlow.read(data: data, filename: filename, req: req)
                guard let mapping = try? ImportFlow.mapping(form.columns) else {
                    if let question = reading.question {
                        let upload = ColumnsPage.Upload(data: data, filename: filename, governmentID: governmentID, year: year)
                        return ColumnsPage.render(
                            req.page, question: question, mapping: question.guess, remembered: false, upload: upload,
                            error: Strings.Columns.needStandard
                        ).response(status: .badRequest)
                    }
                    throw Abort(.badRequest, reason: Strings.Columns.needStandard)
                }
                if form.remember == "1", let question = reading.question {
                    try await ColumnMappings.save(mapping, governmentID: governmentID, key: question.key, actor: actor, in: req.store)
                }
                let result = try await ImportFlow.run(
                    data: data, filename: filename, governmentID: governmentID, year: year,
                    actor: actor, req: req, mapping: mapping, reading: reading)
                return req.redirect(to: SiteURL.plan.path(result.planID))
            } catch let abort as any AbortError where abort.status == .unprocessableEntity {
                return ImportPage.render(req.page, governments: try await governments(req, actor), error: abort.reason).response(status: .unprocessableEntity)
            }
        }
        app.get(SiteURL.notifications) { req async throws -> Response in
            let actor = try req.requireActor()
            return NotificationsPage.render(req.page, rows: try await Notifications.list(for: actor, on: req.store.db)).response()
        }
        app.post(SiteURL.notificationsRead) { req async throws -> Response in
            try await Notifications.markRead(ids: nil, actor: try req.requireActor(), in: req.store)
            return req.redirect(to: SiteURL.notifications.path())
        }
        registerDirectoryPages(app)
        app.get(SiteURL.unit) { req async throws -> Response in
            let unit = try await DirectoryListing.unit(try req.id(), actor: req.actor, on: req.store.db)
            let rows = try await req.board(.unit(unit.id))
            return TaskListPage.render(req.page, title: Strings.Pages.unitListTitle(unit.name), rows: rows).response()
        }
        app.get(SiteURL.leader) { req async throws -> Response in
            let leader = try await DirectoryListing.leader(try req.id(), actor: req.actor, on: req.store.db)
            let rows = try await req.board(.leader(leader.id))
            return TaskListPage.render(req.page, title: Strings.Pages.leaderListTitle(leader.name), rows: rows).response()
        }
    }

    func governments(_ req: Request, _ actor: Actor) async throws -> [GovernmentEntry] {
        try await Scoped.governments(for: actor, on: req.store.db)
    }

    /// The task page's forms. Each posts, runs the use case, and returns to the task.
    func registerTaskForms(_ app: Application) {
        app.post(SiteURL.taskAcknowledge) { req async throws -> Response in
            let id = try req.id()
            try await Acknowledgements.acknowledge(taskID: id, actor: try req.requireActor(), in: req.store)
            return req.redirect(to: SiteURL.task.path(id, done: "ack"))
        }
        app.on(.POST, SiteURL.taskReports, body: .stream) { req async throws -> Response in
            let id = try req.id()
            try await req.collectUpload(max: req.duban.config.uploadLimitBytes)
            let submission = try ReportForm.submission(from: req, taskID: id)
            let limits = req.evidenceLimits
            if case .heldForSignOff = try await Reports.file(submission, actor: try req.requireActor(), limits: limits, in: req.store) {
                return req.redirect(to: SiteURL.task.path(id, done: "report-held", fragment: "sign-off"))
            }
            return req.redirect(to: SiteURL.task.path(id, done: "report"))
        }
        app.post(SiteURL.reportReview) { req async throws -> Response in
            struct Form: Content {
                var decision: String
                var reason: String?
            }
            let form = try req.decode(Form.self)
            let reportID = try req.id()
            try await Reviews.review(
                reportID: reportID, accept: form.decision == "accept", reason: form.reason ?? "",
                actor: try req.requireActor(), in: req.store)
            let taskID = try await CycleLinks.taskID(ofReport: reportID, on: req.store.db)
            return req.redirect(to: SiteURL.task.path(taskID, done: "review"))
        }
        app.post(SiteURL.taskUrgings) { req async throws -> Response in
            struct Form: Content {
                var message: String
                var unitID: Int?
                var replyBy: String?
            }
            let form = try req.decode(Form.self)
            let id = try req.id()
            // A date from the form means the end of that day, Beijing time.
            let replyBy = form.replyBy.flatMap(Format.parseDay).map { $0.addingTimeInterval(86_399) }
            try await Urgings.urge(taskID: id, unitID: form.unitID, message: form.message, replyBy: replyBy, actor: try req.requireActor(), in: req.store)
            return req.redirect(to: SiteURL.task.path(id, done: "urge"))
        }
        app.post(SiteURL.urgingAnswer) { req async throws -> Response in
            struct Form: Content { var answer: String }
            let urgingID = try req.id()
            try await Urgings.answer(urgingID: urgingID, answer: try req.decode(Form.self).answer, actor: try req.requireActor(), in: req.store)
            let taskID = try await CycleLinks.taskID(ofUrging: urgingID, on: req.store.db)
            return req.redirect(to: SiteURL.task.path(taskID, done: "answer"))
        }
        app.post(SiteURL.urgingEscalate) { req async throws -> Response in
            let urgingID = try req.id()
            struct Form: Content { var note: String? }
            let note = (try? req.content.decode(Form.self))?.note ?? ""
            try await Urgings.escalate(urgingID: urgingID, note: note, actor: try req.requireActor(), in: req.store)
            let taskID = try await CycleLinks.taskID(ofUrging: urgingID, on: req.store.db)
            return req.redirect(to: SiteURL.task.path(taskID, done: "escalate"))
        }
        app.post(SiteURL.taskInstructions) { req async throws -> Response in
            struct Form: Content { var text: String }
            let id = try req.id()
            try await TaskActions.instruct(taskID: id, text: try req.decode(Form.self).text, actor: try req.requireActor(), in: req.store)
            return req.redirect(to: SiteURL.task.path(id, done: "instruct"))
        }
        app.post(SiteURL.taskClose) { req async throws -> Response in
            let id = try req.id()
            try await TaskActions.close(taskID: id, actor: try req.requireActor(), in: req.store)
            return req.redirect(to: SiteURL.task.path(id, done: "close"))
        }
        app.post(SiteURL.taskAmend) { req async throws -> Response in
            struct Form: Content {
                var text: String?
                var leadUnits: String?
                var coopUnits: String?
                var reason: String
                var acceptOverCeiling: Bool?
            }
            let form = try req.decode(Form.self)
            let id = try req.id()
            let amendment = TaskActions.Amendment(
                text: form.text, leadUnits: form.leadUnits.map(EditForm.names),
                coopUnits: form.coopUnits.map(EditForm.names), reason: form.reason)
            try await TaskActions.amend(
                taskID: id, amendment, actor: try req.requireActor(), acceptOverCeiling: form.acceptOverCeiling ?? false, in: req.store)
            return req.redirect(to: SiteURL.task.path(id, done: "amend"))
        }
    }
}
