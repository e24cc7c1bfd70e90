import DubanStrings

/// Unit names the directory cannot place: a fragment of two names run together, a name that
/// looks like no unit (or, with a closed directory file, one the file does not list), and one
/// unit printed under several names in the same plan.
struct UnitNameRule: LintRule {
    func check(_ context: LintContext) -> [Finding] {
        let directory = context.directory
        var findings: [Finding] = []
        for composite in directory.composites {
            findings.append(
                Finding(
                    .warning, .fragmentUnit, Strings.Lint.fragmentUnit(composite.name, parts: composite.parts),
                    tasks: context.tasksNaming([composite.name])))
        }
        for unit in directory.units where !unit.printed.isEmpty {
            if !unit.recognised || (directory.closed && !unit.configured) {
                findings.append(
                    Finding(
                        .warning, .unknownUnit,
                        Strings.Lint.unknownUnit(unit.name, closed: directory.closed && unit.recognised),
                        tasks: context.tasksNaming(unit.printed)))
            }
            if unit.printed.count > 1 {
                findings.append(
                    Finding(
                        .info, .unitSpellings, Strings.Lint.unitSpellings(unit.printed, canonical: unit.name),
                        tasks: context.tasksNaming(unit.printed.dropFirst())))
            }
        }
        return findings
    }
}
