import Foundation

/// A small JSON Schema (2020-12 subset) check of request bodies against the OpenAPI document,
/// so the server refuses exactly what the document says is invalid: the keywords the document
/// uses (type, enum, properties, required, items, bounds, lengths, pattern, date-time, anyOf,
/// property names and counts).
struct SchemaCheck {
    typealias JSON = [String: Any]

    enum Problem: Error {
        /// Wrong shape: a type, a missing field (400).
        case shape(String)
        /// Right shape, value out of bounds (422).
        case value(String)
        case notFinite
    }

    var components: [String: JSON]

    func resolve(_ schema: JSON) -> JSON {
        guard let ref = schema["$ref"] as? String else { return schema }
        return components[String(ref.split(separator: "/").last ?? "")] ?? [:]
    }

    func check(_ value: Any, _ raw: JSON, at path: String) throws(Problem) {
        let schema = resolve(raw)
        if let options = schema["anyOf"] as? [JSON] {
            // None of the alternatives holds: a value the fields together do not allow (422).
            guard options.contains(where: { option in (try? check(value, option, at: path)) != nil }) else { throw .value(path) }
        }
        if let number = value as? NSNumber, !Self.isBool(value), !number.doubleValue.isFinite { throw .notFinite }
        let types = (schema["type"] as? [String]) ?? (schema["type"] as? String).map { [$0] } ?? []
        if !types.isEmpty, !types.contains(where: { Self.matches(value, $0) }) { throw .shape(path) }
        if let allowed = schema["enum"] as? [Any], !allowed.contains(where: { Self.equal($0, value) }) { throw .value(path) }
        if let string = value as? String { try checkString(string, schema, at: path) }
        if let number = value as? NSNumber, !Self.isBool(value) {
            let double = number.doubleValue
            if let minimum = (schema["minimum"] as? NSNumber)?.doubleValue, double < minimum { throw .value(path) }
            if let maximum = (schema["maximum"] as? NSNumber)?.doubleValue, double > maximum { throw .value(path) }
        }
        if let object = value as? [String: Any] { try checkObject(object, schema, at: path) }
        if let array = value as? [Any] {
            if let least = schema["minItems"] as? Int, array.count < least { throw .value(path) }
            if let most = schema["maxItems"] as? Int, array.count > most { throw .value(path) }
            if let items = schema["items"] as? JSON {
                for (index, item) in array.enumerated() { try check(item, items, at: "\(path)[\(index)]") }
            }
            if let contains = schema["contains"] as? JSON {
                let count = array.filter { item in (try? check(item, contains, at: path)) != nil }.count
                if count < (schema["minContains"] as? Int ?? 1) { throw .value(path) }
            }
        }
    }

    func checkString(_ string: String, _ schema: JSON, at path: String) throws(Problem) {
        // JSON Schema counts code points.
        let length = string.unicodeScalars.count
        if let least = schema["minLength"] as? Int, length < least { throw .value(path) }
        if let most = schema["maxLength"] as? Int, length > most { throw .value(path) }
        if let pattern = schema["pattern"] as? String, !Self.matches(string, pattern: pattern) { throw .value(path) }
        if schema["format"] as? String == "date-time", !Self.isDateTime(string) { throw .value(path) }
    }

    func checkObject(_ object: [String: Any], _ schema: JSON, at path: String) throws(Problem) {
        for key in schema["required"] as? [String] ?? [] where object[key] == nil { throw .shape(path + "." + key) }
        if let least = schema["minProperties"] as? Int, object.count < least { throw .value(path) }
        if let most = schema["maxProperties"] as? Int, object.count > most { throw .value(path) }
        let properties = schema["properties"] as? [String: Any] ?? [:]
        for (key, sub) in object.sorted(by: { $0.key < $1.key }) {
            if let names = schema["propertyNames"] as? JSON, let pattern = names["pattern"] as? String,
                !Self.matches(key, pattern: pattern)
            {
                throw .value(path + "." + key)
            }
            if let subSchema = properties[key] as? JSON {
                try check(sub, subSchema, at: path + "." + key)
            } else if let additional = schema["additionalProperties"] as? JSON {
                try check(sub, additional, at: path + "." + key)
            }
        }
    }

    /// Foundation boxes JSON booleans as a distinct NSNumber class (`__NSCFBoolean`, objCType "c").
    static func isBool(_ value: Any) -> Bool {
        if String(describing: type(of: value)).contains("Boolean") { return true }
        guard let number = value as? NSNumber else { return value is Bool }
        return String(cString: number.objCType) == "c"
    }

    static func matches(_ value: Any, _ type: String) -> Bool {
        switch type {
        case "null": return value is NSNull
        case "object": return value is [String: Any]
        case "array": return value is [Any]
        case "string": return value is String
        case "boolean": return isBool(value)
        case "integer":
            guard !isBool(value), let number = value as? NSNumber else { return false }
            let double = number.doubleValue
            // Within Int64, the server's integer; 1.0 is an integer to JSON Schema.
            return double == double.rounded() && abs(double) < 9.2e18
        case "number": return !isBool(value) && value is NSNumber
        default: return true
        }
    }

    static func equal(_ a: Any, _ b: Any) -> Bool {
        if a is NSNull { return b is NSNull }
        if let a = a as? String { return (b as? String) == a }
        if isBool(a) || isBool(b) { return isBool(a) && isBool(b) && (a as? NSNumber) == (b as? NSNumber) }
        if let a = a as? NSNumber, let b = b as? NSNumber { return a == b }
        return false
    }

    nonisolated(unsafe) static var patterns: [String: NSRegularExpression] = [:]
    static let lock = NSLock()

    /// ECMA-262 search semantics (unanchored unless the pattern anchors itself).
    static func matches(_ string: String, pattern: String) -> Bool {
        lock.lock()
        defer { lock.unlock() }
        let regex: NSRegularExpression
        if let cached = patterns[pattern] {
            regex = cached
        } else {
            guard let made = try? NSRegularExpression(pattern: pattern) else { return true }
            patterns[pattern] = made
            regex = made
        }
        return regex.firstMatch(in: string, range: NSRange(string.startIndex..., in: string)) != nil
    }

    /// RFC 3339 with a real calendar day (the JSON decoder would roll 31 November over).
    static func isDateTime(_ string: String) -> Bool {
        let digits = string.unicodeScalars.map { Int($0.value) - 48 }
        guard string.unicodeScalars.count >= 20, digits.count >= 10 else { return false }
        func number(_ from: Int, _ count: Int) -> Int? {
            var value = 0
            for index in from..<(from + count) {
                guard (0...9).contains(digits[index]) else { return nil }
                value = value * 10 + digits[index]
            }
            return value
        }
        guard let year = number(0, 4), let month = number(5, 2), let day = number(8, 2), (1...12).contains(month), day >= 1 else { return false }
        var components = DateComponents()
        components.year = max(year, 1)
        components.month = month
        let calendar = Calendar(identifier: .gregorian)
        guard let first = calendar.date(from: components), let days = calendar.range(of: .day, in: .month, for: first) else { return false }
        return day <= days.count
    }
}
