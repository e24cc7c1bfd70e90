import DubanCore
import DubanStrings

/// The plan laid out as the issued document prints it, before any file format: the issuing
/// government, a title, then per attachment its marker, title and table. Every choice here is
/// one the importer reads back to the same plan:
/// - `path[0]` is a section row `一、…` spanning the table; `path[1]` a sub-group row below it;
///   `path[2]` the first line `市政设施：` of the work-standard cell (as the 天宁 民生实事 table does).
/// - the label sits in the 序号 column, so no 目标名称 column is needed (a 序号 beside a 目标名称
///   column would number the group, not the row).
/// - consecutive tasks with the same leader, lead units, coop units or deadline share one cell,
///   merged downwards; a heading row ends every merge, as it does in print.
struct IssuedLayout {
    var letterhead: String?
    var title: String
    var tables: [IssuedTable]

    init(plan: Plan, sameColumnsEverywhere: Bool = false) {
        letterhead = plan.government.flatMap { $0.isEmpty ? nil : $0 }
        title = Strings.Export.mainTitle(year: plan.year)

        // Tasks by attachment, in the order the attachments first appear.
        var order: [Int] = []
        var byAttachment: [Int: [PlanTask]] = [:]
        for task in plan.tasks {
            if byAttachment[task.attachment] == nil { order.append(task.attachment) }
            byAttachment[task.attachment, default: []].append(task)
        }
        let titles = Dictionary(plan.attachments.map { ($0.number, $0.title) }, uniquingKeysWith: { first, _ in first })
        // A plan without 附件 (one table, numbered 1, untitled) is printed without a marker.
        let marked = order.count > 1 || order.first != 1 || order.contains { !(titles[$0] ?? "").isEmpty }
        let everywhere = ExportColumn.columns(for: plan.tasks)
        tables = order.map { number in
            let tasks = byAttachment[number] ?? []
            return IssuedTable(
                number: number, marked: marked, title: titles[number] ?? "",
                columns: sameColumnsEverywhere ? everywhere : ExportColumn.columns(for: tasks),
                tasks: tasks)
        }
    }
}

/// One attachment's table.
struct IssuedTable {
    var number: Int
    /// `附件N`, or nil for a plan without attachments.
    var marker: String?
    var title: String
    var columns: [ExportColumn]
    var rows: [IssuedRow]

    init(number: Int, marked: Bool, title: String, columns: [ExportColumn], tasks: [PlanTask]) {
        self.number = number
        marker = marked ? Strings.Export.attachmentMarker(number) : nil
        self.title = title
        self.columns = columns
        rows = []
        var section: String?
        var group: String?
        var sectionNumber = 0
        var previous: TaskRow?
        for task in tasks {
            let first = task.path.first
            let second = task.path.count >= 2 ? task.path[1] : nil
            // Repeating the section row is the only way to end a sub-group without starting another.
            if let first, first != section || (second == nil && group != nil) {
                if first != section { sectionNumber += 1 }
                rows.append(.section(Strings.Export.sectionHeading(sectionNumber, title: first)))
                section = first
                group = nil
                previous = nil
            }
            if let second, second != group {
                rows.append(.group(second))
                group = second
                previous = nil
            }
            let row = TaskRow(task: task, columns: columns, above: previous)
            rows.append(.task(row))
            previous = row
        }
    }

    /// Whether the next row's cell in `column` is merged into this row's.
    func continuedBelow(row index: Int, column: Int) -> Bool {
        guard index + 1 < rows.count, case .task(let next) = rows[index + 1] else { return false }
        return next.continues[column]
    }

    /// Whether the cell of `column` in row `index` starts a merge that the next row continues.
    func startsMerge(row index: Int, column: Int) -> Bool {
        guard case .task(let row) = rows[index], !row.continues[column] else { return false }
        return continuedBelow(row: index, column: column)
    }
}

enum IssuedRow {
    /// `一、主要预期目标`, spanning the table.
    case section(String)
    /// A sub-group title, spanning the table.
    case group(String)
    case task(TaskRow)
}

/// One task's cells, and for each whether it is merged with the cell above.
struct TaskRow {
    var cells: [String]
    var continues: [Bool]
    /// A row without a standard is skipped by the importer, so no merge may pass through it.
    var hasStandard: Bool

    init(task: PlanTask, columns: [ExportColumn], above: TaskRow?) {
        let cells = columns.map { $0.text(of: task) }
        let hasStandard = !task.text.isEmpty
        self.cells = cells
        self.hasStandard = hasStandard
        continues = columns.indices.map { index in
            guard columns[index].merges, hasStandard, let above, above.hasStandard else { return false }
            return !cells[index].isEmpty && above.cells[index] == cells[index]
        }
    }
}

/// The columns an issued table can have, in the order issued tables print them.
enum ExportColumn: CaseIterable {
    case number, standard, leaders, leadUnits, coopUnits, deadline

    var header: String {
        switch self {
        case .number: Strings.Export.columnNumber
        case .standard: Strings.Export.columnStandard
        case .leaders: Strings.Export.columnLeaders
        case .leadUnits: Strings.Export.columnLeadUnits
        case .coopUnits: Strings.Export.columnCoopUnits
        case .deadline: Strings.Export.columnDeadline
        }
    }

    /// Responsibility cells merge down; the number and the standard are each row's own.
    var merges: Bool { self != .number && self != .standard }

    /// Short cells are centred, as in print; the standard and the unit lists read from the left.
    var centered: Bool { self == .number || self == .leaders || self == .deadline }

    /// Share of the table's width, in hundredths.
    var weight: Int {
        switch self {
        case .number: 5
        case .standard: 47
        case .leaders: 9
        case .leadUnits: 12
        case .coopUnits: 18
        case .deadline: 9
        }
    }

    /// 序号, 工作标准 and 牵头单位 always (a table needs three columns for its heading rows to
    /// span, and every plan has lead units); the others where some task fills them.
    static func columns(for tasks: [PlanTask]) -> [ExportColumn] {
        allCases.filter { column in
            switch column {
            case .number, .standard, .leadUnits: true
            case .leaders: tasks.contains { !$0.leaders.isEmpty }
            case .coopUnits: tasks.contains { !$0.coopUnits.isEmpty }
            case .deadline: tasks.contains { $0.deadline != nil }
            }
        }
    }

    func text(of task: PlanTask) -> String {
        switch self {
        case .number: task.label
        case .standard: Self.standard(task)
        case .leaders: task.leaders.joined(separator: Strings.Export.nameSeparator)
        case .leadUnits: task.leadUnits.joined(separator: Strings.Export.nameSeparator)
        case .coopUnits: task.coopUnits.joined(separator: Strings.Export.nameSeparator)
        case .deadline: task.deadline.map(Self.deadline) ?? ""
        }
    }

    /// A third level of grouping is the cell's first line (`市政设施：`), which the importer reads
    /// as such when it is short; a longer title, or a fourth level, has no place in the table.
    static func standard(_ task: PlanTask) -> String {
        guard task.path.count >= 3, (1...15).contains(task.path[2].count), !task.text.isEmpty else { return task.text }
        return Strings.Export.cellSubheading(task.path[2]) + "\n" + task.text
    }

    /// `2022-12` → `2022年12月`; anything else as it was given.
    static func deadline(_ value: String) -> String {
        let parts = value.split(separator: "-")
        guard parts.count == 2, parts[0].count == 4, let year = Int(parts[0]), let month = Int(parts[1]),
            (1...12).contains(month)
        else { return value }
        return Strings.Export.deadline(year: year, month: month)
    }
}
