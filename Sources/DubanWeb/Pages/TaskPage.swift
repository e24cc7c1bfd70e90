import DubanCore
import DubanHTML
import DubanStore
import DubanStrings
import Foundation

/// One task: its standard with indicators marked, responsibility, light and reasons, and the
/// forms the signed-in role may use on it.
enum TaskPage {
    static func render(_ model: TaskPageModel, page: PageContext) -> HTML {
        let detail = model.detail
        let row = detail.task
        func can(_ action: Action) -> Bool { model.allowed.contains(action) }
        return Page.layout(row.label.isEmpty ? Strings.Pages.task : row.label, page) {
            element(.p, ["class": "muted"]) { row.path.joined(separator: " / ") }
            element(.h1) { (row.label.isEmpty ? "" : row.label + " ") + String(row.text.prefix(40)) + (row.text.count > 40 ? "…" : "") }
            element(.section, ["class": "card", "id": "standard"]) {
                element(.p, ["class": "status"]) {
                    Page.light(row.light)
                    " "
                    row.reasons.inSeries()
                }
                element(.p, ["class": "standard-text"]) { highlighted(row.text, detail.indicators) }
                element(.dl) {
                    element(.dt) { Strings.Pages.leaders }
                    element(.dd) { row.leaders.map(\.name).listed() }
                    element(.dt) { Strings.Pages.leadUnits }
                    element(.dd) { row.leadUnits.map(\.name).listed() }
                    element(.dt) { Strings.Pages.coopUnits }
                    element(.dd) { row.coopUnits.map(\.name).listed() }
                    element(.dt) { Strings.Pages.deadline }
                    element(.dd) { Format.deadline(row.deadline) }
                    element(.dt) { Strings.Pages.kind }
                    element(.dd) { Strings.Pages.kindName(row.kind) }
                    if row.kind == TaskKind.quantitative.rawValue && row.expected == nil {
                        element(.dt) { Strings.Pages.judgedBy }
                        element(.dd, ["id": "judged-as-it-stands"]) { Strings.Pages.judgedAsItStands }
                    } else {
                        element(.dt) { Strings.Pages.expected }
                        element(.dd) { Format.percent(row.expected) + " / " + Strings.Pages.actual + " " + Format.percent(row.actual) }
                    }
                    element(.dt) { Strings.Pages.acknowledge }
                    element(.dd) { row.acknowledged ? Strings.Pages.acknowledged : Strings.Pages.notAcknowledged }
                }
                if !detail.indicators.isEmpty { indicatorTable(detail.indicators) }
                if let before = detail.predecessor {
                    element(.p, ["id": "predecessor"]) {
                        Strings.Join.labelled(Strings.Pages.predecessor(before.year), "")
                        element(.a, ["href": SiteURL.task.path(before.taskID)]) { String(before.text.prefix(60)) + (before.text.count > 60 ? "…" : "") }
                        element(.span, ["class": "muted"]) {
                            Strings.Join.aside(Strings.Pages.predecessorSource(before.planTitle, similarity: before.similarity))
                        }
                    }
                }
                if row.kind != "qualitative" && !detail.progress.isEmpty {
                    element(.figure, ["class": "chart-figure", "id": "trajectory"]) {
                        element(.figcaption) { Strings.Pages.chartsTrajectory }
                        Charts.trajectory(detail.progress)
                    }
                }
                if can(.acknowledgeTask) && !row.acknowledged {
                    form(SiteURL.taskAcknowledge.path(row.id), page) {
                        element(.button, ["type": "submit", "id": "acknowledge"]) { Strings.Pages.acknowledge }
                    }
                }
            }
            if let levels = model.levels, !levels.isEmpty { LevelSection.render(levels, canWeigh: model.allowed.contains(.linkLevels), page: page) }
            // 审签 beside the form: above it for the leader, whose work here is signing; below it
            // for the liaison, who sees what came back.
            if model.canSign && !model.drafts.isEmpty { SignOffSection.render(model.drafts, canSign: true, page: page) }
            if can(.submitReport) || can(.contributeReport) { reportForm(detail, page, wordsWhenLit: model.wordsWhenLit, parts: model.parts) }
            if !model.canSign && !model.drafts.isEmpty { SignOffSection.render(model.drafts, canSign: false, page: page) }
            if page.actor == nil { element(.p, ["class": "muted", "id": "public-note"]) { Strings.Pages.publicTaskNote } }
            element(.section, ["class": "card", "id": "reports", "hidden": page.actor == nil ? "hidden" : nil]) {
                element(.h2) { Strings.Pages.reports }
                if detail.reports.isEmpty { element(.p, ["class": "muted"]) { Strings.Pages.noReports } }
                for report in detail.reports { reportCard(report, detail: detail, canReview: can(.reviewReport), page: page) }
            }
            element(.section, ["class": "card", "id": "urgings", "hidden": page.actor == nil ? "hidden" : nil]) {
                element(.h2) { Strings.Pages.urgings }
                for urging in detail.urgings { urgingCard(urging, model: model, page: page) }
                if can(.urge) {
                    form(SiteURL.taskUrgings.path(row.id), page, id: "urge-form") {
                        element(.label, ["for": "urge-message"]) { Strings.Pages.urgeMessage }
                        element(.textarea, ["id": "urge-message", "name": "message", "required": "required"])
                        element(.label, ["for": "urge-unit"]) { Strings.Pages.leadUnits }
                        element(.select, ["id": "urge-unit", "name": "unitID"]) {
                            for unit in row.leadUnits + row.coopUnits { element(.option, ["value": String(unit.id)]) { unit.name } }
                        }
                        element(.label, ["for": "urge-reply-by"]) { Strings.Pages.replyBy }
                        element(
                            .input,
                            [
                                "type": "date", "id": "urge-reply-by", "name": "replyBy",
                                "value": Format.day(model.defaultReplyBy.addingTimeInterval(-1)),
                            ])
                        element(.button, ["type": "submit"]) { Strings.Pages.urge }
                    }
                }
            }
            element(.section, ["class": "card", "id": "instructions", "hidden": page.actor == nil ? "hidden" : nil]) {
                element(.h2) { Strings.Pages.instructions }
                element(.ul, ["class": "plain"]) {
                    for item in detail.instructions {
                        element(.li) {
                            element(.strong) { item.author }
                            Strings.Join.labelled("", item.text) + " "
                            element(.span, ["class": "muted"]) { Format.date(item.createdAt) }
                        }
                    }
                }
                if can(.writeInstruction) {
                    form(SiteURL.taskInstructions.path(row.id), page, id: "instruct-form") {
                        element(.label, ["for": "instruction-text"]) { Strings.Pages.instructionText }
                        element(.textarea, ["id": "instruction-text", "name": "text", "required": "required"])
                        element(.button, ["type": "submit"]) { Strings.Pages.instruct }
                    }
                }
            }
            if can(.closeTask) && row.status == TaskStatus.open.rawValue {
                element(.section, ["class": "card actions"]) {
                    form(SiteURL.taskClose.path(row.id), page, confirm: Strings.Pages.closeConfirm) {
                        element(.button, ["type": "submit", "class": "secondary"]) { Strings.Pages.close }
                    }
                }
            }
            if can(.amendTask) {
                element(.section, ["class": "card", "id": "amend"]) {
                    element(.h2) { Strings.Pages.amend }
                    form(SiteURL.taskAmend.path(row.id), page) {
                        element(.label, ["for": "amend-text"]) { Strings.Pages.newText }
                        element(.textarea, ["id": "amend-text", "name": "text"]) { row.text }
                        element(.label, ["for": "amend-lead"]) { Strings.Editor.leadUnits }
                        element(.input, ["type": "text", "id": "amend-lead", "name": "leadUnits", "value": row.leadUnits.map(\.name).listed()])
                        element(.label, ["for": "amend-coop"]) { Strings.Editor.coopUnits }
                        element(.input, ["type": "text", "id": "amend-coop", "name": "coopUnits", "value": row.coopUnits.map(\.name).listed()])
                        element(.label, ["for": "amend-reason"]) { Strings.Pages.amendReason }
                        element(.input, ["type": "text", "id": "amend-reason", "name": "reason", "required": "required"])
                        element(.label, ["class": "choice", "for": "amend-over-ceiling"]) {
                            element(.input, ["type": "checkbox", "id": "amend-over-ceiling", "name": "acceptOverCeiling", "value": "true"])
                            Strings.Pages.amendOverCeiling
                        }
                        element(.button, ["type": "submit", "class": "secondary"]) { Strings.Pages.amend }
                    }
                }
            }
            if let changes = model.changes { ChangeRequestSection.render(changes, taskID: row.id, page: page) }
            if !detail.versions.isEmpty {
                element(.section, ["class": "card", "id": "versions"]) {
                    element(.h2) { Strings.Pages.history }
                    element(.ul, ["class": "plain"]) {
                        for version in detail.versions {
                            element(.li) {
                                Strings.Join.labelled(Strings.Pages.versionLabel(version.version), version.text)
                                if let leads = version.leadUnits { " " + Strings.Join.aside(Strings.Join.labelled(Strings.Pages.leadUnits, leads.listed())) }
                                element(.br)
                                element(.span, ["class": "muted"]) {
                                    Strings.Join.labelled(Strings.Pages.amendReason, version.reason) + " · " + Format.date(version.createdAt)
                                }
                            }
                        }
                    }
                }
            }
            element(.section, ["class": "card", "id": "audit", "hidden": page.actor == nil ? "hidden" : nil]) {
                element(.h2) { Strings.Pages.audit }
                element(.ul, ["class": "plain"]) {
                    for entry in detail.audit { element(.li) { "\(Format.date(entry.at)) \(entry.account) \(Strings.Pages.auditAction(entry.action))" } }
                }
            }
        }
    }

    /// The standard with each indicator's figure marked, so the reader sees what is tracked.
    static func highlighted(_ text: String, _ indicators: [TaskDetail.IndicatorDTO]) -> HTML {
        var numbers = Set<String>()
        for indicator in indicators { numbers.insert(Format.number(indicator.value)) }
        var out = HTML.empty
        var buffer = ""
        var digits = ""
        func flushDigits() {
            guard !digits.isEmpty else { return }
            if numbers.contains(digits) || indicators.contains(where: { $0.unit == "%" && Format.number($0.value) == digits }) {
                out = out + .text(buffer) + element(.mark) { digits }
                buffer = ""
            } else {
                buffer += digits
            }
            digits = ""
        }
        for char in text {
            if char.isASCII && (char.isNumber || (char == "." && !digits.isEmpty)) {
                digits.append(char)
            } else {
                flushDigits()
                buffer.append(char)
            }
        }
        flushDigits()
        return out + .text(buffer)
    }

    static func indicatorTable(_ indicators: [TaskDetail.IndicatorDTO]) -> HTML {
        element(.table, ["class": "indicators"]) {
            element(.caption) { Strings.Pages.indicators }
            element(.thead) {
                element(.tr) {
                    element(.th) { Strings.Pages.indicators }
                    element(.th) { Strings.Pages.target }
                }
            }
            element(.tbody) {
                for i in indicators {
                    element(.tr) {
                        element(.td) { i.metric + Strings.Pages.tier(i.tier) }
                        element(.td) { "\(i.comparator == "=" ? "" : i.comparator) \(Format.number(i.value))\(i.unit)" }
                    }
                }
            }
        }
    }

    static func reportForm(_ detail: TaskDetail, _ page: PageContext, wordsWhenLit: Bool = false, parts: CoSign.Parts? = nil) -> HTML {
        element(.section, ["class": "card", "id": "report-form"]) {
            element(.h2) { Strings.Pages.submitReport }
            element(.form, ["method": "post", "action": SiteURL.taskReports.path(detail.task.id), "enctype": "multipart/form-data", "class": "stack"]) {
                Page.csrf(page)
                element(.label, ["for": "period"]) { Strings.Pages.period }
                element(.select, ["id": "period", "name": "period"]) {
                    let current = detail.periods.last { $0.endsAt <= page.now }?.number ?? detail.periods.first?.number
                    for period in detail.periods where period.number <= (current ?? 0) + 1 {
                        element(.option, ["value": String(period.number), "selected": period.number == current ? "selected" : nil]) { period.label }
                    }
                }
                for indicator in detail.indicators {
                    element(.label, ["for": "value-\(indicator.id)"]) {
                        indicator.metric + Strings.Join.aside("\(Strings.Pages.target) \(Format.number(indicator.value))\(indicator.unit)")
                    }
                    element(.input, ["type": "text", "inputmode": "decimal", "id": "value-\(indicator.id)", "name": "value_\(indicator.id)"])
                }
                if detail.task.kind == TaskKind.milestone.rawValue {
                    element(.label, ["for": "percent"]) { Strings.Pages.percentComplete }
                    element(.input, ["type": "number", "min": "0", "max": "100", "id": "percent", "name": "percentComplete"])
                }
                element(.label, ["for": "narrative"]) { Strings.Pages.narrative }
                element(.textarea, ["id": "narrative", "name": "narrative", "required": "required"])
                if let parts {
                    element(.div, ["class": "hint", "id": "co-sign"]) {
                        if !parts.answered.isEmpty { element(.p) { Strings.Changes.partsAnswered(parts.answered.listed()) } }
                        if !parts.missing.isEmpty { element(.p) { Strings.Changes.partsMissing(parts.missing.listed()) } }
                        if parts.waived { element(.p) { Strings.Changes.partsWaived(parts.periodLabel) } }
                    }
                }
                // 红黄灯须说明: the lead unit of a red or yellow task says what is wrong and what it does.
                let lit = wordsWhenLit && (detail.task.light == .red || detail.task.light == .yellow)
                let needsWords = lit && detail.task.leadUnits.contains { $0.id == page.actor?.unitID }
                if needsWords { element(.p, ["class": "hint", "id": "needs-words"]) { Strings.Pages.needsWords(detail.task.light.word) } }
                element(.label, ["for": "problems"]) { Strings.Pages.problems }
                element(.textarea, ["id": "problems", "name": "problems", "required": needsWords ? "required" : nil])
                element(.label, ["for": "next-steps"]) { Strings.Pages.nextSteps }
                element(.textarea, ["id": "next-steps", "name": "nextSteps", "required": needsWords ? "required" : nil])
                element(.label, ["for": "files"]) { Strings.Pages.evidence }
                element(.input, ["type": "file", "id": "files", "name": "files[]", "multiple": "multiple"])
                element(.p) { element(.button, ["type": "submit", "id": "submit-report"]) { Strings.Pages.submit } }
            }
        }
    }

    static func reportCard(_ report: TaskDetail.ReportDTO, detail: TaskDetail, canReview: Bool, page: PageContext) -> HTML {
        element(.article, ["class": "report", "id": "report-\(report.id)", "data-status": report.status]) {
            element(.h3) {
                "\(report.periodLabel) · \(report.unit.name) · \(Strings.Pages.versionLabel(report.version)) · \(Strings.Pages.reportStatus(report.status))"
                if report.late { " · \(Strings.Pages.late)" }
            }
            element(.p) { report.narrative }
            // What a careful reviewer would check, shown to the reviewer only.
            if canReview && !report.critique.isEmpty {
                element(.ul, ["class": "critique", "aria-label": Strings.Pages.critique]) {
                    for finding in report.critique { element(.li, ["class": "warn"]) { "⚠ " + finding } }
                }
            }
            if !report.values.isEmpty {
                element(.ul) {
                    for value in report.values {
                        let indicator = detail.indicators.first { $0.id == value.indicatorID }
                        element(.li) { Strings.Join.labelled(indicator?.metric ?? "", Format.number(value.value) + (indicator?.unit ?? "")) }
                    }
                }
            }
            if let percent = report.percentComplete { element(.p) { Strings.Join.labelled(Strings.Pages.percentComplete, Format.percent(percent)) } }
            if !report.problems.isEmpty { element(.p) { Strings.Join.labelled(Strings.Pages.problems, report.problems) } }
            if !report.nextSteps.isEmpty { element(.p) { Strings.Join.labelled(Strings.Pages.nextSteps, report.nextSteps) } }
            if !report.evidence.isEmpty {
                element(.p) {
                    Strings.Join.labelled(Strings.Pages.evidence, "")
                    for file in report.evidence {
                        element(.a, ["href": SiteURL.evidence.path(file.id)]) { file.filename }
                        " "
                    }
                }
            }
            if let reason = report.reviewReason { element(.p, ["class": "warn"]) { Strings.Join.labelled(Strings.Pages.returnReason, reason) } }
            element(.p, ["class": "muted"]) {
                "\(Strings.Pages.submittedAt) \(Format.date(report.submittedAt))"
                if let signer = report.signedBy { element(.span, ["class": "signed-by"]) { "　" + Strings.SignOff.signedBy(signer) } }
            }
            if canReview && report.status == ReportStatus.submitted.rawValue {
                form(SiteURL.reportReview.path(report.id), page, id: "review-\(report.id)") {
                    element(.label, ["for": "reason-\(report.id)"]) { Strings.Pages.returnReason }
                    element(.input, ["type": "text", "id": "reason-\(report.id)", "name": "reason"])
                    element(.div, ["class": "actions"]) {
                        element(.button, ["type": "submit", "name": "decision", "value": "accept"]) { Strings.Pages.accept }
                        element(.button, ["type": "submit", "name": "decision", "value": "return", "class": "danger"]) { Strings.Pages.returnReport }
                    }
                }
            }
        }
    }

    static func urgingCard(_ urging: TaskDetail.UrgingDTO, model: TaskPageModel, page: PageContext) -> HTML {
        let canAnswer = model.answerable.contains(urging.id)
        let canEscalate = model.escalatable.contains(urging.id)
        return element(.article, ["class": "urging", "id": "urging-\(urging.id)", "data-state": urging.state]) {
            element(.p) {
                element(.strong) { urging.escalatedAt == nil ? Strings.Pages.urge : Strings.Pages.noticesForMe }
                " → " + Strings.Join.labelled(urging.unit.name, urging.message)
            }
            element(.p, ["class": "muted"]) { "\(Format.date(urging.sentAt)) · \(Strings.Pages.replyBy) \(Format.date(urging.replyBy))" }
            if let note = urging.escalationNote, !note.isEmpty {
                element(.p, ["class": "escalation-note"]) { Strings.Join.labelled(Strings.Pages.escalateNote, note) }
            }
            if let answer = urging.answer { element(.p) { Strings.Join.labelled(Strings.Pages.answer, answer) } }
            if canAnswer {
                form(SiteURL.urgingAnswer.path(urging.id), page, id: "answer-\(urging.id)") {
                    element(.label, ["for": "answer-text-\(urging.id)"]) { Strings.Pages.answerText }
                    element(.textarea, ["id": "answer-text-\(urging.id)", "name": "answer", "required": "required"])
                    element(.button, ["type": "submit"]) { Strings.Pages.answer }
                }
            }
            if canEscalate {
                form(SiteURL.urgingEscalate.path(urging.id), page) {
                    element(.label, ["for": "escalate-note-\(urging.id)"]) { Strings.Pages.escalateNote }
                    element(.textarea, ["id": "escalate-note-\(urging.id)", "name": "note", "rows": "2"])
                    element(.button, ["type": "submit", "class": "danger"]) { Strings.Pages.escalate }
                }
            }
        }
    }

    static func form(
        _ action: String, _ page: PageContext, id: String? = nil, confirm: String? = nil, multipart: Bool = false, @HTMLBuilder content: () -> HTML
    ) -> HTML {
        element(
            .form,
            [
                "method": "post", "action": action, "class": "stack", "id": id, "data-confirm": confirm,
                "enctype": multipart ? "multipart/form-data" : nil,
            ]
        ) {
            Page.csrf(page)
            content()
        }
    }
}
