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
    /// The causes of the first reasons (`LightCause`): what sorts a task into 进度滞后,
    /// 报送不及时 and 未报送.
    public var causes: [LightCause]
    public var openUrgings: Int
    public var urgedThisMonth: Bool
    /// Past its deadline and not closed.
    public var overdue: Bool
    public var closed: Bool

    public init(
        id: Int, label: String, text: String, section: String, leadUnits: [String], light: Light,
        reasons: [String] = [], causes: [LightCause] = [], openUrgings: Int = 0, urgedThisMonth: Bool = false,
        overdue: Bool = false, closed: Bool = false
    ) {
        self.id = id
        self.label = label
        self.text = text
        self.section = section
        self.leadUnits = leadUnits
        self.light = light
        self.reasons = reasons
        self.causes = causes
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
    /// The reporting round the bulletin is about (its month, 1…12).
    public var month: Int
    /// The tasks as the board showed them at `cutoff`.
    public var tasks: [BulletinTask]
    /// Task id → light at the end of last month; empty for the first bulletin.
    public var previousLights: [Int: Light]
    public var instructions: [BulletinInstruction]
    /// The round's due day, and the moment its figures were read (the board's date).
    public var roundDue: Date
    public var cutoff: Date
    /// The day the bulletin is issued: reply dates count from it.
    public var issuedOn: Date
    /// Working days the units have to reply.
    public var replyDays: Int
    /// The working-day calendar the reply date counts with.
    public var workCalendar: WorkCalendar
    /// Names that are not one unit (各街道, 相关街道, pseudo-units nobody logs in as): never ranked.
    public var unrankable: Set<String>
    /// Units with fewer tasks with a light than this are listed but not ranked.
    public var minimumToRank: Int

    public init(
        governmentName: String, planTitle: String, year: Int, month: Int, tasks: [BulletinTask],
        previousLights: [Int: Light] = [:], instructions: [BulletinInstruction] = [],
        roundDue: Date? = nil, cutoff: Date? = nil, issuedOn: Date? = nil, replyDays: Int = 5,
        unrankable: Set<String> = [], minimumToRank: Int = 3, workCalendar: WorkCalendar = .stateCouncil
    ) {
        self.governmentName = governmentName
        self.planTitle = planTitle
        self.year = year
        self.month = month
        self.tasks = tasks
        self.previousLights = previousLights
        self.instructions = instructions
        let due = roundDue ?? Periods.period(year: year, index: month).due
        self.roundDue = due
        self.cutoff = cutoff ?? due
        self.issuedOn = issuedOn ?? cutoff ?? due
        self.replyDays = replyDays
        self.workCalendar = workCalendar
        self.unrankable = unrankable
        self.minimumToRank = minimumToRank
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
    /// 进度滞后: behind 序时 or below target; red tasks, then yellow ones, each in plan order.
    public var lagging: [TaskLine]
    /// 报送不及时: late, overdue, incomplete or returned and not refiled.
    public var late: [TaskLine]
    /// 未报送: the round's report never came.
    public var missing: [TaskLine]
    public var overdue: [TaskLine]
    public var urged: [TaskLine]
    /// In date order.
    public var instructions: [BulletinInstruction]
    public var closing: String
    /// How the units were ranked, as a sentence the bulletin prints.
    public var rankingRule: String
    /// When the figures were read; nil in bulletins drafted before it was recorded.
    public var cutoff: Date?
    /// The day it was drafted, which the drafted reply date counts from.
    public var draftedOn: Date?

    public init(
        title: String, issuer: String, summary: String, counts: [String: Int], changes: [String: Int],
        sections: [SectionLine], units: [UnitLine], lagging: [TaskLine], late: [TaskLine] = [], missing: [TaskLine] = [],
        overdue: [TaskLine], urged: [TaskLine], instructions: [BulletinInstruction], closing: String,
        rankingRule: String = "", cutoff: Date? = nil, draftedOn: Date? = nil
    ) {
        self.title = title
        self.issuer = issuer
        self.summary = summary
        self.counts = counts
        self.changes = changes
        self.sections = sections
        self.units = units
        self.lagging = lagging
        self.late = late
        self.missing = missing
        self.overdue = overdue
        self.urged = urged
        self.instructions = instructions
        self.closing = closing
        self.rankingRule = rankingRule
        self.cutoff = cutoff
        self.draftedOn = draftedOn
    }

    private enum CodingKeys: String, CodingKey {
        case title, issuer, summary, counts, changes, sections, units, lagging, late, missing, overdue, urged, instructions, closing
        case rankingRule, cutoff, draftedOn
    }

    // Bulletins published before the reporting lists and the ranking rule existed still read.
    public init(from decoder: any Decoder) throws {
        let c = try decoder.container(keyedBy: CodingKeys.self)
        title = try c.decode(String.self, forKey: .title)
        issuer = try c.decode(String.self, forKey: .issuer)
        summary = try c.decode(String.self, forKey: .summary)
        counts = try c.decode([String: Int].self, forKey: .counts)
        changes = try c.decode([String: Int].self, forKey: .changes)
        sections = try c.decode([SectionLine].self, forKey: .sections)
        units = try c.decode([UnitLine].self, forKey: .units)
        lagging = try c.decode([TaskLine].self, forKey: .lagging)
        late = try c.decodeIfPresent([TaskLine].self, forKey: .late) ?? []
        missing = try c.decodeIfPresent([TaskLine].self, forKey: .missing) ?? []
        overdue = try c.decode([TaskLine].self, forKey: .overdue)
        urged = try c.decode([TaskLine].self, forKey: .urged)
        instructions = try c.decode([BulletinInstruction].self, forKey: .instructions)
        closing = try c.decode(String.self, forKey: .closing)
        rankingRule = try c.decodeIfPresent(String.self, forKey: .rankingRule) ?? ""
        cutoff = try c.decodeIfPresent(Date.self, forKey: .cutoff)
        draftedOn = try c.decodeIfPresent(Date.self, forKey: .draftedOn)
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

        public init(
            name: String, total: Int = 0, green: Int = 0, yellow: Int = 0, red: Int = 0, done: Int = 0,
            pending: Int = 0
        ) {
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
        /// 1-based, by `BulletinDrafter.rankedUnits`; units that tie share a rank, the next rank
        /// skipping as in 并列. Nil when the unit has too few tasks with a light to rank.
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

        public init(
            name: String, rank: Int?, tasks: Int, green: Int, yellow: Int, red: Int, done: Int, pending: Int,
            rate: Double?
        ) {
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
