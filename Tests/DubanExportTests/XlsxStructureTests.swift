import DubanCore
import DubanDocuments
import DubanExport
import Foundation
import Testing

/// The workbook: one sheet per attachment, merged ranges for heading rows and shared cells,
/// set column widths, and the header row frozen and printed on every page.
@Suite struct XlsxStructureTests {
    @Test func partsAreWellFormed() throws {
        let data = try PlanExporter().export(try ExportSupport.imported("tianning-2022"), as: .xlsx)
        let entries = try ExportSupport.entries(data)
        #expect(entries.first == "[Content_Types].xml")
        for part in entries {
            let xml = try #require(try ExportSupport.part(data, part))
            #expect(ExportSupport.isWellFormed(xml), "\(part) is well-formed")
        }
        let workbook = try #require(try ExportSupport.part(data, "xl/workbook.xml"))
        #expect(ExportSupport.attributes(of: "sheet", in: workbook, "name") == ["附件1", "附件2"])
        #expect(workbook.contains("_xlnm.Print_Titles"))
    }

    @Test func headerIsFrozenAndColumnsHaveWidths() throws {
        let data = try PlanExporter().export(try ExportSupport.imported("tianning-2022"), as: .xlsx)
        for sheet in ["xl/worksheets/sheet1.xml", "xl/worksheets/sheet2.xml"] {
            let xml = try #require(try ExportSupport.part(data, sheet))
            let split = try #require(ExportSupport.attributes(of: "pane", in: xml, "ySplit").first.flatMap { Int($0) })
            #expect(ExportSupport.attributes(of: "pane", in: xml, "state") == ["frozen"])
            // The frozen rows end with the header row.
            let document = try DocumentReader().read(data: data, name: "tianning.xlsx")
            let headers = document.tables.map { $0.rows.first { $0.cells.contains { $0.text == "工作标准" } }?.location.row }
            #expect(headers.contains(split))
            let widths = ExportSupport.attributes(of: "col", in: xml, "width").compactMap(Double.init)
            #expect(widths.count >= 5 && widths.allSatisfy { $0 > 0 })
        }
    }

    @Test func mergedRangesCoverHeadingsAndSharedCells() throws {
        let plan = try ExportSupport.imported("tianning-2022")
        let data = try PlanExporter().export(plan, as: .xlsx)
        let sheet = try #require(try ExportSupport.part(data, "xl/worksheets/sheet1.xml"))
        let ranges = ExportSupport.attributes(of: "mergeCell", in: sheet, "ref")
        #expect(ExportSupport.attributes(of: "mergeCells", in: sheet, "count") == [String(ranges.count)])
        // Heading rows span A…E; shared responsibility cells run down one column.
        #expect(ranges.contains { $0.hasPrefix("A") && $0.contains(":E") })
        #expect(
            ranges.contains { range in
                let ends = range.split(separator: ":")
                return ends.count == 2 && ends[0].first == ends[1].first && ends[0].first != "A"
            })
        // Read back, the merges are what Excel shows: the 配合单位 of the first section is one cell.
        let document = try DocumentReader().read(data: data, name: "tianning.xlsx")
        let table = try #require(document.tables.first)
        #expect(table.rows.flatMap(\.cells).contains { $0.merge == .fromAbove })
        let coop = table.rows.compactMap { $0.cells.count == 5 ? $0.cells[4] : nil }
        #expect(coop.contains { $0.text == "开发区、郑陆镇、各街道、区各有关部门" })
    }
}
