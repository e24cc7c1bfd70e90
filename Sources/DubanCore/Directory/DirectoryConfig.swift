import DubanStrings
import Foundation

/// A government's own directory file (`--directory FILE`): names, aliases and kinds the plans do
/// not show, and who a collective name stands for.
///
/// ```json
/// { "units": [{"name": "资规分局", "aliases": ["自然资源和规划局钟楼分局"], "kind": "department"}],
///   "collectives": [{"name": "相关街道", "members": ["新闸街道", "五星街道"]}],
///   "closed": false }
/// ```
public struct DirectoryConfig: Sendable, Equatable, Codable {
    public var units: [UnitEntry]
    public var collectives: [CollectiveEntry]
    /// When true, a unit the plan names that is not listed here is reported by `duban lint`.
    public var closed: Bool

    public init(units: [UnitEntry] = [], collectives: [CollectiveEntry] = [], closed: Bool = false) {
        self.units = units
        self.collectives = collectives
        self.closed = closed
    }

    public struct UnitEntry: Sendable, Equatable, Codable {
        public var name: String
        public var aliases: [String]
        public var kind: UnitKind?

        public init(name: String, aliases: [String] = [], kind: UnitKind? = nil) {
            self.name = name
            self.aliases = aliases
            self.kind = kind
        }

        private enum CodingKeys: String, CodingKey { case name, aliases, kind }

        public init(from decoder: any Decoder) throws {
            let c = try decoder.container(keyedBy: CodingKeys.self)
            name = try c.decode(String.self, forKey: .name)
            aliases = try c.decodeIfPresent([String].self, forKey: .aliases) ?? []
            kind = try c.decodeIfPresent(UnitKind.self, forKey: .kind)
        }
    }

    public struct CollectiveEntry: Sendable, Equatable, Codable {
        public var name: String
        public var members: [String]

        public init(name: String, members: [String]) {
            self.name = name
            self.members = members
        }
    }

    private enum CodingKeys: String, CodingKey { case units, collectives, closed }

    public init(from decoder: any Decoder) throws {
        let c = try decoder.container(keyedBy: CodingKeys.self)
        units = try c.decodeIfPresent([UnitEntry].self, forKey: .units) ?? []
        collectives = try c.decodeIfPresent([CollectiveEntry].self, forKey: .collectives) ?? []
        closed = try c.decodeIfPresent(Bool.self, forKey: .closed) ?? false
    }

    /// Reads a directory file; a bad file is a `DirectoryConfigError` with a Chinese sentence.
    public static func load(path: String) throws -> DirectoryConfig {
        guard let data = FileManager.default.contents(atPath: path) else { throw DirectoryConfigError.unreadable(path) }
        do {
            return try JSONDecoder().decode(DirectoryConfig.self, from: data)
        } catch {
            throw DirectoryConfigError.invalid(path)
        }
    }
}

public enum DirectoryConfigError: Error, Equatable, Sendable, CustomStringConvertible {
    case unreadable(String)
    case invalid(String)

    public var description: String {
        switch self {
        case .unreadable(let path): Strings.Units.configUnreadable(path)
        case .invalid(let path): Strings.Units.configInvalid(path)
        }
    }
}
