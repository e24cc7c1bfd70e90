/// Which rows a reader may see in any list or search: one policy, applied by the store to every
/// query, so no route decides it. Row-level rules (a unit acts on its own tasks) stay in
/// `Permissions.decide`; this is the outer fence.
public struct ReadScope: Sendable, Equatable {
    /// Nil: every government (the city administrator, and visitors reading what is published).
    public var governmentID: Int?
    /// Drafts are the office's working copies: only it and the administrator see them.
    public var includesDrafts: Bool
    /// A signed-in account with no government sees nothing rather than everything.
    public var isEmpty: Bool

    public static let nothing = ReadScope(governmentID: nil, includesDrafts: false, isEmpty: true)

    public func allows(governmentID other: Int, published: Bool) -> Bool {
        guard !isEmpty else { return false }
        if let governmentID, governmentID != other { return false }
        return published || includesDrafts
    }
}

extension Permissions {
    public static func scope(_ actor: Actor?) -> ReadScope {
        guard let actor else { return ReadScope(governmentID: nil, includesDrafts: false, isEmpty: false) }
        if actor.role == .admin { return ReadScope(governmentID: actor.governmentID, includesDrafts: true, isEmpty: false) }
        guard let government = actor.governmentID else { return .nothing }
        return ReadScope(governmentID: government, includesDrafts: actor.role == .supervisor, isEmpty: false)
    }
}
