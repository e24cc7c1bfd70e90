/// Titles in the one-cell-per-line layout: a goal name and a sub-group name, each possibly
/// wrapped over lines (`以改革提升` + `效能`), with nothing to say where one ends.
struct TitleZone {
    var fragments: [String] = []
    var numbered = false

    var isEmpty: Bool { fragments.isEmpty }

    /// Splits fragments into titles. A narrow column wraps a title into at most two lines, the
    /// second no longer than the first; a long line (over five characters) is a title alone.
    func titles() -> [String] {
        var titles: [String] = []
        var current = ""
        var lastFragment = ""
        var pieces = 0
        for fragment in fragments {
            if pieces == 1 && lastFragment.count <= 5 && fragment.count <= lastFragment.count {
                current += fragment
                pieces += 1
            } else {
                if !current.isEmpty { titles.append(current) }
                current = fragment
                pieces = 1
            }
            lastFragment = fragment
        }
        if !current.isEmpty { titles.append(current) }
        return titles
    }
}
