/// A task of this year's plan and the task of last year's plan it continues.
public struct PredecessorMatch: Codable, Sendable, Equatable {
    public var taskID: Int
    public var predecessorID: Int
    /// `TextSimilarity.score` of the two texts.
    public var similarity: Double

    public init(taskID: Int, predecessorID: Int, similarity: Double) {
        self.taskID = taskID
        self.predecessorID = predecessorID
        self.similarity = similarity
    }
}

/// Finds last year's predecessor of each task: the previous task most like it, when at least
/// `threshold` alike. Several tasks may share one predecessor (a task split in two). Among equally
/// alike candidates the one nearest in plan position wins, so a plan compared with itself pairs
/// each task with itself even when two tasks read alike. Results follow the order of `current`.
public enum Predecessors {
    public static func match(
        current: [(id: Int, text: String)], previous: [(id: Int, text: String)],
        threshold: Double = 0.5
    ) -> [PredecessorMatch] {
        let before = previous.map { GramSet($0.text) }
        var matches: [PredecessorMatch] = []
        for (i, task) in current.enumerated() {
            let grams = GramSet(task.text)
            var best: (index: Int, similarity: Double)?
            for (j, candidate) in before.enumerated() {
                // Sizes alone may rule a pair out, or rule out beating the best so far.
                let bound = grams.bound(candidate)
                guard bound >= threshold, bound >= best?.similarity ?? 0 else { continue }
                let similarity = grams.similarity(candidate)
                guard similarity >= threshold else { continue }
                if let b = best {
                    if similarity < b.similarity { continue }
                    if similarity == b.similarity, abs(j - i) >= abs(b.index - i) { continue }
                }
                best = (j, similarity)
            }
            if let best {
                matches.append(PredecessorMatch(taskID: task.id, predecessorID: previous[best.index].id, similarity: best.similarity))
            }
        }
        return matches
    }
}
