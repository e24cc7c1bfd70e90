import DubanStore

/// The plan's page: its board, the filter the reader chose, what the import found for a draft,
/// and the links and forms the signed-in role may use (decided at the edge).
struct PlanPageModel: Sendable, Codable {
    var plan: PlanEntry
    /// Every row; the view lists those the filter keeps and counts them all.
    var all: [TaskRow]
    var filter: TaskFilter
    var warnings: [String]
    var draft: PlanPage.DraftInfo?
    var canAssess: Bool
    var canPublish: Bool
    /// The office, or a unit holding tasks: the offline sheet's page.
    var canUseSheets: Bool
}
