import DubanCore
import Testing

/// What a unit is asked each month, counted by hand on small cases.
@Suite struct BurdenMeterTests {
    private func ask(
        unit: Int, task: Int, _ text: String, months: Set<Int>, role: ResponsibilityRole = .lead, kind: TaskKind = .quantitative,
        answers: [Int] = []
    ) -> BurdenMeter.Ask {
        BurdenMeter.Ask(
            unitID: unit, taskID: task, role: role, dueMonths: months, indicators: IndicatorExtractor().analyse(text).indicators, kind: kind,
            answersParentTasks: answers)
    }

    @Test func eachTaskDueAsksItsTextAndEachMeasureOnce() throws {
        let asks = [
            // Lead, two measures: text + 2 fields.
            ask(unit: 1, task: 10, "净增高新技术企业30家，高新技术产业投资增长10%。", months: [1, 2]),
            // Lead, a milestone: text + percent complete.
            ask(unit: 1, task: 11, "建成区级数据中心。", months: [2], kind: .milestone),
            // Cooperating: its part only.
            ask(unit: 1, task: 12, "新增城镇就业1.5万人。", months: [2], role: .coop),
        ]
        let months = BurdenMeter.measure(asks: asks, events: [])
        #expect(months.count == 2)
        let january = try #require(months.first { $0.month == 1 })
        #expect((january.tasks, january.fields) == (1, 3))
        let february = try #require(months.first { $0.month == 2 })
        // 3 + (1 + 1) + 1 = 6
        #expect((february.tasks, february.fields) == (3, 6))
        #expect(february.repeats.isEmpty)
    }

    @Test func theSameMeasureAskedByTwoTasksIsFilledOnceAndListed() throws {
        let asks = [
            ask(unit: 7, task: 20, "净增高新技术企业30家。", months: [3]),
            ask(unit: 7, task: 21, "聚焦企业培育，净增高新技术企业30个，新增省级研发机构5家。", months: [3]),
        ]
        let march = try #require(BurdenMeter.measure(asks: asks, events: []).first)
        // Two texts, 高新技术企业 once, 研发机构 once.
        #expect(march.fields == 4)
        #expect(march.repeats.count == 1)
        #expect(march.repeats.first?.taskIDs == [20, 21])
        #expect(march.repeats.first?.metric.contains("高新技术企业") == true)
    }

    @Test func aReportThatAnswersTheParentTooIsCountedAsReused() throws {
        let asks = [ask(unit: 3, task: 30, "净增高新技术企业30家。", months: [4], answers: [900])]
        let april = try #require(BurdenMeter.measure(asks: asks, events: []).first)
        #expect(april.reusedAcrossLevels == 1)
        #expect(april.tasks == 1)
    }

    @Test func urgingsAndInspectionsCountInTheirMonth() throws {
        let events = [
            BurdenMeter.Event(unitID: 5, month: 6, kind: .urging), BurdenMeter.Event(unitID: 5, month: 6, kind: .urging),
            BurdenMeter.Event(unitID: 5, month: 6, kind: .inspection),
        ]
        let june = try #require(BurdenMeter.measure(asks: [], events: events).first)
        #expect((june.urgings, june.inspections, june.tasks) == (2, 1, 0))
        // Each asks for material: they count against the ceiling like fields.
        #expect(june.load == 3)
    }

    @Test func anInspectionThatWouldPushAUnitOverTheCeilingIsFlaggedBeforehand() {
        // 3 fields in June (the text and two figures).
        let asks = [ask(unit: 1, task: 1, "净增高新技术企业30家，新增省级研发机构5家。", months: [6])]
        let before = BurdenMeter.Demand(asks: asks, events: [])
        let after = BurdenMeter.Demand(asks: asks, events: [BurdenMeter.Event(unitID: 1, month: 6, kind: .inspection)])
        #expect(BurdenMeter.pushedOver(from: before, to: after, ceiling: 3).map(\.load) == [4])
        #expect(BurdenMeter.pushedOver(from: before, to: after, ceiling: 4).isEmpty)
    }

    @Test func aNewTaskThatWouldPushAUnitOverTheCeilingIsFlaggedBeforehand() {
        let before = [ask(unit: 1, task: 1, "净增高新技术企业30家，新增省级研发机构5家。", months: [5, 6])]
        let adding = [ask(unit: 1, task: 2, "新增城镇就业1.5万人。", months: [6])]
        // May: 3 fields; June: 3 + 2 = 5.
        let (was, will) = (BurdenMeter.Demand(asks: before, events: []), BurdenMeter.Demand(asks: before + adding, events: []))
        let over = BurdenMeter.pushedOver(from: was, to: will, ceiling: 4)
        #expect(over.map(\.month) == [6])
        #expect(BurdenMeter.pushedOver(from: was, to: will, ceiling: 5).isEmpty)
    }
}
