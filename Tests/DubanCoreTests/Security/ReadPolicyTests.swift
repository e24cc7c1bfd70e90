import DubanCore
import Foundation
import Testing

/// One fence for every list (`Permissions.scope`) and one rule for visitors (`Visibility`).
@Suite struct ReadPolicyTests {
    @Test func eachRoleSeesItsOwnGovernmentAndOnlyTheOfficeSeesDrafts() {
        let visitor = Permissions.scope(nil)
        #expect(visitor.governmentID == nil && !visitor.includesDrafts && !visitor.isEmpty)
        #expect(visitor.allows(governmentID: 9, published: true) && !visitor.allows(governmentID: 9, published: false))
        let admin = Permissions.scope(Actor(accountID: 1, role: .admin, governmentID: nil))
        #expect(admin.allows(governmentID: 9, published: false))
        let office = Permissions.scope(Actor(accountID: 2, role: .supervisor, governmentID: 3))
        #expect(office.allows(governmentID: 3, published: false) && !office.allows(governmentID: 4, published: true))
        for role in [Role.leader, .unit, .viewer] {
            let scope = Permissions.scope(Actor(accountID: 5, role: role, governmentID: 3, unitID: 1, leaderID: 1))
            #expect(scope.allows(governmentID: 3, published: true) && !scope.allows(governmentID: 3, published: false), "\(role)")
            #expect(!scope.allows(governmentID: 4, published: true), "\(role)")
        }
        #expect(
            Permissions.scope(Actor(accountID: 6, role: .supervisor, governmentID: nil)).isEmpty,
            "an account without a government sees nothing, not everything")
    }

    @Test func visitorsSeeNoneOfTheWorkingRecordAndBulletinsFollowTheSameRule() {
        for part in Visibility.Part.allCases {
            #expect(!Visibility.shows(part, to: nil))
            #expect(Visibility.shows(part, to: Actor(accountID: 1, role: .viewer, governmentID: 1)))
        }
        let bulletin = Bulletin(
            title: "8月通报", issuer: "区政府办", summary: "", counts: [:], changes: [:], sections: [], units: [],
            lagging: [], overdue: [], urged: [Bulletin.TaskLine(id: 5, label: "(5)", text: "地区生产总值", units: ["发改局"], light: .red, reasons: [])],
            instructions: [BulletinInstruction(taskLabel: "(5)", leader: "孙益锋", text: "请加快进度", date: Date())], closing: "")
        #expect(bulletin.visible(to: nil).instructions.isEmpty && bulletin.visible(to: nil).urged.isEmpty)
        #expect(bulletin.visible(to: Actor(accountID: 1, role: .unit, governmentID: 1, unitID: 2)) == bulletin)
    }

    @Test func aCooperatingUnitAnswersTheUrgingAddressedToIt() {
        let coop = Actor(accountID: 3, role: .unit, governmentID: 1, unitID: 20)
        var subject = Subject(governmentID: 1, leadUnitIDs: [10], coopUnitIDs: [20], unitID: 20)
        #expect(Permissions.decide(coop, .answerUrging, subject) == .allowed)
        subject.unitID = 10
        #expect(Permissions.decide(coop, .answerUrging, subject) != .allowed, "an urging addressed to the lead is the lead's")
        let stranger = Actor(accountID: 4, role: .unit, governmentID: 1, unitID: 30)
        #expect(Permissions.decide(stranger, .answerUrging, Subject(governmentID: 1, leadUnitIDs: [10], coopUnitIDs: [20], unitID: 30)) != .allowed)
    }

    /// Any leader of the government may write a 批示 on any of its tasks: 区长 and 副区长 instruct
    /// beyond their own portfolio, and the office reads every 批示. Never another government's.
    @Test func leadersInstructAnyTaskOfTheirOwnGovernmentOnly() {
        let leader = Actor(accountID: 7, role: .leader, governmentID: 1, leaderID: 99)
        #expect(Permissions.decide(leader, .writeInstruction, Subject(governmentID: 1, leaderIDs: [5])) == .allowed)
        #expect(Permissions.decide(leader, .writeInstruction, Subject(governmentID: 2, leaderIDs: [99])) != .allowed)
        #expect(Permissions.decide(leader, .writeInstruction, Subject(governmentID: 1, published: false)) != .allowed)
    }
}
