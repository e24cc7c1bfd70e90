/// The states the cycle's records move through. Stored as their raw strings, compared only as
/// these values, so a misspelt state is a compile error rather than a silent "no match".
public enum PlanStatus: String, Sendable, Codable, CaseIterable {
    case draft, published, archived
}

public enum TaskStatus: String, Sendable, Codable, CaseIterable {
    case open, closed
}

/// A report version: waiting for review, accepted, returned by the office, or replaced by a
/// newer version before it was reviewed.
public enum ReportStatus: String, Sendable, Codable, CaseIterable {
    case submitted, accepted, returned, superseded
}

/// How a unit holds a task, and in what capacity it reports on it.
public enum ResponsibilityRole: String, Sendable, Codable, CaseIterable {
    case lead, coop
}

public enum BulletinStatus: String, Sendable, Codable, CaseIterable {
    case draft, published
}

/// A liaison's report waiting for the unit leader's 审签: signed (it became a report), returned
/// to the liaison with a note, or superseded by the liaison's next draft before either.
public enum ReportDraftStatus: String, Sendable, Codable, CaseIterable {
    case pending, signed, returned, superseded
}

/// A link from a child's task to a parent's passed-down task: proposed by Duban, then confirmed
/// or rejected by the child's office. Only a confirmed link makes one report answer both levels.
public enum LinkStatus: String, Sendable, Codable, CaseIterable {
    case proposed, confirmed, rejected
}

/// How a parent's task came to be passed down to a child: its responsibility names the child
/// (or all children), or the parent's office passed it.
public enum HandoffSource: String, Sendable, Codable, CaseIterable {
    case named, office
}
