import DubanCore
import DubanStore
import FluentKit
import Foundation
import Vapor

/// The demo's levels: 常州市 above its two districts, the city's tasks passed down as its plan
/// names them, and each district's links proposed. 钟楼's office has confirmed the proposals that share a measure;
/// 天宁's wait for its office, so a visitor can confirm one. All through the use cases.
enum DemoLevels {
    static func link(app: Application) async throws {
        let db = app.storeContext().db
        let names = ["常州市人民政府", "常州市钟楼区人民政府", "常州市天宁区人民政府"]
        let governments = try await GovernmentRecord.query(on: db).filter(\.$name ~~ names).all()
        guard let city = governments.first(where: { $0.name == names[0] }), let cityID = city.id else { return }
        let context = app.storeContext().withClock(FixedClock(PlanCalendar.date(2022, 2, 20, hour: 9)))
        guard let admin = try await account("admin", on: db), let citySupervisor = try await account("cz-duchashi", on: db) else { return }
        for district in governments where district.id != cityID {
            try await GovernmentLevels.setParent(governmentID: try district.requireID(), parentID: cityID, actor: admin, in: context)
        }
        for plan in try await PlanRecord.query(on: db).filter(\.$governmentID == cityID).all() {
            try await Handoffs.passDownNamed(planID: try plan.requireID(), actor: citySupervisor, in: context)
        }
        for (prefix, confirm) in [("zl", true), ("tn", false)] {
            guard let supervisor = try await account("\(prefix)-duchashi", on: db), let governmentID = supervisor.governmentID else { continue }
            for plan in try await PlanRecord.query(on: db).filter(\.$governmentID == governmentID).all() {
                try await LevelLinking.propose(planID: try plan.requireID(), actor: supervisor, in: context)
            }
            guard confirm else { continue }
            let proposed = try await TaskLinkRecord.query(on: db).filter(\.$childGovernmentID == governmentID)
                .filter(\.$status == LinkStatus.proposed.rawValue).all()
            // The office confirms the links that share a measure; those found by wording alone wait.
            for link in proposed where link.measures != "[]" {
                try await LevelLinking.decide(linkID: try link.requireID(), .confirm, actor: supervisor, in: context)
            }
        }
    }

    static func account(_ username: String, on db: any Database) async throws -> Actor? {
        try await AccountRecord.query(on: db).filter(\.$username == username).first().map { AccountEntry($0).actor }
    }
}
