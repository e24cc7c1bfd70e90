import Foundation

/// `duban.plan/1` as JSON, keys in the order of the contract (`../gold/README.md`), with the
/// extra per-task fields (`warnings`, `kind`, `indicators`, `source`) after the contract's own.
public enum PlanJSON {
    public static func encode(_ plan: Plan) throws -> String {
        var out = "{\n"
        out += "  \"schema\": \(quote(Plan.schema)),\n"
        out += "  \"government\": \(plan.government.map(quote) ?? "null"),\n"
        out += "  \"year\": \(plan.year.map(String.init) ?? "null"),\n"
        out += "  \"warnings\": \(array(plan.warnings.map(\.sentence))),\n"
        out += "  \"tasks\": ["
        for (index, task) in plan.tasks.enumerated() {
            out += index == 0 ? "\n" : ",\n"
            out += try taskJSON(task)
        }
        out += plan.tasks.isEmpty ? "]\n}\n" : "\n  ]\n}\n"
        return out
    }

    static func taskJSON(_ task: PlanTask) throws -> String {
        var fields: [String] = [
            "\"attachment\": \(task.attachment)",
            "\"path\": \(array(task.path))",
            "\"label\": \(quote(task.label))",
            "\"text\": \(quote(task.text))",
            "\"leaders\": \(array(task.leaders))",
            "\"leadUnits\": \(array(task.leadUnits))",
            "\"coopUnits\": \(array(task.coopUnits))",
            "\"deadline\": \(task.deadline.map(quote) ?? "null")",
            "\"inherited\": \(array(task.inherited.map(\.rawValue)))",
            "\"warnings\": \(array(task.warnings.map(\.sentence)))",
            "\"source\": \(quote(task.location.description))",
        ]
        if let phrase = task.deadlineText { fields.append("\"deadlineText\": \(quote(phrase))") }
        if let kind = task.kind {
            fields.append("\"kind\": \(quote(kind.rawValue))")
            fields.append("\"indicators\": \(try indicatorsJSON(task.indicators))")
        }
        return "    {" + fields.joined(separator: ", ") + "}"
    }

    public static func indicatorsJSON(_ indicators: [Indicator]) throws -> String {
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.withoutEscapingSlashes]
        let data = try encoder.encode(indicators)
        return String(decoding: data, as: UTF8.self)
    }

    static func array(_ values: [String]) -> String {
        "[" + values.map(quote).joined(separator: ", ") + "]"
    }

    /// A JSON string literal; non-ASCII is written as is (UTF-8), so Chinese stays readable.
    public static func quote(_ value: String) -> String {
        var out = "\""
        for scalar in value.unicodeScalars {
            switch scalar {
            case "\"": out += "\\\""
            case "\\": out += "\\\\"
            case "\n": out += "\\n"
            case "\r": out += "\\r"
            case "\t": out += "\\t"
            case _ where scalar.value < 0x20:
                out += String(format: "\\u%04x", scalar.value)
            default: out.unicodeScalars.append(scalar)
            }
        }
        return out + "\""
    }
}
