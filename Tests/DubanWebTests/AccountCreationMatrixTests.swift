import DubanCore
import DubanStore
import FluentKit
import Foundation
import Testing
import Vapor
import VaporTesting

/// C1 and H1 as a matrix: account creation through the API by every role, with every kind of
/// id owned by another government. Only the city administrator crosses governments, and nobody
/// binds an account to another government's unit or leader.
@Suite(.serialized) struct AccountCreationMatrixTests {
    enum Case: String, CaseIterable, Sendable {
        case ownViewer, adminRole, foreignGovernment, noGovernment, foreignUnit, foreignLeader, foreignUnitForeignGovernment
    }

    /// The status each role gets for each case (anonymous: 401 throughout).
    static func expected(_ role: String, _ c: Case) -> HTTPResponseStatus {
        switch role {
        case "anonymous": return .unauthorized
        case "leader", "unit", "otherUnit", "viewer": return .forbidden
        case "otherSupervisor":
            // Its own government is the "other" one here: there it may create what it likes.
            return c == .foreignGovernment || c == .foreignUnitForeignGovernment ? .created : .forbidden
        case "supervisor":
            switch c {
            case .ownViewer: return .created
            case .adminRole, .foreignGovernment, .noGovernment, .foreignUnitForeignGovernment: return .forbidden
            case .foreignUnit, .foreignLeader: return .unprocessableEntity
            }
        default:  // admin
            switch c {
            case .ownViewer, .adminRole, .foreignGovernment, .noGovernment, .foreignUnitForeignGovernment: return .created
            case .foreignUnit, .foreignLeader: return .unprocessableEntity
            }
        }
    }

    static let roles = WebWorld.roles + ["anonymous"]

    @Test(arguments: roles)
    func everyRoleAgainstEveryForeignId(role: String) async throws {
        try await WebWorld.with { world in
            let db = world.app.db
            let foreignUnit = UnitRecord(governmentID: world.otherGovernmentID, name: "天宁区发改局", kind: "department")
            try await foreignUnit.create(on: db)
            let foreignLeader = LeaderRecord()
            foreignLeader.governmentID = world.otherGovernmentID
            foreignLeader.name = "天宁区某副区长"
            try await foreignLeader.create(on: db)
            for (index, c) in Case.allCases.enumerated() {
                let name = "m\(index)-\(role.lowercased())"
                let fields: String
                switch c {
                case .ownViewer: fields = #""role":"viewer","governmentID":\#(world.governmentID)"#
                case .adminRole: fields = #""role":"admin","governmentID":\#(world.governmentID)"#
                case .foreignGovernment: fields = #""role":"supervisor","governmentID":\#(world.otherGovernmentID)"#
                case .noGovernment: fields = #""role":"viewer""#
                case .foreignUnit: fields = #""role":"unit","governmentID":\#(world.governmentID),"unitID":\#(try foreignUnit.requireID())"#
                case .foreignLeader: fields = #""role":"leader","governmentID":\#(world.governmentID),"leaderID":\#(try foreignLeader.requireID())"#
                case .foreignUnitForeignGovernment:
                    fields = #""role":"unit","governmentID":\#(world.otherGovernmentID),"unitID":\#(try foreignUnit.requireID())"#
                }
                let before = try await world.fingerprint()
                let response = try await world.call(
                    role == "anonymous" ? nil : role, .POST, "/api/v1/accounts",
                    json: #"{"username":"\#(name)","displayName":"新账户","password":"Matrix-pass-2022",\#(fields)}"#)
                let expected = Self.expected(role, c)
                #expect(response.status == expected, "\(role) \(c): \(response.status) \(response.body.string)")
                if expected != .created {
                    #expect(try await world.fingerprint() == before, "\(role) \(c) changed something")
                    let reason = (world.json(response) as? [String: Any])?["error"] as? String ?? ""
                    #expect(reason.unicodeScalars.contains { $0.value >= 0x4E00 }, "\(role) \(c): \(reason)")
                } else {
                    let made = try #require(try await AccountRecord.query(on: db).filter(\.$username == name).first())
                    if let unit = made.unitID { #expect(try await UnitRecord.find(unit, on: db)?.governmentID == made.governmentID) }
                    if let leader = made.leaderID { #expect(try await LeaderRecord.find(leader, on: db)?.governmentID == made.governmentID) }
                }
            }
        }
    }
}
