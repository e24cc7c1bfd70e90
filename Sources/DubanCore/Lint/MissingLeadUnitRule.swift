import DubanStrings

/// A task nobody leads: nobody will report on it.
struct MissingLeadUnitRule: LintRule {
    func check(_ context: LintContext) -> [Finding] {
        context.tasks.indices.filter { context.tasks[$0].leadUnits.isEmpty }.map { index in
            Finding(.error, .missingLeadUnit, Strings.Lint.missingLeadUnit(context.reference(index)), tasks: [index])
        }
    }
}
