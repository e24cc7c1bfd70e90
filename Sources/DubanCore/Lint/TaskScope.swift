/// Whose territory a task's numbers are about. A task led by one town or park (经开区 …) states
/// that body's targets, which differ from the district's own for the same metric
/// (经开区 净增高新技术企业30个 vs the district's 100家); everything else is the district.
enum TaskScope {
    static let district = ""

    static func of(_ task: PlanTask, in directory: UnitDirectory) -> String {
        let units = task.leadUnits.flatMap { directory.resolve($0).units }
        guard units.count == 1, let unit = directory.unit(named: units[0]),
            unit.kind == .town || unit.kind == .park
        else { return district }
        return unit.name
    }
}
