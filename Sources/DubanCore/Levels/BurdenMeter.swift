/// What a government asks of a unit, as the 2024 rules on cutting formalism count it: per unit
/// and month, the tasks it must report on at every level, the fields it must fill, and the
/// urgings and inspections it received. A metric asked twice in one month (by two tasks, or by
/// two levels) is asked once: the second ask reuses the first value and is listed as reused.
public enum BurdenMeter {
    /// One task's demand on one unit.
    public struct Ask: Sendable, Equatable {
        public var unitID: Int
        public var taskID: Int
        public var role: ResponsibilityRole
        /// Months (1–12) in which a report on the task falls due.
        public var dueMonths: Set<Int>
        /// What a lead report fills besides its text; a cooperating unit writes its part only.
        public var indicators: [Indicator]
        public var kind: TaskKind
        /// Parent tasks a confirmed link makes this report answer too: no second report.
        public var answersParentTasks: [Int]

        public init(
            unitID: Int, taskID: Int, role: ResponsibilityRole, dueMonths: Set<Int>, indicators: [Indicator], kind: TaskKind,
            answersParentTasks: [Int] = []
        ) {
            self.unitID = unitID
            self.taskID = taskID
            self.role = role
            self.dueMonths = dueMonths
            self.indicators = indicators
            self.kind = kind
            self.answersParentTasks = answersParentTasks
        }
    }

    /// An urging sent to a unit, or a task of the unit on an inspection list, in a month.
    public struct Event: Sendable, Equatable {
        public enum Kind: String, Sendable, Codable { case urging, inspection }
        public var unitID: Int
        public var month: Int
        public var kind: Kind

        public init(unitID: Int, month: Int, kind: Kind) {
            self.unitID = unitID
            self.month = month
            self.kind = kind
        }
    }

    /// The same measure asked by several tasks in one month: filled once.
    public struct Repeat: Sendable, Codable, Equatable {
        public var metric: String
        public var taskIDs: [Int]
    }

    public struct UnitMonth: Sendable, Codable, Equatable {
        public var unitID: Int
        public var month: Int
        /// Tasks with a report due this month, at every level.
        public var tasks: Int
        /// Fields to fill, each repeated measure counted once.
        public var fields: Int
        public var urgings: Int
        public var inspections: Int
        /// Reports that also answer a parent's task through a confirmed link: asked once, read twice.
        public var reusedAcrossLevels: Int
        public var repeats: [Repeat]

        /// What a ceiling is set on: the fields a unit fills in the month, and each urging it
        /// answers and inspection it receives, since each asks for material too.
        public var load: Int { fields + urgings + inspections }
    }

    /// Every unit-month with anything asked, in unit then month order. Which measures are the same
    /// is settled once per unit, not once per month: the work grows with the unit's tasks.
    public static func measure(asks: [Ask], events: [Event]) -> [UnitMonth] {
        var months: [Key: UnitMonth] = [:]
        for (unit, held) in Dictionary(grouping: asks, by: \.unitID) {
            let fields = UnitFields(held.sorted { $0.taskID < $1.taskID })
            for month in Set(held.flatMap(\.dueMonths)) {
                months[Key(unit: unit, month: month)] = fields.month(month, unit: unit)
            }
        }
        for event in events {
            let key = Key(unit: event.unitID, month: event.month)
            var month =
                months[key]
                ?? UnitMonth(unitID: key.unit, month: key.month, tasks: 0, fields: 0, urgings: 0, inspections: 0, reusedAcrossLevels: 0, repeats: [])
            switch event.kind {
            case .urging: month.urgings += 1
            case .inspection: month.inspections += 1
            }
            months[key] = month
        }
        return months.values.sorted { ($0.unitID, $0.month) < ($1.unitID, $1.month) }
    }

    /// One unit's asks read once: each ask's plain fields (its text, a milestone's percent, a figure
    /// too vague to compare) and its measures, grouped into classes of the same measure.
    struct UnitFields {
        let asks: [Ask]
        /// Per ask: fields that are never shared.
        let plain: [Int]
        /// Per ask: the classes of the measures it asks, in indicator order.
        let classes: [[Int]]
        /// Per class: how the first ask to state it words it.
        let labels: [Int: String]

        init(_ asks: [Ask]) {
            self.asks = asks
            var plain: [Int] = []
            var keys: [(key: MetricKey, label: String, ask: Int)] = []
            for (index, ask) in asks.enumerated() {
                var count = 1  // the progress text, or the cooperating unit's part
                if ask.role == .lead {
                    if ask.kind == .milestone { count += 1 }  // percent complete
                    for i in Progress.countedIndicators(ask.indicators) {
                        let indicator = ask.indicators[i]
                        if let key = MetricKey(indicator, scope: "") {
                            keys.append((key, "\(indicator.metric)（\(indicator.unit)）", index))
                        } else {
                            count += 1
                        }
                    }
                }
                plain.append(count)
            }
            self.plain = plain
            let firsts = MetricKey.sameMeasureClasses(keys.map(\.key))
            var classes = Array(repeating: [Int](), count: asks.count)
            var labels: [Int: String] = [:]
            for (i, key) in keys.enumerated() {
                classes[key.ask].append(firsts[i])
                if firsts[i] == i { labels[i] = key.label }
            }
            self.classes = classes
            self.labels = labels
        }

        func month(_ month: Int, unit: Int) -> UnitMonth {
            let due = asks.indices.filter { asks[$0].dueMonths.contains(month) }
            var tasksByClass: [Int: [Int]] = [:]
            var order: [Int] = []
            for index in due {
                for id in classes[index] {
                    if tasksByClass[id] == nil { order.append(id) }
                    if !(tasksByClass[id]?.contains(asks[index].taskID) ?? false) { tasksByClass[id, default: []].append(asks[index].taskID) }
                }
            }
            return UnitMonth(
                unitID: unit, month: month, tasks: Set(due.map { asks[$0].taskID }).count,
                fields: due.map { plain[$0] }.reduce(0, +) + order.count, urgings: 0, inspections: 0,
                reusedAcrossLevels: due.filter { !asks[$0].answersParentTasks.isEmpty }.count,
                repeats: order.compactMap { id in
                    tasksByClass[id].flatMap { $0.count > 1 ? Repeat(metric: labels[id] ?? "", taskIDs: $0) : nil }
                })
        }
    }

    /// What a government asks before and after a change: a deadline moved, a task given to
    /// another unit, an inspection list drawn.
    public struct Demand: Sendable {
        public var asks: [Ask]
        public var events: [Event]

        public init(asks: [Ask], events: [Event]) {
            self.asks = asks
            self.events = events
        }
    }

    /// The unit-months a change would push over the ceiling: over after, not over before.
    public static func pushedOver(from before: Demand, to after: Demand, ceiling: Int) -> [UnitMonth] {
        let was = Dictionary(
            uniqueKeysWithValues: measure(asks: before.asks, events: before.events).map { (Key(unit: $0.unitID, month: $0.month), $0.load) })
        return measure(asks: after.asks, events: after.events).filter { month in
            month.load > ceiling && (was[Key(unit: month.unitID, month: month.month)] ?? 0) <= ceiling
        }
    }

    struct Key: Hashable {
        var unit: Int
        var month: Int
    }
}
