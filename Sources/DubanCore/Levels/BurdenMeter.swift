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

        /// What a ceiling is set on: the fields a unit fills in the month.
        public var load: Int { fields }
    }

    /// Every unit-month with anything asked, in unit then month order.
    public static func measure(asks: [Ask], events: [Event]) -> [UnitMonth] {
        var months: [Key: UnitMonth] = [:]
        func entry(_ key: Key) -> UnitMonth {
            months[key] ?? UnitMonth(unitID: key.unit, month: key.month, tasks: 0, fields: 0, urgings: 0, inspections: 0, reusedAcrossLevels: 0, repeats: [])
        }
        let byUnitMonth = Dictionary(grouping: asks.flatMap { ask in ask.dueMonths.map { (Key(unit: ask.unitID, month: $0), ask) } }, by: \.0)
        for (key, pairs) in byUnitMonth {
            var month = entry(key)
            let due = pairs.map(\.1)
            month.tasks = Set(due.map(\.taskID)).count
            var seen: [MetricKey: (label: String, tasks: [Int])] = [:]
            var order: [MetricKey] = []
            for ask in due.sorted(by: { $0.taskID < $1.taskID }) {
                month.fields += 1  // the progress text, or the cooperating unit's part
                if !ask.answersParentTasks.isEmpty { month.reusedAcrossLevels += 1 }
                guard ask.role == .lead else { continue }
                if ask.kind == .milestone { month.fields += 1 }  // percent complete
                for index in Progress.countedIndicators(ask.indicators) {
                    let indicator = ask.indicators[index]
                    guard let metric = MetricKey(indicator, scope: "") else {
                        month.fields += 1
                        continue
                    }
                    if let earlier = order.first(where: { $0.comparable(with: metric) && $0.measuresSame(as: metric) }) {
                        if !(seen[earlier]?.tasks.contains(ask.taskID) ?? true) { seen[earlier]?.tasks.append(ask.taskID) }
                        continue
                    }
                    order.append(metric)
                    seen[metric] = ("\(indicator.metric)（\(indicator.unit)）", [ask.taskID])
                    month.fields += 1
                }
            }
            month.repeats = order.compactMap { key in seen[key].flatMap { $0.tasks.count > 1 ? Repeat(metric: $0.label, taskIDs: $0.tasks) : nil } }
            months[key] = month
        }
        for event in events {
            let key = Key(unit: event.unitID, month: event.month)
            var month = entry(key)
            switch event.kind {
            case .urging: month.urgings += 1
            case .inspection: month.inspections += 1
            }
            months[key] = month
        }
        return months.values.sorted { ($0.unitID, $0.month) < ($1.unitID, $1.month) }
    }

    /// The unit-months a change would push over the ceiling: over after, not over before.
    public static func pushedOver(before: [Ask], adding: [Ask], events: [Event], ceiling: Int) -> [UnitMonth] {
        let was = Dictionary(uniqueKeysWithValues: measure(asks: before, events: events).map { (Key(unit: $0.unitID, month: $0.month), $0.load) })
        return measure(asks: before + adding, events: events).filter { month in
            month.load > ceiling && (was[Key(unit: month.unitID, month: month.month)] ?? 0) <= ceiling
        }
    }

    struct Key: Hashable {
        var unit: Int
        var month: Int
    }
}
