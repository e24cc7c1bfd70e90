import DubanStrings

/// Looks for contradictions and gaps in a plan. Each rule is a small type of its own; the
/// linter runs them all and orders the findings by severity, then by first task.
public struct PlanLinter: Sendable {
    public var config: DirectoryConfig?

    public init(config: DirectoryConfig? = nil) {
        self.config = config
    }

    public func lint(_ plan: Plan) -> [Finding] {
        let context = LintContext(plan: plan, directory: UnitDirectory.infer(from: plan, config: config))
        return lint(context)
    }

    public func lint(_ context: LintContext) -> [Finding] {
        var findings: [Finding] = []
        for rule in Self.rules {
            findings += rule.check(context)
        }
        return findings.enumerated().sorted { a, b in
            if a.element.severity != b.element.severity { return a.element.severity < b.element.severity }
            let ta = a.element.tasks.first ?? Int.max
            let tb = b.element.tasks.first ?? Int.max
            return ta != tb ? ta < tb : a.offset < b.offset
        }.map(\.element)
    }

    static let rules: [any LintRule] = [
        MetricConflictRule(), SubtotalRule(), MissingLeadUnitRule(), MissingLeaderRule(), UnitNameRule(),
        CollectiveRule(), UnmeasurableRule(), DeadlineRule(), DuplicateRule(),
    ]
}

protocol LintRule: Sendable {
    func check(_ context: LintContext) -> [Finding]
}

/// What every rule may look at: the plan, its directory, and the indicators of each task.
public struct LintContext: Sendable {
    public var plan: Plan
    public var directory: UnitDirectory
    /// Per task: its kind and indicators, from the import or, where the import did not
    /// analyse it, from the extractor now.
    public var analyses: [StandardAnalysis]
    /// Per task: the lookup keys of its lead and cooperating unit names.
    var leadKeys: [[String]]
    var coopKeys: [[String]]
    /// Per task: its 1-based position within its attachment.
    private var positions: [Int]

    public init(plan: Plan, directory: UnitDirectory) {
        self.plan = plan
        self.directory = directory
        var extractor: IndicatorExtractor?
        analyses = plan.tasks.map { task in
            if let kind = task.kind { return StandardAnalysis(kind: kind, indicators: task.indicators) }
            if extractor == nil { extractor = IndicatorExtractor() }
            return extractor!.analyse(task.text)
        }
        leadKeys = plan.tasks.map { $0.leadUnits.map(UnitNameText.key) }
        coopKeys = plan.tasks.map { $0.coopUnits.map(UnitNameText.key) }
        var seen: [Int: Int] = [:]
        positions = plan.tasks.map { task in
            seen[task.attachment, default: 0] += 1
            return seen[task.attachment]!
        }
    }

    public var tasks: [PlanTask] { plan.tasks }

    /// How a person finds the task: `附件1 (14)`, or `附件2 第3项` where it has no label.
    public func reference(_ index: Int) -> String {
        let task = plan.tasks[index]
        return Strings.Lint.taskRef(
            attachment: task.attachment, label: task.label, position: positions[index],
            excerpt: Strings.Lint.excerpt(task.text))
    }

    /// Tasks that print any of these names (as lead or cooperating unit), in order.
    func tasksNaming(_ names: some Sequence<String>) -> [Int] {
        let keys = Set(names.map(UnitNameText.key))
        return plan.tasks.indices.filter { index in
            leadKeys[index].contains(where: keys.contains) || coopKeys[index].contains(where: keys.contains)
        }
    }
}
