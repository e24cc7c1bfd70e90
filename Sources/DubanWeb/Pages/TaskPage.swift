import DubanCore
import DubanStore
import DubanStrings
import Vapor

/// One task: its standard with indicators marked, responsibility, light and reasons, and the
/// forms the signed-in role may use on it.
enum TaskPage {
    static func render(_ detail: TaskDetail, subject: Subject, req: Request) -> HTML {
        let row = detail.task
        let actor = req.actor
        func can(_ action: Action) -> Bool { Permissions.decide(actor, action, subject).isAllowed }
        return Page.layout(row.label.isEmpty ? Strings.Pages.task : row.label, request: req) {
            el("p", ["class": "muted"]) { row.path.joined(separator: " / ") }
            el("h1") { (row.label.isEmpty ? "" : row.label + " ") + String(row.text.prefix(40)) + (row.text.count > 40 ? "…" : "") }
            el("section", ["class": "card", "id": "standard"]) {
                el("p", ["class": "status"]) {
                    Page.light(row.light)
                    " "
                    row.reasons.joined(separator: "；")
                }
                el("p", ["class": "standard-text"]) { highlighted(row.text, detail.indicators) }
                el("dl") {
                    el("dt") { Strings.Pages.leaders }
                    el("dd") { row.leaders.map(\.name).joined(separator: "、") }
                    el("dt") { Strings.Pages.leadUnits }
                    el("dd") { row.leadUnits.map(\.name).joined(separator: "、") }
                    el("dt") { Strings.Pages.coopUnits }
                    el("dd") { row.coopUnits.map(\.name).joined(separator: "、") }
                    el("dt") { Strings.Pages.deadline }
                    el("dd") { Format.deadline(row.deadline) }
                    el("dt") { Strings.Pages.kind }
                    el("dd") { Strings.Pages.kindName(row.kind) }
                    if row.kind == TaskKind.quantitative.rawValue && row.expected == nil {
                        el("dt") { Strings.Pages.judgedBy }
                        el("dd", ["id": "judged-as-it-stands"]) { Strings.Pages.judgedAsItStands }
                    } else {
                        el("dt") { Strings.Pages.expected }
                        el("dd") { Format.percent(row.expected) + " / " + Strings.Pages.actual + " " + Format.percent(row.actual) }
                    }
                    el("dt") { Strings.Pages.acknowledge }
                    el("dd") { row.acknowledged ? Strings.Pages.acknowledged : Strings.Pages.notAcknowledged }
                }
                if !detail.indicators.isEmpty { indicatorTable(detail.indicators) }
                if let before = detail.predecessor {
                    el("p", ["id": "predecessor"]) {
                        Strings.Pages.predecessor(before.year) + "："
                        el("a", ["href": "/tasks/\(before.taskID)"]) { String(before.text.prefix(60)) + (before.text.count > 60 ? "…" : "") }
                        el("span", ["class": "muted"]) { "（\(before.planTitle)，\(Strings.Pages.similarity(before.similarity))）" }
                    }
                }
                if row.kind != "qualitative" && !detail.progress.isEmpty {
                    el("figure", ["class": "chart-figure", "id": "trajectory"]) {
                        el("figcaption") { Strings.Pages.chartsTrajectory }
                        Charts.trajectory(detail.progress)
                    }
                }
                if can(.acknowledgeTask) && !row.acknowledged {
                    form("/tasks/\(row.id)/acknowledge", req) { el("button", ["type": "submit", "id": "acknowledge"]) { Strings.Pages.acknowledge } }
                }
            }
            if can(.submitReport) || can(.contributeReport) { reportForm(detail, req) }
            if actor == nil { el("p", ["class": "muted", "id": "public-note"]) { Strings.Pages.publicTaskNote } }
            el("section", ["class": "card", "id": "reports", "hidden": actor == nil ? "hidden" : nil]) {
                el("h2") { Strings.Pages.reports }
                if detail.reports.isEmpty { el("p", ["class": "muted"]) { Strings.Pages.noReports } }
                for report in detail.reports { reportCard(report, detail: detail, canReview: can(.reviewReport), req: req) }
            }
            el("section", ["class": "card", "id": "urgings", "hidden": actor == nil ? "hidden" : nil]) {
                el("h2") { Strings.Pages.urgings }
                for urging in detail.urgings { urgingCard(urging, subject: subject, req: req) }
                if can(.urge) {
                    form("/tasks/\(row.id)/urgings", req, id: "urge-form") {
                        el("label", ["for": "urge-message"]) { Strings.Pages.urgeMessage }
                        el("textarea", ["id": "urge-message", "name": "message", "required": "required"])
                        el("label", ["for": "urge-unit"]) { Strings.Pages.leadUnits }
                        el("select", ["id": "urge-unit", "name": "unitID"]) {
                            for unit in row.leadUnits + row.coopUnits { el("option", ["value": String(unit.id)]) { unit.name } }
                        }
                        el("label", ["for": "urge-reply-by"]) { Strings.Pages.replyBy }
                        el(
                            "input",
                            [
                                "type": "date", "id": "urge-reply-by", "name": "replyBy",
                                "value": Format.day(req.now.addingTimeInterval(3 * 86_400)),
                            ])
                        el("button", ["type": "submit"]) { Strings.Pages.urge }
                    }
                }
            }
            el("section", ["class": "card", "id": "instructions", "hidden": actor == nil ? "hidden" : nil]) {
                el("h2") { Strings.Pages.instructions }
                el("ul", ["class": "plain"]) {
                    for item in detail.instructions {
                        el("li") {
                            el("strong") { item.author }
                            "：\(item.text) "
                            el("span", ["class": "muted"]) { Format.date(item.createdAt) }
                        }
                    }
                }
                if can(.writeInstruction) {
                    form("/tasks/\(row.id)/instructions", req, id: "instruct-form") {
                        el("label", ["for": "instruction-text"]) { Strings.Pages.instructionText }
                        el("textarea", ["id": "instruction-text", "name": "text", "required": "required"])
                        el("button", ["type": "submit"]) { Strings.Pages.instruct }
                    }
                }
            }
            if can(.closeTask) && row.status == TaskStatus.open.rawValue {
                el("section", ["class": "card actions"]) {
                    form("/tasks/\(row.id)/close", req, confirm: Strings.Pages.closeConfirm) {
                        el("button", ["type": "submit", "class": "secondary"]) { Strings.Pages.close }
                    }
                }
            }
            if can(.amendTask) {
                el("section", ["class": "card", "id": "amend"]) {
                    el("h2") { Strings.Pages.amend }
                    form("/tasks/\(row.id)/amend", req) {
                        el("label", ["for": "amend-text"]) { Strings.Pages.newText }
                        el("textarea", ["id": "amend-text", "name": "text"]) { row.text }
                        el("label", ["for": "amend-lead"]) { Strings.Editor.leadUnits }
                        el("input", ["type": "text", "id": "amend-lead", "name": "leadUnits", "value": row.leadUnits.map(\.name).joined(separator: "、")])
                        el("label", ["for": "amend-coop"]) { Strings.Editor.coopUnits }
                        el("input", ["type": "text", "id": "amend-coop", "name": "coopUnits", "value": row.coopUnits.map(\.name).joined(separator: "、")])
                        el("label", ["for": "amend-reason"]) { Strings.Pages.amendReason }
                        el("input", ["type": "text", "id": "amend-reason", "name": "reason", "required": "required"])
                        el("button", ["type": "submit", "class": "secondary"]) { Strings.Pages.amend }
                    }
                }
            }
            if !detail.versions.isEmpty {
                el("section", ["class": "card", "id": "versions"]) {
                    el("h2") { Strings.Pages.history }
                    el("ul", ["class": "plain"]) {
                        for version in detail.versions {
                            el("li") {
                                Strings.Pages.versionLabel(version.version) + "：" + version.text
                                if let leads = version.leadUnits { " （\(Strings.Pages.leadUnits)：\(leads.joined(separator: "、"))）" }
                                el("br")
                                el("span", ["class": "muted"]) { "\(Strings.Pages.amendReason)：\(version.reason) · \(Format.date(version.createdAt))" }
                            }
                        }
                    }
                }
            }
            el("section", ["class": "card", "id": "audit", "hidden": actor == nil ? "hidden" : nil]) {
                el("h2") { Strings.Pages.audit }
                el("ul", ["class": "plain"]) {
                    for entry in detail.audit { el("li") { "\(Format.date(entry.at)) \(entry.account) \(Strings.Pages.auditAction(entry.action))" } }
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
                out = out + .text(buffer) + el("mark") { digits }
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
        el("table", ["class": "indicators"]) {
            el("caption") { Strings.Pages.indicators }
            el("thead") {
                el("tr") {
                    el("th") { Strings.Pages.indicators }
                    el("th") { Strings.Pages.target }
                }
            }
            el("tbody") {
                for i in indicators {
                    el("tr") {
                        el("td") { i.metric + Strings.Pages.tier(i.tier) }
                        el("td") { "\(i.comparator == "=" ? "" : i.comparator) \(Format.number(i.value))\(i.unit)" }
                    }
                }
            }
        }
    }

    static func reportForm(_ detail: TaskDetail, _ req: Request) -> HTML {
        el("section", ["class": "card", "id": "report-form"]) {
            el("h2") { Strings.Pages.submitReport }
            el("form", ["method": "post", "action": "/tasks/\(detail.task.id)/reports", "enctype": "multipart/form-data", "class": "stack"]) {
                Page.csrf(req)
                el("label", ["for": "period"]) { Strings.Pages.period }
                el("select", ["id": "period", "name": "period"]) {
                    let current = detail.periods.last { $0.endsAt <= req.now }?.number ?? detail.periods.first?.number
                    for period in detail.periods where period.number <= (current ?? 0) + 1 {
                        el("option", ["value": String(period.number), "selected": period.number == current ? "selected" : nil]) { period.label }
                    }
                }
                for indicator in detail.indicators {
                    el("label", ["for": "value-\(indicator.id)"]) {
                        "\(indicator.metric)（\(Strings.Pages.target) \(Format.number(indicator.value))\(indicator.unit)）"
                    }
                    el("input", ["type": "text", "inputmode": "decimal", "id": "value-\(indicator.id)", "name": "value_\(indicator.id)"])
                }
                if detail.task.kind == TaskKind.milestone.rawValue {
                    el("label", ["for": "percent"]) { Strings.Pages.percentComplete }
                    el("input", ["type": "number", "min": "0", "max": "100", "id": "percent", "name": "percentComplete"])
                }
                el("label", ["for": "narrative"]) { Strings.Pages.narrative }
                el("textarea", ["id": "narrative", "name": "narrative", "required": "required"])
                el("label", ["for": "problems"]) { Strings.Pages.problems }
                el("textarea", ["id": "problems", "name": "problems"])
                el("label", ["for": "next-steps"]) { Strings.Pages.nextSteps }
                el("textarea", ["id": "next-steps", "name": "nextSteps"])
                el("label", ["for": "files"]) { Strings.Pages.evidence }
                el("input", ["type": "file", "id": "files", "name": "files[]", "multiple": "multiple"])
                el("p") { el("button", ["type": "submit", "id": "submit-report"]) { Strings.Pages.submit } }
            }
        }
    }

    static func reportCard(_ report: TaskDetail.ReportDTO, detail: TaskDetail, canReview: Bool, req: Request) -> HTML {
        el("article", ["class": "report", "id": "report-\(report.id)", "data-status": report.status]) {
            el("h3") {
                "\(report.periodLabel) · \(report.unit.name) · \(Strings.Pages.versionLabel(report.version)) · \(Strings.Pages.reportStatus(report.status))"
                if report.late { " · \(Strings.Pages.late)" }
            }
            el("p") { report.narrative }
            // What a careful reviewer would check, shown to the reviewer only.
            if canReview && !report.critique.isEmpty {
                el("ul", ["class": "critique", "aria-label": Strings.Pages.critique]) {
                    for finding in report.critique { el("li", ["class": "warn"]) { "⚠ " + finding } }
                }
            }
            if !report.values.isEmpty {
                el("ul") {
                    for value in report.values {
                        let indicator = detail.indicators.first { $0.id == value.indicatorID }
                        el("li") { "\(indicator?.metric ?? "")：\(Format.number(value.value))\(indicator?.unit ?? "")" }
                    }
                }
            }
            if let percent = report.percentComplete { el("p") { "\(Strings.Pages.percentComplete)：\(Format.percent(percent))" } }
            if !report.problems.isEmpty { el("p") { "\(Strings.Pages.problems)：\(report.problems)" } }
            if !report.nextSteps.isEmpty { el("p") { "\(Strings.Pages.nextSteps)：\(report.nextSteps)" } }
            if !report.evidence.isEmpty {
                el("p") {
                    Strings.Pages.evidence + "："
                    for file in report.evidence {
                        el("a", ["href": "/api/v1/evidence/\(file.id)"]) { file.filename }
                        " "
                    }
                }
            }
            if let reason = report.reviewReason { el("p", ["class": "warn"]) { "\(Strings.Pages.returnReason)：\(reason)" } }
            el("p", ["class": "muted"]) { "\(Strings.Pages.submittedAt) \(Format.date(report.submittedAt))" }
            if canReview && report.status == ReportStatus.submitted.rawValue {
                form("/reports/\(report.id)/review", req, id: "review-\(report.id)") {
                    el("label", ["for": "reason-\(report.id)"]) { Strings.Pages.returnReason }
                    el("input", ["type": "text", "id": "reason-\(report.id)", "name": "reason"])
                    el("div", ["class": "actions"]) {
                        el("button", ["type": "submit", "name": "decision", "value": "accept"]) { Strings.Pages.accept }
                        el("button", ["type": "submit", "name": "decision", "value": "return", "class": "danger"]) { Strings.Pages.returnReport }
                    }
                }
            }
        }
    }

    static func urgingCard(_ urging: TaskDetail.UrgingDTO, subject: Subject, req: Request) -> HTML {
        var scoped = subject
        scoped.unitID = urging.unit.id
        let canAnswer = urging.answer == nil && req.actor?.unitID == urging.unit.id && Permissions.decide(req.actor, .answerUrging, scoped).isAllowed
        let canEscalate = urging.answer == nil && urging.escalatedAt == nil && Permissions.decide(req.actor, .escalateUrging, subject).isAllowed
        return el("article", ["class": "urging", "id": "urging-\(urging.id)", "data-state": urging.state]) {
            el("p") {
                el("strong") { urging.escalatedAt == nil ? Strings.Pages.urge : Strings.Pages.noticesForMe }
                " → \(urging.unit.name)：\(urging.message)"
            }
            el("p", ["class": "muted"]) { "\(Format.date(urging.sentAt)) · \(Strings.Pages.replyBy) \(Format.date(urging.replyBy))" }
            if let note = urging.escalationNote, !note.isEmpty { el("p", ["class": "escalation-note"]) { "\(Strings.Pages.escalateNote)：\(note)" } }
            if let answer = urging.answer { el("p") { "\(Strings.Pages.answer)：\(answer)" } }
            if canAnswer {
                form("/urgings/\(urging.id)/answer", req, id: "answer-\(urging.id)") {
                    el("label", ["for": "answer-text-\(urging.id)"]) { Strings.Pages.answerText }
                    el("textarea", ["id": "answer-text-\(urging.id)", "name": "answer", "required": "required"])
                    el("button", ["type": "submit"]) { Strings.Pages.answer }
                }
            }
            if canEscalate {
                form("/urgings/\(urging.id)/escalate", req) {
                    el("label", ["for": "escalate-note-\(urging.id)"]) { Strings.Pages.escalateNote }
                    el("textarea", ["id": "escalate-note-\(urging.id)", "name": "note", "rows": "2"])
                    el("button", ["type": "submit", "class": "danger"]) { Strings.Pages.escalate }
                }
            }
        }
    }

    static func form(_ action: String, _ req: Request, id: String? = nil, confirm: String? = nil, @HTMLBuilder content: () -> HTML) -> HTML {
        el("form", ["method": "post", "action": action, "class": "stack", "id": id, "data-confirm": confirm]) {
            Page.csrf(req)
            content()
        }
    }
}
