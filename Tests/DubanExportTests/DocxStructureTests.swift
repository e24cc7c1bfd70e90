import DubanCore
import DubanDocuments
import DubanExport
import Foundation
import Testing

/// The Word file is a real issued table: well-formed parts, a header row repeated on each
/// page, heading rows spanning the table, responsibility cells merged where tasks share them.
@Suite struct DocxStructureTests {
    @Test func partsAreWellFormedAndComplete() throws {
        let data = try PlanExporter().export(try ExportSupport.imported("zhonglou-2022"), as: .docx)
        let entries = try ExportSupport.entries(data)
        #expect(entries.first == "[Content_Types].xml")
        for part in ["[Content_Types].xml", "_rels/.rels", "word/document.xml", "word/styles.xml", "word/_rels/document.xml.rels"] {
            let xml = try #require(try ExportSupport.part(data, part), "\(part) present")
            #expect(ExportSupport.isWellFormed(xml), "\(part) is well-formed")
        }
    }

    @Test func tablesFollowTheIssuedLayout() throws {
        let plan = try ExportSupport.imported("zhonglou-2022")
        let data = try PlanExporter().export(plan, as: .docx)
        let document = try DocumentReader().read(data: data, name: "zhonglou.docx")
        let paragraphs = document.blocks.compactMap { if case .paragraph(let p) = $0 { p.text } else { nil } }
        #expect(paragraphs.first == "常州市钟楼区人民政府")
        #expect(paragraphs.contains("附件1") && paragraphs.contains("附件2"))
        for attachment in plan.attachments where !attachment.title.isEmpty {
            #expect(paragraphs.contains(attachment.title), "title of 附件\(attachment.number)")
        }
        // One table per attachment, each opening with the header row.
        #expect(document.tables.count == 2)
        let header = try #require(document.tables.first?.rows.first).cells.map(\.text)
        #expect(header == ["序号", "工作标准", "分管领导", "牵头单位", "配合单位"])

        let table = document.tables[0]
        let sections = table.rows.filter { row in
            row.cells.dropFirst().allSatisfy { $0.merge == .fromLeft } && row.cells[0].text.contains("、")
        }
        #expect(sections.first?.cells.first?.text == "一、四大功能区建设")
        let firstSections = plan.tasks.filter { $0.attachment == 1 }.compactMap(\.path.first)
        #expect(sections.count == Set(firstSections).count)
    }

    /// Wherever a task has the same leader (or lead units, coop units) as the task above it in
    /// the same group, its cell is merged into the one above; nowhere else.
    @Test func sharedResponsibilityCellsAreMerged() throws {
        let plan = try ExportSupport.imported("zhonglou-2022")
        let data = try PlanExporter().export(plan, as: .docx)
        let xml = try #require(try ExportSupport.part(data, "word/document.xml"))
        #expect(xml.contains("<w:tblHeader/>"))
        #expect(xml.contains("<w:vMerge w:val=\"restart\"/>"))
        #expect(xml.contains("<w:gridSpan w:val=\"5\"/>"))

        let document = try DocumentReader().read(data: data, name: "zhonglou.docx")
        var expected = 0
        var previous: PlanTask?
        for task in plan.tasks {
            if let above = previous, above.attachment == task.attachment, above.path.prefix(2) == task.path.prefix(2) {
                expected +=
                    [
                        above.leaders == task.leaders && !task.leaders.isEmpty,
                        above.leadUnits == task.leadUnits && !task.leadUnits.isEmpty,
                        above.coopUnits == task.coopUnits && !task.coopUnits.isEmpty,
                    ].filter { $0 }.count
            }
            previous = task
        }
        let merged = document.tables.flatMap(\.rows).flatMap(\.cells).filter { $0.merge == .fromAbove }.count
        #expect(expected > 50, "the sample shares many cells")
        #expect(merged == expected)
    }

    @Test func pageIsA4Landscape() throws {
        let data = try PlanExporter().export(try ExportSupport.imported("tianning-2022"), as: .docx)
        let xml = try #require(try ExportSupport.part(data, "word/document.xml"))
        #expect(xml.contains("<w:pgSz w:w=\"16838\" w:h=\"11906\" w:orient=\"landscape\"/>"))
        // The 民生实事 table has deadlines, the first table has none: each shows its own columns.
        let document = try DocumentReader().read(data: data, name: "tianning.docx")
        #expect(document.tables.map { $0.rows[0].cells.map(\.text).last } == ["配合单位", "完成时限"])
        // A third level of grouping opens its work-standard cell, as in the issued table.
        #expect(document.tables[1].rows.contains { $0.cells[1].text.hasPrefix("市政设施：\n") })
    }
}
