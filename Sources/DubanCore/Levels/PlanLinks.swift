/// One child plan read against its parent's: the parent's tasks passed down to this child, the
/// child's tasks proposed as taking them up, and the passed-down tasks nothing takes up yet (for
/// the child's office to place in its plan).
public struct PlanLinks: Sendable, Equatable {
    /// Indexes into the parent plan's tasks.
    public var passedDown: [Int]
    /// `childTaskID` indexes the child plan's tasks, `parentTaskID` the parent's.
    public var proposals: [LinkProposal]
    /// Passed-down parent tasks without a proposal.
    public var unlinked: [Int]

    public init(parent: Plan, child: Plan, childName: String) {
        passedDown = parent.tasks.indices.filter {
            !LevelLinks.passedDown(responsible: parent.tasks[$0].leadUnits + parent.tasks[$0].coopUnits, children: [childName]).isEmpty
        }
        // The importer has read each task's indicators already.
        let parents = passedDown.map { LevelTask(id: $0, text: parent.tasks[$0].text, indicators: parent.tasks[$0].indicators) }
        let children = child.tasks.indices.map { LevelTask(id: $0, text: child.tasks[$0].text, indicators: child.tasks[$0].indicators) }
        proposals = LevelLinks.propose(children: children, parents: parents)
        let taken = Set(proposals.map(\.parentTaskID))
        unlinked = passedDown.filter { !taken.contains($0) }
    }
}
