/// 一单位一清单 and 一领导一清单: for each unit the tasks it leads and the tasks it cooperates on
/// (reached directly or through a collective name), for each leader their tasks.
public struct ResponsibilityLists: Sendable, Equatable {
    public struct Entry: Sendable, Equatable {
        /// Index into the plan's tasks.
        public var task: Int
        /// The printed collective or fragment that brought the unit in, nil when named directly.
        public var via: String?

        public init(task: Int, via: String? = nil) {
            self.task = task
            self.via = via
        }
    }

    public var lead: [String: [Entry]] = [:]
    public var coop: [String: [Entry]] = [:]
    /// Collective name → tasks where it is printed as lead / as cooperating.
    public var collectiveLead: [String: [Int]] = [:]
    public var collectiveCoop: [String: [Int]] = [:]
    public var leaderTasks: [String: [Int]] = [:]

    public init(plan: Plan, directory: UnitDirectory) {
        for (index, task) in plan.tasks.enumerated() {
            let leads = add(task.leadUnits, task: index, to: \.lead, collectives: \.collectiveLead, directory: directory, except: [])
            _ = add(task.coopUnits, task: index, to: \.coop, collectives: \.collectiveCoop, directory: directory, except: leads)
            for leader in task.leaders {
                let key = NameText.removingWhitespace(leader)
                if leaderTasks[key]?.last != index { leaderTasks[key, default: []].append(index) }
            }
        }
    }

    /// Adds the task to every unit the names stand for; returns those units.
    private mutating func add(
        _ names: [String], task: Int, to list: WritableKeyPath<Self, [String: [Entry]]>,
        collectives: WritableKeyPath<Self, [String: [Int]]>,
        directory: UnitDirectory, except: Set<String>
    ) -> Set<String> {
        var done = except
        // Direct mentions first, so a unit named both directly and through 各街道 counts as direct.
        let resolved = names.map { ($0, directory.resolve($0)) }
        let direct = resolved.filter { $0.1.collectives.isEmpty && !$0.1.composite }
        let indirect = resolved.filter { !($0.1.collectives.isEmpty && !$0.1.composite) }
        for (printed, resolution) in direct + indirect {
            for name in resolution.collectives where self[keyPath: collectives][name]?.last != task {
                self[keyPath: collectives][name, default: []].append(task)
            }
            for unit in resolution.units where done.insert(unit).inserted {
                let via = directory.isDirectName(printed, of: unit) ? nil : printed
                self[keyPath: list][unit, default: []].append(Entry(task: task, via: via))
            }
        }
        return done
    }
}
