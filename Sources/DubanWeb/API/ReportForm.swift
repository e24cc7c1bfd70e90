import DubanCore
import DubanStore
import DubanStrings
import Vapor

/// A report arrives as JSON (API) or as a multipart form with files (the page); both become one Submission.
enum ReportForm {
    struct JSONBody: Content {
        var period: Int?
        var narrative: String
        var values: [String: Double]?
        var percentComplete: Double?
        var problems: String?
        var nextSteps: String?
        var evidence: [JSONFile]?
    }

    struct JSONFile: Content {
        var filename: String
        var contentType: String?
        /// Base64.
        var data: String
    }

    struct FormBody: Content {
        var period: Int?
        var narrative: String
        var percentComplete: String?
        var problems: String?
        var nextSteps: String?
        var files: [File]?
    }

    static func submission(from req: Request, taskID: Int) throws -> Reports.Submission {
        if req.headers.contentType == .json {
            let body = try req.decode(JSONBody.self)
            var values: [Int: Double] = [:]
            for (key, value) in body.values ?? [:] {
                guard let id = Int(key) else { throw Abort(.badRequest, reason: Strings.Web.badRequest) }
                values[id] = value
            }
            try refuse { try ReportFields.requireFinite(Array(values.values) + [body.percentComplete].compactMap { $0 }) }
            let files = try uploads(body.evidence)
            return Reports.Submission(
                taskID: taskID, periodNumber: body.period, narrative: body.narrative, values: values,
                percentComplete: body.percentComplete, problems: body.problems ?? "",
                nextSteps: body.nextSteps ?? "", evidence: files)
        }
        let body = try req.decode(FormBody.self)
        // Indicator values come as `value_<indicatorID>` fields; an empty field means not reported.
        // Read leniently: the form also carries file parts, which are not text.
        var fields: [String: String] = [:]
        if let all = try? req.content.decode([String: LooseText].self) {
            for (key, raw) in all where key.hasPrefix(ReportFields.valuePrefix) { fields[key] = raw.text ?? "" }
        }
        let values = try refuse { try ReportFields.values(fields) }
        let percent = try refuse { () throws -> Double? in
            guard let text = body.percentComplete else { return nil }
            return try ReportFields.number(text)
        }
        let files = uploads(body.files)
        return Reports.Submission(
            taskID: taskID, periodNumber: body.period, narrative: body.narrative, values: values,
            percentComplete: percent, problems: body.problems ?? "", nextSteps: body.nextSteps ?? "",
            evidence: files)
    }
}

extension ReportForm {
    /// Files sent as JSON, base64 in `data`.
    static func uploads(_ files: [JSONFile]?) throws -> [Evidence.Upload] {
        try (files ?? []).map { file in
            guard let data = Data(base64Encoded: file.data) else { throw Abort(.badRequest, reason: Strings.Web.badRequest) }
            return Evidence.Upload(filename: file.filename, contentType: file.contentType ?? "", data: data)
        }
    }

    /// Files from a multipart form; an empty file input sends a part with no name and no bytes.
    static func uploads(_ files: [File]?) -> [Evidence.Upload] {
        (files ?? []).filter { !$0.filename.isEmpty && $0.data.readableBytes > 0 }.map {
            Evidence.Upload(filename: $0.filename, contentType: $0.contentType?.description ?? "", data: Data(buffer: $0.data))
        }
    }
}

extension Request {
    /// The installation's limits on uploaded evidence.
    var evidenceLimits: Evidence.Limits { Evidence.Limits(maxBytes: duban.config.evidenceLimitBytes, maxFiles: 10) }
}

/// A refusal of the form's numbers becomes the user's 422.
private func refuse<T>(_ body: () throws -> T) throws -> T {
    do { return try body() } catch let refusal as ReportFields.Refusal { throw Abort(.unprocessableEntity, reason: refusal.reason) }
}

/// A form field read as text if it is text, and as nothing otherwise (a file part, a list).
struct LooseText: Decodable {
    var text: String?

    init(from decoder: any Decoder) throws {
        text = try? decoder.singleValueContainer().decode(String.self)
    }
}
