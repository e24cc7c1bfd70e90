import DubanCore
import DubanHTML
import DubanStore
import DubanStrings
import Vapor

/// 审签 on the task page: the unit's drafts of the task with what became of them; for the unit
/// leader, the form to sign a waiting one or return it with a note.
enum SignOffSection {
    static func register(_ app: Application) {
        app.post(SiteURL.reportDraftDecision) { req async throws -> Response in
            struct Form: Content {
                var decision: String
                var note: String?
            }
            let actor = try req.requireActor()
            let form = try req.decode(Form.self)
            guard ["sign", "return"].contains(form.decision) else { throw Abort(.badRequest, reason: Strings.Web.badRequest) }
            let (taskID, _) = try await SignOffs.decide(
                draftID: try req.id(), sign: form.decision == "sign", note: form.note ?? "", actor: actor, in: req.store)
            return req.redirect(to: SiteURL.task.path(taskID, done: form.decision == "sign" ? "signed" : "sign-return", fragment: "reports"))
        }
    }

    static func render(_ drafts: [SignOffs.Entry], canSign: Bool, page: PageContext) -> HTML {
        element(.section, ["class": "card", "id": "sign-off"]) {
            element(.h2) { Strings.SignOff.heading }
            element(.ul, ["class": "plain"]) {
                for draft in drafts { item(draft, canSign: canSign, page: page) }
            }
        }
    }

    /// One draft as the leader reads it before signing: everything the office will see.
    static func item(_ draft: SignOffs.Entry, canSign: Bool, page: PageContext) -> HTML {
        typealias Text = Strings.SignOff
        return element(.li, ["id": "draft-\(draft.id)", "class": "report"]) {
            element(.p) {
                element(.strong) { Text.word(draft.status.rawValue) }
                "　" + Text.draftLine(period: draft.periodLabel, author: draft.author, at: Format.date(draft.createdAt))
            }
            element(.p) { draft.narrative }
            if !draft.values.isEmpty { element(.p) { Strings.SignOff.values(draft.values) } }
            if let percent = draft.percentComplete { element(.p) { Strings.Join.labelled(Strings.Pages.percentComplete, Format.percent(percent)) } }
            if !draft.problems.isEmpty { element(.p) { Strings.Join.labelled(Strings.Pages.problems, draft.problems) } }
            if !draft.nextSteps.isEmpty { element(.p) { Strings.Join.labelled(Strings.Pages.nextSteps, draft.nextSteps) } }
            if !draft.files.isEmpty { element(.p, ["class": "muted"]) { Strings.Join.labelled(Strings.Pages.evidence, draft.files.listed()) } }
            if let by = draft.decidedBy {
                element(.p, ["class": draft.status == .returned ? "warn" : "muted"]) { Text.decidedBy(by, note: draft.note ?? "") }
            }
            if canSign && draft.status == .pending {
                TaskPage.form(SiteURL.reportDraftDecision.path(draft.id), page, id: "sign-\(draft.id)") {
                    element(.label, ["for": "sign-note-\(draft.id)"]) { Text.noteField }
                    element(.input, ["type": "text", "id": "sign-note-\(draft.id)", "name": "note", "maxlength": "500"])
                    element(.button, ["type": "submit", "name": "decision", "value": "sign", "id": "sign-ok-\(draft.id)"]) { Text.sign }
                    element(.button, ["type": "submit", "name": "decision", "value": "return", "class": "secondary", "id": "sign-return-\(draft.id)"]) {
                        Text.returnToLiaison
                    }
                }
            }
        }
    }
}
