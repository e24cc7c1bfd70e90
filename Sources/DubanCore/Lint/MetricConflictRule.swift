import DubanStrings

/// The same target stated with different values in two places of one plan, across attachments
/// too. Values that agree are the plan repeating itself, which is fine; 确保 and 力争 tiers are
/// two targets by design.
struct MetricConflictRule: LintRule {
    struct Statement {
        var task: Int
        var indicator: Indicator
    }

    func check(_ context: LintContext) -> [Finding] {
        // Statements grouped by what they can be compared on (unit, kind of change, territory),
        // then by metric text; distinct texts are few, so comparing them pairwise stays cheap
        // even for a file of thousands of identical rows.
        var byText: [MetricKey: [Statement]] = [:]
        var order: [MetricKey] = []
        var parts: [Statement] = []
        for (index, analysis) in context.analyses.enumerated() {
            let scope = TaskScope.of(context.tasks[index], in: context.directory)
            for indicator in analysis.indicators {
                guard let key = MetricKey(indicator, scope: scope) else { continue }
                if byText[key] == nil { order.append(key) }
                byText[key, default: []].append(Statement(task: index, indicator: indicator))
                if scope != TaskScope.district { parts.append(Statement(task: index, indicator: indicator)) }
            }
        }
        var findings: [Finding] = []
        for component in MetricKey.sameMeasure(order) {
            let statements = component.flatMap { byText[$0] ?? [] }.sorted { $0.task < $1.task }
            guard Set(statements.map(\.task)).count > 1 else { continue }
            if let finding = conflict(statements, context: context) { findings.append(finding) }
        }
        findings += partsAboveWhole(parts, byText: byText, context: context)
        return findings
    }

    /// A town's or park's target above the district's own for the same count or amount
    /// (经开区 行业知名企业不少于4家, the district 3家以上): the part cannot exceed the whole.
    private func partsAboveWhole(_ parts: [Statement], byText: [MetricKey: [Statement]], context: LintContext) -> [Finding] {
        var findings: [Finding] = []
        var reported: Set<[Int]> = []
        for part in parts where MetricKey.isAdditive(part.indicator.unit) {
            guard let own = MetricKey(part.indicator, scope: TaskScope.district) else { continue }
            let wholes = byText.filter { $0.key.scope == TaskScope.district && $0.key.comparable(with: own) && own.measuresSame(as: $0.key) }
                .flatMap(\.value)
            for whole in wholes where whole.task != part.task && part.indicator.value > whole.indicator.value * (1 + 1e-9) {
                let pair = [whole.task, part.task].sorted()
                guard reported.insert(pair).inserted else { continue }
                let values = [whole, part].map { Strings.Lint.statedValue(IndicatorValueText.value($0.indicator), at: context.reference($0.task)) }
                findings.append(Finding(.warning, .metricConflict, Strings.Lint.partAboveWhole(part.indicator.metric, values: values), tasks: pair))
            }
        }
        return findings
    }

    /// One finding per metric: the tasks whose values share nothing with another task's.
    /// A task's values are compared as a set, so `确保2家、力争3家` agrees with a plain `2家`.
    private func conflict(_ statements: [Statement], context: LintContext) -> Finding? {
        var byTask: [(task: Int, indicators: [Indicator])] = []
        for statement in statements {
            if let at = byTask.firstIndex(where: { $0.task == statement.task }) {
                byTask[at].indicators.append(statement.indicator)
            } else {
                byTask.append((statement.task, [statement.indicator]))
            }
        }
        var involved: Set<Int> = []
        var disjoint = false
        for (i, a) in byTask.enumerated() {
            for b in byTask[(i + 1)...] where !share(a.indicators, b.indicators) {
                involved.formUnion([a.task, b.task])
                let overlapping = a.indicators.contains { x in b.indicators.contains { ValueInterval(x).overlaps(ValueInterval($0)) } }
                disjoint = disjoint || !overlapping
            }
        }
        guard !involved.isEmpty else { return nil }
        let tasks = byTask.map(\.task).filter(involved.contains)
        let values = byTask.filter { involved.contains($0.task) }.map { entry in
            Strings.Lint.statedValue(
                entry.indicators.map(IndicatorValueText.value).joined(separator: "、"),
                at: context.reference(entry.task))
        }
        let metric = statements[0].indicator.metric
        return Finding(
            disjoint ? .error : .warning, .metricConflict,
            Strings.Lint.metricConflict(metric, values: values, compatible: !disjoint), tasks: tasks)
    }

    /// Do two tasks state at least one common value?
    private func share(_ a: [Indicator], _ b: [Indicator]) -> Bool {
        a.contains { x in
            b.contains { y in
                let scale = max(abs(x.value), abs(y.value), 1e-9)
                return abs(x.value - y.value) / scale <= 1e-9
            }
        }
    }
}

/// The values an indicator allows, for telling "different but compatible" (≥20 and 25) from
/// "cannot both hold" (=13 and =6).
struct ValueInterval {
    var low: Double
    var high: Double

    init(_ indicator: Indicator) {
        let v = indicator.value
        switch indicator.comparator {
        case .equal: (low, high) = (v, v)
        case .about: (low, high) = (v * 0.95, v * 1.05)
        case .atLeast, .greater: (low, high) = (v, .infinity)
        case .atMost, .less: (low, high) = (-.infinity, v)
        }
    }

    func overlaps(_ other: ValueInterval) -> Bool { low <= other.high && other.low <= high }
}
