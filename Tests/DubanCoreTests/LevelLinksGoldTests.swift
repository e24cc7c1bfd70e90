import DubanCore
import DubanTestSupport
import Foundation
import Testing

/// The 常州市 plan and the two district plans that take up its targets, against the hand-made
/// gold in `Tests/Fixtures/levels/` (its README says what counts as a link).
@Suite struct LevelLinksGoldTests {
    struct Gold: Decodable {
        struct PassedDown: Decodable {
            var parentText: String
            var to: [String]
        }
        struct Link: Decodable {
            var child: String
            var childText: String
            var parentLabel: String
            var parentPath: [String]
        }
        var parent: String
        var children: [String: String]
        var passedDown: [PassedDown]
        var links: [Link]
    }

    static func load() throws -> (gold: Gold, city: Plan, districts: [String: Plan]) {
        let root = RepositoryRoot.url
        let gold = try JSONDecoder().decode(Gold.self, from: Data(contentsOf: root.appendingPathComponent("Tests/Fixtures/levels/changzhou-2022.links.json")))
        let importer = PlanImporter()
        let city = try importer.importPlan(path: root.appendingPathComponent(gold.parent).path)
        var districts: [String: Plan] = [:]
        for (name, file) in gold.children { districts[name] = try importer.importPlan(path: root.appendingPathComponent(file).path) }
        return (gold, city, districts)
    }

    /// Precision and recall of a found set against the gold one.
    static func score<T: Hashable>(found: Set<T>, gold: Set<T>) -> (precision: Double, recall: Double) {
        let right = Double(found.intersection(gold).count)
        return (found.isEmpty ? 1 : right / Double(found.count), gold.isEmpty ? 1 : right / Double(gold.count))
    }

    @Test func theCityTasksPassedDownAreFound() throws {
        let (gold, city, districts) = try Self.load()
        let children = districts.keys.sorted()
        var found: Set<String> = []
        for task in city.tasks {
            for child in LevelLinks.passedDown(responsible: task.leadUnits + task.coopUnits, children: children) { found.insert(child + "|" + task.text) }
        }
        let expected = Set(gold.passedDown.flatMap { item in item.to.map { $0 + "|" + item.parentText } })
        #expect(found == expected, "extra: \(found.subtracting(expected).sorted()), missing: \(expected.subtracting(found).sorted())")
    }

    @Test func linkProposalsMatchTheGold() throws {
        let (gold, city, districts) = try Self.load()
        let children = districts.keys.sorted()
        let cityTasks = Array(city.tasks.enumerated())
        var totals: (found: Int, right: Int, gold: Int) = (0, 0, 0)
        for (name, plan) in districts.sorted(by: { $0.key < $1.key }) {
            let parents = cityTasks.filter {
                LevelLinks.passedDown(responsible: $0.element.leadUnits + $0.element.coopUnits, children: children).contains(name)
            }
            .map { LevelTask(id: $0.offset, text: $0.element.text, indicators: $0.element.indicators) }
            let own = plan.tasks.enumerated().map { LevelTask(id: $0.offset, text: $0.element.text, indicators: $0.element.indicators) }
            let proposals = LevelLinks.propose(children: own, parents: parents)
            let found = Set(proposals.map { plan.tasks[$0.childTaskID].text + "→" + city.tasks[$0.parentTaskID].text })
            let expected = Set(
                try gold.links.filter { $0.child == gold.children[name] }.map { link in
                    let parent = try #require(
                        city.tasks.first { $0.label == link.parentLabel && $0.path == link.parentPath }, "gold names no city task: \(link.parentLabel)")
                    return link.childText + "→" + parent.text
                })
            let (precision, recall) = Self.score(found: found, gold: expected)
            for miss in expected.subtracting(found).sorted() {
                print("levels: missed \(name) " + String(miss.prefix(60)) + " … " + String(miss.split(separator: "→").last?.prefix(40) ?? ""))
            }
            print("levels: \(name) proposals \(found.count), gold \(expected.count), precision \(precision), recall \(recall)")
            totals = (totals.found + found.count, totals.right + found.intersection(expected).count, totals.gold + expected.count)
        }
        let precision = Double(totals.right) / Double(max(totals.found, 1))
        let recall = Double(totals.right) / Double(max(totals.gold, 1))
        print("levels: both districts precision \(precision), recall \(recall)")
        // Measured 0.97 and 0.83: a wrong link costs a clerk a rejection, a missed one a search.
        #expect(precision >= 0.9, "precision \(precision)")
        #expect(recall >= 0.75, "recall \(recall)")
    }
}
