import DubanCore
import DubanDocuments
import DubanTestSupport
import Foundation
import Testing

/// The unit directory: one entry per unit under its canonical name, kinds, collective names
/// resolved or flagged, the directory file, and 一单位一清单 / 一领导一清单.
@Suite struct UnitDirectoryTests {
    static func plan(_ rows: [(lead: [String], coop: [String])], leaders: [String] = []) -> Plan {
        let tasks = rows.enumerated().map { index, row in
            PlanTask(attachment: 1, path: ["一"], text: "任务\(index)", leaders: leaders, leadUnits: row.lead, coopUnits: row.coop)
        }
        return Plan(government: "某区人民政府", year: 2022, tasks: tasks, format: .lines)
    }

    @Test func aliasesAreOneUnitUnderTheMostPrintedName() {
        let directory = UnitDirectory.infer(
            from: Self.plan([
                (["资规分局"], ["农业农村局（水利局）"]),
                (["资源规划分局"], ["农业农村局（水利局）", "发改局"]),
                (["资规分局"], ["农业农村局", "退役军人局", "退役军人事务局"]),
            ]))
        #expect(directory.units.map(\.name) == ["资规分局", "农业农村局（水利局）", "发改局", "退役军人局"])
        #expect(directory.unit(named: "资源规划分局")?.name == "资规分局")
        #expect(directory.unit(named: "农业农村局(水利局)")?.name == "农业农村局（水利局）")
        #expect(directory.unit(named: "水利局")?.name == "农业农村局（水利局）")
        #expect(directory.unit(named: "发展和改革局")?.name == "发改局")
        #expect(directory.unit(named: "退役军人事务局")?.name == "退役军人局")
        #expect(directory.unit(named: "资规分局")?.printed == ["资规分局", "资源规划分局"])
    }

    @Test func bracketedSecondNameIsAnAlias() {
        let directory = UnitDirectory.infer(from: Self.plan([(["高新园(邹区镇)"], ["高新园"]), (["邹区镇"], [])]))
        #expect(directory.units.count == 1)
        #expect(directory.units[0].name == "高新园(邹区镇)")
        #expect(directory.units[0].kind == .park)
    }

    @Test(arguments: [
        ("郑陆镇", UnitKind.town), ("青龙街道", .town), ("某某乡", .town), ("经开区", .park), ("开发区", .park),
        ("高新园", .park), ("天建集团", .company), ("天宁城发", .company), ("某某公司", .company), ("发改局", .department),
        ("纪委监委", .department), ("组织部", .department), ("政府办", .department), ("网格中心", .department),
        ("消防救援大队", .department), ("团委", .other), ("总工会", .other), ("妇联", .other), ("残联", .other), ("工商联", .other),
    ])
    func kindFromTheName(name: String, kind: UnitKind) {
        #expect(UnitKind.classify(name) == kind)
    }

    @Test func collectivesResolveOrAskForAPerson() {
        let directory = UnitDirectory.infer(
            from: Self.plan([
                (["发改局"], ["开发区", "郑陆镇", "各街道", "区各有关部门"]),
                (["住建局"], ["青龙街道", "天宁街道", "区政府各组成部门", "团委"]),
                (["民政局"], ["相关板块", "相关街道", "有关部门", "安委会成员单位", "天建集团"]),
            ]))
        #expect(directory.collective(named: "各街道")?.members == ["青龙街道", "天宁街道"])
        #expect(directory.collective(named: "区各有关部门")?.members == ["发改局", "住建局", "民政局"])
        #expect(directory.collective(named: "区政府各组成部门")?.members == ["发改局", "住建局", "民政局"])
        for name in ["相关板块", "相关街道", "有关部门", "安委会成员单位"] {
            #expect(directory.collective(named: name)?.needsPerson == true, "\(name)")
        }
        #expect(directory.collective(named: "安委会成员单位")?.target == .membership)
        #expect(directory.resolve("各街道").units == ["青龙街道", "天宁街道"])
        #expect(directory.resolve("相关板块").needsPerson)
        #expect(directory.units.allSatisfy { !$0.name.hasPrefix("各") && !$0.name.hasPrefix("相关") })
    }

    @Test func fragmentIsReadAsTwoNames() {
        let directory = UnitDirectory.infer(from: Self.plan([(["高新园(邹区镇)"], ["新闸街道"]), (["(邹区镇)各街道"], [])]))
        #expect(directory.composites == [.init(name: "(邹区镇)各街道", parts: ["高新园(邹区镇)", "各街道"])])
        let resolution = directory.resolve("(邹区镇)各街道")
        #expect(resolution.composite && resolution.units == ["高新园(邹区镇)", "新闸街道"])
        #expect(directory.unit(named: "(邹区镇)各街道") == nil)
    }

    @Test func directoryFileAddsNamesAndMembers() throws {
        let json = #"""
            {"units": [{"name": "自然资源和规划局钟楼分局", "aliases": ["资规分局"], "kind": "department"},
                       {"name": "西林街道"}],
             "collectives": [{"name": "相关街道", "members": ["新闸街道", "西林街道"]}], "closed": true}
            """#
        let config = try JSONDecoder().decode(DirectoryConfig.self, from: Data(json.utf8))
        let directory = UnitDirectory.infer(from: Self.plan([(["资规分局"], ["相关街道", "新闸街道", "各街道", "某某神秘办"])]), config: config)
        #expect(directory.unit(named: "资规分局")?.name == "自然资源和规划局钟楼分局")
        #expect(directory.collective(named: "相关街道")?.members == ["新闸街道", "西林街道"])
        #expect(directory.collective(named: "相关街道")?.needsPerson == false)
        #expect(Set(directory.collective(named: "各街道")?.members ?? []) == ["新闸街道", "西林街道"])
        #expect(directory.closed)
        #expect(directory.unit(named: "某某神秘办")?.configured == false)
    }

    @Test func badDirectoryFileIsOneChineseSentence() throws {
        let path = FileManager.default.temporaryDirectory.appendingPathComponent("dir-\(UUID().uuidString).json").path
        _ = FileManager.default.createFile(atPath: path, contents: Data("{\"units\": 3}".utf8))
        #expect(throws: DirectoryConfigError.invalid(path)) { try DirectoryConfig.load(path: path) }
        #expect(throws: DirectoryConfigError.unreadable("/nonexistent/目录.json")) { try DirectoryConfig.load(path: "/nonexistent/目录.json") }
        #expect(DirectoryConfigError.invalid(path).description.contains("单位目录"))
    }

    @Test func listsPerUnitAndPerLeader() {
        let plan = Self.plan(
            [(["发改局"], ["各街道"]), (["青龙街道"], ["发改局"]), (["财政局"], ["青龙街道", "各街道"])],
            leaders: ["曹 雷"])
        let directory = UnitDirectory.infer(from: plan)
        let lists = ResponsibilityLists(plan: plan, directory: directory)
        #expect(lists.lead["发改局"]?.map(\.task) == [0])
        #expect(lists.coop["发改局"]?.map(\.task) == [1])
        #expect(lists.lead["青龙街道"]?.map(\.task) == [1])
        // Named directly and through 各街道 on task 2: counted once, as direct.
        #expect(lists.coop["青龙街道"] == [.init(task: 0, via: "各街道"), .init(task: 2, via: nil)])
        #expect(lists.collectiveCoop["各街道"] == [0, 2])
        #expect(lists.leaderTasks["曹雷"] == [0, 1, 2])
        #expect(directory.leaders == [.init(name: "曹雷", isTitle: false)])
    }

    @Test(arguments: ["zhonglou-2022", "tianning-2022"])
    func everyGoldUnitHasOneEntry(sample: String) throws {
        let plan = try PlanImporter(extractor: nil).importPlan(path: Self.root + "/Samples/\(sample).txt")
        let directory = UnitDirectory.infer(from: plan)
        let gold =
            try JSONSerialization.jsonObject(with: Data(contentsOf: URL(fileURLWithPath: Self.root + "/Tests/Fixtures/gold/\(sample).gold.json")))
            as? [String: Any]
        let tasks = try #require(gold?["tasks"] as? [[String: Any]])
        #expect(Set(directory.units.map(\.name)).count == directory.units.count)
        for name in Set(tasks.flatMap { ($0["leadUnits"] as? [String] ?? []) + ($0["coopUnits"] as? [String] ?? []) }) {
            let resolution = directory.resolve(name)
            #expect(!resolution.unknown, "\(name)")
            if resolution.collectives.isEmpty && !resolution.composite {
                #expect(directory.units.filter { $0.printed.contains(name) }.count == 1, "\(name) appears once")
            } else {
                #expect(!resolution.units.isEmpty || resolution.needsPerson, "\(name) resolved or flagged")
            }
        }
        let leaders = Set(tasks.flatMap { $0["leaders"] as? [String] ?? [] })
        #expect(Set(directory.leaders.map(\.name)) == leaders)
    }

    static let root: String = RepositoryRoot.path
}
