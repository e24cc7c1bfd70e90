/// Splits the text of a unit cell into unit names, joining names that wrapped over two lines
/// (`高新园` + `(邹区镇)`, `退役军人` + `事务局`, `…、区` + `政府各组成部门`).
public struct UnitListSplitter: Sendable {
    /// Names known to stand alone in this document; a fragment that is one of them is complete.
    public var known: Set<String>

    public init(known: Set<String> = []) {
        self.known = known
    }

    public struct Result: Sendable, Equatable {
        public var names: [String]
        /// Names made by joining two lines, for the importer to mention.
        public var joined: [String]
    }

    public func split(_ cell: String) -> Result {
        split(lines: NameText.lines(cell))
    }

    public func split(lines: [String]) -> Result {
        var text = ""
        var joined: [String] = []
        for line in lines {
            if text.isEmpty || NameText.endsWithSeparator(text) {
                text += line
                continue
            }
            let pending = lastPiece(of: text)
            if NameText.startsWithParenthesis(line) || !isComplete(pending) {
                joined.append(pending + firstPiece(of: line))
                text += line
            } else {
                text += "、" + line
            }
        }
        let names = NameText.splitOutsideParentheses(text, at: NameText.separators).compactMap(Self.closingList)
        return Result(names: names, joined: joined)
    }

    /// Groups a run of unit lines into cells: a line continues the cell before it when that
    /// cell ends in a separator, when it opens with a bracket, or when the cell's last name is
    /// a fragment. Used where lines are all that is left of the cells (one cell per line).
    public func cells(lines: [String]) -> [[String]] {
        var cells: [[String]] = []
        for line in lines {
            if var last = cells.last, let previous = last.last,
                NameText.endsWithSeparator(previous) || NameText.startsWithParenthesis(line) || !isComplete(lastPiece(of: last.joined()))
            {
                last.append(line)
                cells[cells.count - 1] = last
            } else {
                cells.append([line])
            }
        }
        return cells
    }

    func isComplete(_ fragment: String) -> Bool {
        if known.contains(fragment) { return true }
        if fragment.count < 2 { return false }
        return UnitNames.hasUnitSuffix(fragment) || UnitNames.isCollective(fragment)
    }

    private func lastPiece(of text: String) -> String {
        NameText.splitOutsideParentheses(text, at: NameText.separators).last ?? ""
    }

    private func firstPiece(of text: String) -> String {
        NameText.splitOutsideParentheses(text, at: NameText.separators).first ?? ""
    }

    /// The list-closing `等` (`台州经济开发区管委会等`, `…等单位`) is not part of the name.
    static func closingList(_ name: String) -> String? {
        var name = name
        for tail in ["等单位", "等部门", "等"] where name.hasSuffix(tail) && name.count > tail.count + 1 {
            name.removeLast(tail.count)
            break
        }
        return name.isEmpty ? nil : name
    }
}
