import DubanCore
import DubanHTML
import DubanStore
import DubanStrings
import Vapor

/// The task page's 延期与目标调整申请: the applications and decisions so far; for the lead unit the
/// form to apply (while it still may), for the office the form to decide a pending one.
enum ChangeRequestSection {
    typealias Model = ChangeRequests.Panel

    static func register(_ app: Application) {
        app.on(.POST, SiteURL.taskChangeRequests, body: .stream) { req async throws -> Response in
            let taskID = try req.id()
            struct Form: Content {
                var kind: String
                var reason: String
                var deadline: String?
                var text: String?
                var files: [File]?
            }
            let actor = try req.requireActor()
            try await req.collectUpload(max: req.duban.config.uploadLimitBytes)
            let form = try req.decode(Form.self)
            guard let kind = ChangeRequestKind(rawValue: form.kind) else { throw Abort(.badRequest, reason: Strings.Web.badRequest) }
            try await ChangeRequests.apply(
                taskID: taskID,
                .init(kind: kind, reason: form.reason, deadline: form.deadline, text: form.text, evidence: ReportForm.uploads(form.files)),
                actor: actor, limits: req.evidenceLimits, in: req.store)
            return req.redirect(to: SiteURL.task.path(taskID, done: "change-apply", fragment: "changes"))
        }
        app.post(SiteURL.changeRequestDecision) { req async throws -> Response in
            struct Form: Content {
                var decision: String
                var deadline: String?
                var reassignTo: String?
                var note: String?
            }
            let actor = try req.requireActor()
            let form = try req.decode(Form.self)
            guard ["approve", "refuse"].contains(form.decision) else { throw Abort(.badRequest, reason: Strings.Web.badRequest) }
            let taskID = try await ChangeRequests.decide(
                requestID: try req.id(), approve: form.decision == "approve", deadline: form.deadline, reassignTo: form.reassignTo,
                note: form.note ?? "", actor: actor, in: req.store)
            return req.redirect(to: SiteURL.task.path(taskID, done: "change-decide", fragment: "changes"))
        }
    }

    static func render(_ model: Model, taskID: Int, page: PageContext) -> HTML {
        typealias Text = Strings.Changes
        return element(.section, ["class": "card", "id": "changes"]) {
            element(.h2) { Text.heading }
            if model.entries.isEmpty {
                element(.p, ["class": "muted"]) { Text.none }
            } else {
                element(.ul, ["class": "plain", "id": "change-list"]) {
                    for entry in model.entries { item(entry, model: model, page: page) }
                }
            }
            if model.canApply {
                element(.p, ["class": "muted"]) { Text.currentDeadline(model.deadline, lastDay: model.lastDayToApply) }
                if let lastDay = model.lastDayToReturn { element(.p, ["class": "muted", "id": "return-window"]) { Text.returnWindow(lastDay: lastDay) } }
                TaskPage.form(SiteURL.taskChangeRequests.path(taskID), page, id: "change-form", multipart: true) {
                    element(.label, ["for": "change-kind"]) { Text.kindField }
                    element(.select, ["id": "change-kind", "name": "kind"]) {
                        for kind in model.kinds { element(.option, ["value": kind.rawValue]) { kind.word } }
                    }
                    element(.label, ["for": "change-deadline"]) { Text.deadlineField }
                    element(.input, ["type": "month", "id": "change-deadline", "name": "deadline"])
                    element(.label, ["for": "change-text"]) { Text.targetField }
                    element(.textarea, ["id": "change-text", "name": "text", "maxlength": "2000"])
                    element(.label, ["for": "change-reason"]) { Text.reasonField }
                    element(.textarea, ["id": "change-reason", "name": "reason", "required": "required", "maxlength": "2000"])
                    element(.label, ["for": "change-files"]) { Text.evidenceField }
                    element(.input, ["type": "file", "id": "change-files", "name": "files[]", "multiple": "multiple"])
                    element(.button, ["type": "submit", "id": "submit-change"]) { Text.submit }
                }
            }
        }
    }

    static func item(_ entry: ChangeRequests.Entry, model: Model, page: PageContext) -> HTML {
        typealias Text = Strings.Changes
        return element(.li, ["id": "change-\(entry.id)"]) {
            element(.strong) { Text.requestLine(kind: entry.kind.word, status: entry.status.word, by: entry.unit, at: entry.createdAt.map(Format.date) ?? "") }
            element(.br)
            if let month = entry.requestedDeadline { Text.requestedDeadline(month) + "　" }
            if let text = entry.requestedText { Text.requestedTarget(text) + "　" }
            if let period = entry.period { Text.waiverFor(period) + "　" }
            Strings.Join.labelled(Text.reasonField, entry.reason)
            if !entry.files.isEmpty {
                element(.br)
                Strings.Join.labelled(Text.evidenceField, "")
                for (index, file) in entry.files.enumerated() {
                    if index > 0 { Strings.Join.separator }
                    element(.a, ["href": SiteURL.changeRequestFile.path(file.id)]) { file.filename }
                }
            }
            if let granted = entry.grantedDeadline {
                element(.br)
                Text.grantedDeadline(granted)
            }
            if let unit = entry.reassignedTo {
                element(.br)
                Text.reassigned(unit)
            }
            if let note = entry.decisionNote, !note.isEmpty {
                element(.br)
                element(.span, ["class": "muted"]) { Text.decision(note, by: entry.decidedBy ?? "") }
            }
            if model.canDecide && entry.status == .pending {
                if let over = model.overCeiling?[entry.id] {
                    element(.p, ["class": "warn", "id": "over-ceiling-\(entry.id)"]) {
                        Strings.LevelPages.extensionOverCeiling(over)
                    }
                }
                TaskPage.form(SiteURL.changeRequestDecision.path(entry.id), page, id: "decide-\(entry.id)") {
                    if entry.kind == .extension {
                        element(.label, ["for": "decide-deadline-\(entry.id)"]) { Text.decisionDeadlineField }
                        element(.input, ["type": "month", "id": "decide-deadline-\(entry.id)", "name": "deadline", "value": entry.requestedDeadline])
                    }
                    if entry.kind == .giveBack {
                        element(.label, ["for": "decide-unit-\(entry.id)"]) { Text.reassignField }
                        element(.input, ["type": "text", "id": "decide-unit-\(entry.id)", "name": "reassignTo", "maxlength": "100"])
                    }
                    element(.label, ["for": "decide-note-\(entry.id)"]) { Text.decisionNoteField }
                    element(.input, ["type": "text", "id": "decide-note-\(entry.id)", "name": "note", "maxlength": "500"])
                    element(.button, ["type": "submit", "name": "decision", "value": "approve", "id": "approve-\(entry.id)"]) { Text.approve }
                    element(.button, ["type": "submit", "name": "decision", "value": "refuse", "class": "secondary", "id": "refuse-\(entry.id)"]) {
                        Text.refuse
                    }
                }
            }
        }
    }
}
