import DubanCore
import Foundation

/// What the web layer does with a decoded form, through the pure checks it shares with the API
/// (DubanCore's ReportFields and EvidencePolicy): the `value_<id>` fields and the percentage as
/// finite numbers, then the non-empty files by count, size, type and first bytes.
/// Refusals are expected; only crashes count.
enum FormChecks {
    static func run(_ form: ReportFormBody, fields: [String: LooseText]) {
        var texts: [String: String] = [:]
        for (key, raw) in fields where key.hasPrefix(ReportFields.valuePrefix) { texts[key] = raw.text ?? "" }
        _ = try? ReportFields.values(texts)
        if let percent = form.percentComplete { _ = try? ReportFields.number(percent) }
        let files = (form.files ?? []).filter { !$0.filename.isEmpty && !$0.data.isEmpty }
            .map { EvidencePolicy.File(filename: $0.filename, data: $0.data) }
        _ = try? EvidencePolicy.validate(files, limits: .standard)
        // Small limits too, so the count and size refusals are reached with small inputs.
        _ = try? EvidencePolicy.validate(files, limits: EvidencePolicy.Limits(maxBytes: 64, maxFiles: 2))
        for file in files { _ = EvidencePolicy.contentType(for: file.filename) }
        _ = (form.period, form.narrative.count, form.problems, form.nextSteps)
    }
}
