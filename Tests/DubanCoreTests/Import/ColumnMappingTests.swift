import DubanCore
import DubanDocuments
import DubanTestSupport
import Foundation
import Testing

/// When the reader cannot name every column, it says so with the first rows; what a person
/// then says each column is decides the reading.
@Suite(.tags(.scorer), .unlessSkipped(.scorer)) struct ColumnMappingTests {
    static func document(_ name: String) throws -> Document {
        try DocumentReader().read(path: ImportScoring.path("Tests/Fixtures/families/\(name)"))
    }

    @Test func aTableWithNoHeaderIsAsked() throws {
        let document = try Self.document("headerless.csv")
        let question = try #require(ColumnQuestion.of(document))
        #expect(question.reason == .noHeader)
        #expect(question.rows.count == 3)
        #expect(question.rows[0] == ["1", "新增规上工业企业30家", "区工信局", "区统计局", "张强"])
        #expect(question.key == "width:5")
    }

    @Test func theMappingAPersonGivesIsRead() throws {
        let document = try Self.document("headerless.csv")
        var importer = PlanImporter(government: "某区人民政府", year: 2023)
        importer.columnMapping = ColumnMapping(roles: [.number, .standard, .lead, .coop, .leader])
        let plan = try importer.importPlan(document, name: "headerless.csv")
        #expect(plan.tasks.map(\.text) == ["新增规上工业企业30家", "实际使用外资1.2亿美元", "新建幼儿园2所"])
        #expect(plan.tasks.map(\.label) == ["1", "2", "3"])
        #expect(plan.tasks.map(\.leadUnits) == [["区工信局"], ["区商务局"], ["区教育局"]])
        #expect(plan.tasks.map(\.coopUnits) == [["区统计局"], [], ["区住建局", "区财政局"]])
        #expect(plan.tasks.map(\.leaders) == [["张强"], ["李娜"], ["李娜"]])
    }

    @Test func unknownHeaderWordsAreAskedWithTheGuess() throws {
        let document = try Self.document("unknown-columns.csv")
        let question = try #require(ColumnQuestion.of(document))
        #expect(question.reason == .unknownColumns)
        #expect(question.header == ["编号", "工作事项", "具体承办", "督办领导"])
        #expect(question.guess.roles == [.number, .standard, .ignore, .leader])
        #expect(question.key == "编号|工作事项|具体承办|督办领导")
        var importer = PlanImporter(government: "某区人民政府", year: 2023)
        importer.columnMapping = ColumnMapping(roles: [.number, .standard, .responsible, .leader])
        let plan = try importer.importPlan(document, name: "unknown-columns.csv")
        #expect(plan.tasks.map(\.leadUnits) == [["住建局城建科"], ["人社局就业科"]])
    }

    @Test func aHeaderTheReaderKnowsIsNotAsked() throws {
        #expect(ColumnQuestion.of(try Self.document("tabs-responsible.txt")) == nil)
        let csv = try DocumentReader().read(path: ImportScoring.path("Tests/Fixtures/layouts/csv/tianning-2022-shishi.csv"))
        #expect(ColumnQuestion.of(csv) == nil)
    }
}
