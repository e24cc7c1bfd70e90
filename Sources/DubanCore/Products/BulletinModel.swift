import Foundation

/// One task as the bulletin sees it at the end of the month: its light already evaluated.
public struct BulletinTask: Codable, Sendable, Equatable {
    public var id: Int
    public var label: String
    public var text: String
    /// The section it is counted under (the plan's first path element: 一、主要预期目标).
    public var section: String
    public var leadUnits: [String]
    public var light: Light
    public var reasons: [String]
    public var openUrgings: Int
    public var urgedThisMonth: Bool
    /// Past its deadline and not closed.
    public var overdue: Bool
    public var closed: Bool

    public init(id: Int, label: String, text: String, section: String, leadUnits: [String], light: Light,
                reasons: [String] = [], openUrgings: Int = 0, urgedThisMonth: Bool = false, overdue: Bool = false,
                closed: Bool = false) {
        self.id = id
        self.label = label
        self.text = text
        self.section = section
        self.leadUnits = leadUnits
        self.light = light
        self.reasons = reasons
        self.openUrgings = openUrgings
        self.urgedThisMonth = urgedThisMonth
        self.overdue = overdue
        self.closed = closed
    }
}

/// A leader's instruction (批示) on a task, quoted in the bulletin.
public struct BulletinInstruction: Codable, Sendable, Equatable {
    public var taskLabel: String
    public var leader: String
    public var text: String
    public var date: Date

    public init(taskLabel: String, leader: String, text: String, date: Date) {
        self.taskLabel = taskLabel
        self.leader = leader
        self.text = text
        self.date = date
    }
}

/// Everything the drafter needs, gathered by the caller; no database in sight.
public struct BulletinInput: Sendable {
    public var governmentName: String
    public var planTitle: String
    public var year: Int
    public var month: Int
    public var tasks: [BulletinTask]
    /// Task id → light at the end of last month; empty for the first bulletin.
    public var previousLights: [Int: Light]
    public var instructions: [BulletinInstruction]

    public init(governmentName: String, planTitle: String, year: Int, month: Int, tasks: [BulletinTask],
                previousLights: [Int: Light] = [:], instructions: [BulletinInstruction] = []) {
        self.governmentName = governmentName
        self.planTitle = planTitle
        self.year = year
        self.month = month
        self.tasks = tasks
        self.previousLights = previousLights
        self.instructions = instructions
    }
}

/// The monthly bulletin (月通报) as drafted; the office edits `summary` and `closing` before
/// publishing, so they are plain text and the rest is the figures they speak of.
public struct Bulletin: Codable, Sendable, Equatable {
    public var title: String
    public var issuer: String
    public var summary: String
    /// `Light.rawValue` → tasks with that light, every light present (zero included).
    public var counts: [String: Int]
    /// `Light.rawValue` → change since last month; empty when there was no previous bulletin.
    public var changes: [String: Int]
    public var sections: [SectionLine]
    /// Best first; see `UnitLine.rank`.
    public var units: [UnitLine]
    /// Red tasks, then yellow ones, each in plan order.
    public var lagging: [TaskLine]
    public var overdue: [TaskLine]
    public var urged: [TaskLine]
    /// In date order.
    public var instructions: [BulletinInstruction]
    public var closing: String

    public init(title: String, issuer: String, summary: String, counts: [String: Int], changes: [String: Int],
                sections: [SectionLine], units: [UnitLine], lagging: [TaskLine], overdue: [TaskLine],
                urged: [TaskLine], instructions: [BulletinInstruction], closing: String) {
        self.title = title
        self.issuer = issuer
        self.summary = summary
        self.counts = counts
        self.changes = changes
        self.sections = sections
        self.units = units
        self.lagging = lagging
        self.overdue = overdue
        self.urged = urged
        self.instructions = instructions
        self.closing = closing
    }

    /// The count for a light (0 when absent).
    public func count(_ light: Light) -> Int { counts[light.rawValue] ?? 0 }

    /// The change for a light since last month; nil when there was no previous bulletin.
    public func change(_ light: Light) -> Int? { changes.isEmpty ? nil : changes[light.rawValue] ?? 0 }

    public var total: Int { counts.values.reduce(0, +) }

    /// One section's tasks by light. `pending` makes the row add up to `total`.
    public struct SectionLine: Codable, Sendable, Equatable {
        public var name: String
        public var total: Int
        public var green: Int
        public var yellow: Int
        public var red: Int
        public var done: Int
        public var pending: Int

        public init(name: String, total: Int = 0, green: Int = 0, yellow: Int = 0, red: Int = 0, done: Int = 0,
                    pending: Int = 0) {
            self.name = name
            self.total = total
            self.green = green
            self.yellow = yellow
            self.red = red
            self.done = done
            self.pending = pending
        }
    }

    /// One lead unit's tasks by light (a task with two lead units counts for both).
    public struct UnitLine: Codable, Sendable, Equatable {
        public var name: String
        /// 1-based; units that tie (same rate, same share of red) share a rank, the next rank
        /// skipping as in 并列. Nil when none of the unit's tasks has a light yet.
        public var rank: Int?
        public var tasks: Int
        public var green: Int
        public var yellow: Int
        public var red: Int
        public var done: Int
        public var pending: Int
        /// Green and done as a share (0…1) of the tasks that have a light (pending ones aside,
        /// so a unit is not ranked down for tasks not yet due). Nil when none has.
        public var rate: Double?

        public init(name: String, rank: Int?, tasks: Int, green: Int, yellow: Int, red: Int, done: Int, pending: Int,
                    rate: Double?) {
            self.name = name
            self.rank = rank
            self.tasks = tasks
            self.green = green
            self.yellow = yellow
            self.red = red
            self.done = done
            self.pending = pending
            self.rate = rate
        }
    }

    /// A task named in the bulletin.
    public struct TaskLine: Codable, Sendable, Equatable {
        public var id: Int
        public var label: String
        /// The work standard's first sentence, cut short when long.
        public var text: String
        public var units: [String]
        public var light: Light
        public var reasons: [String]

        public init(id: Int, label: String, text: String, units: [String], light: Light, reasons: [String]) {
            self.id = id
            self.label = label
            self.text = text
            self.units = units
            self.light = light
            self.reasons = reasons
        }
    }
}
