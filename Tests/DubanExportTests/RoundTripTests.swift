import DubanCore
import DubanExport
import Foundation
import Testing

/// The key promise: a plan exported in any format and imported again is the same plan.
/// Checked on the two real samples, field by field against what the direct import reads.
@Suite struct RoundTripTests {
    static let cases: [(sample: String, format: ExportFormat)] = ExportSupport.samples.flatMap { sample in
        ExportFormat.allCases.map { (sample, $0) }
    }

    @Test(arguments: cases)
    func exportedPlanReadsBackTheSame(sample: String, format: ExportFormat) throws {
        let plan = try ExportSupport.imported(sample)
        let data = try PlanExporter().export(plan, as: format)
        let path = try ExportSupport.write(data, name: "\(sample).\(format.rawValue)")
        let back = try PlanImporter().importPlan(path: path)
        #expect(back.government == plan.government)
        #expect(back.year == plan.year)
        #expect(back.tasks.count == plan.tasks.count)
        let want = ExportSupport.fields(plan)
        let got = ExportSupport.fields(back)
        for (index, line) in want.enumerated() where index < got.count {
            #expect(got[index] == line, "\(sample).\(format.rawValue) task \(index + 1)")
        }
        // Nothing was guessed on the way back: merged cells are real merges, names are whole.
        #expect(
            back.allWarnings.filter { $0.code != .inheritedField }.count
                <= plan.allWarnings.filter { $0.code != .inheritedField }.count)
    }

    /// A second export of the re-imported plan is the first one again, byte for byte.
    @Test(arguments: [ExportFormat.docx, .xlsx, .csv])
    func exportIsStable(format: ExportFormat) throws {
        let plan = try ExportSupport.imported("tianning-2022")
        let first = try PlanExporter().export(plan, as: format)
        let path = try ExportSupport.write(first, name: "again.\(format.rawValue)")
        var back = try PlanImporter().importPlan(path: path)
        // Attachment titles are kept by every table format; the JSON contract has no place for them.
        back.attachments = plan.attachments
        #expect(try PlanExporter().export(back, as: format) == first)
    }

    /// A plan without attachments, government or year, with text that needs quoting and
    /// escaping, and a three-level path: what the samples do not exercise.
    @Test(arguments: [ExportFormat.docx, .xlsx, .csv, .json])
    func awkwardPlanReadsBackTheSame(format: ExportFormat) throws {
        let tasks = [
            PlanTask(
                attachment: 1, path: ["主要目标"], label: "(1)", text: "引号\"与逗号,以及<尖括号>&符号都要保留。",
                leaders: ["张三"], leadUnits: ["发改局"], coopUnits: ["财政局", "统计局"], deadline: "2023-06"),
            PlanTask(
                attachment: 1, path: ["主要目标"], label: "(2)", text: "第二项任务，分管领导与配合单位同上。",
                leaders: ["张三"], leadUnits: ["工信局"], coopUnits: ["财政局", "统计局"], deadline: "2023-06"),
            PlanTask(
                attachment: 1, path: ["民生实事", "城乡基础设施", "市政设施"], label: "(3)", text: "新增停车泊位1600个。",
                leaders: ["李四"], leadUnits: ["住建局"], coopUnits: [], deadline: "2023-12"),
            PlanTask(
                attachment: 1, path: ["民生实事", "城乡基础设施", "环卫设施"], label: "(4)", text: "改造公厕10座。",
                leaders: ["李四"], leadUnits: ["城管局"], coopUnits: ["各街道"], deadline: nil),
            PlanTask(
                attachment: 1, path: ["民生实事"], label: "(5)", text: "回到上一级分组的任务。",
                leaders: [], leadUnits: ["卫健局"], coopUnits: [], deadline: nil),
        ]
        let plan = Plan(government: nil, year: nil, attachments: [], tasks: tasks, format: .docx)
        let data = try PlanExporter().export(plan, as: format)
        let path = try ExportSupport.write(data, name: "awkward.\(format.rawValue)")
        let back = try PlanImporter().importPlan(path: path)
        #expect(back.government == nil)
        #expect(back.year == nil)
        #expect(ExportSupport.fields(back) == ExportSupport.fields(plan))
    }
}
