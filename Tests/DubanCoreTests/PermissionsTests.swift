import Testing

@testable import DubanCore

/// Every role × every action × six subjects, against an expectation table written out by hand.
@Suite struct PermissionsTests {
    enum Who: String, CaseIterable, Sendable {
        case admin, supervisor, leader, unit, viewer, anonymous

        /// Government 1, unit 10, leader 100.
        var actor: Actor? {
            switch self {
            case .admin: Actor(accountID: 1, role: .admin, governmentID: nil)
            case .supervisor: Actor(accountID: 2, role: .supervisor, governmentID: 1)
            case .leader: Actor(accountID: 3, role: .leader, governmentID: 1, leaderID: 100)
            case .unit: Actor(accountID: 4, role: .unit, governmentID: 1, unitID: 10)
            case .viewer: Actor(accountID: 5, role: .viewer, governmentID: 1)
            case .anonymous: nil
            }
        }
    }

    /// The columns of each expectation string, in this order.
    static let subjects: [(name: String, subject: Subject)] = [
        ("own task, unit leads", Subject(governmentID: 1, leadUnitIDs: [10], coopUnitIDs: [11], leaderIDs: [100])),
        ("own task, unit cooperates", Subject(governmentID: 1, leadUnitIDs: [11], coopUnitIDs: [10], leaderIDs: [100])),
        ("own task, unit not named", Subject(governmentID: 1, leadUnitIDs: [11], coopUnitIDs: [12], leaderIDs: [101])),
        ("draft, unit leads", Subject(governmentID: 1, leadUnitIDs: [10], leaderIDs: [100], published: false)),
        ("other government", Subject(governmentID: 2, leadUnitIDs: [10], leaderIDs: [100])),
        ("co-led, another unit's report", Subject(governmentID: 1, leadUnitIDs: [10, 11], leaderIDs: [100], unitID: 11)),
    ]

    // Y = allowed, - = denied. Columns: lead, coop, not named, draft, other government, another unit's.
    static let office = "YYYY-Y", everywhere = "YYYYYY", never = "------", member = "YYY--Y"
    static let table: [(Action, admin: String, supervisor: String, leader: String, unit: String, viewer: String, anonymous: String)] = [
        (.readPlan, everywhere, office, member, member, member, "YYY-YY"),
        (.readTask, everywhere, office, member, member, member, "YYY-YY"),
        (.readAudit, everywhere, office, never, never, never, never),
        (.importPlan, everywhere, office, never, never, never, never),
        (.editPlan, everywhere, office, never, never, never, never),
        (.publishPlan, everywhere, office, never, never, never, never),
        (.amendTask, everywhere, office, never, never, never, never),
        (.acknowledgeTask, never, never, never, "Y-----", never, never),
        (.editWorkItems, never, never, never, "Y-----", never, never),
        (.requestChange, never, never, never, "Y-----", never, never),
        (.submitReport, never, never, never, "Y-----", never, never),
        (.contributeReport, never, never, never, "YY----", never, never),
        // Only a unit leader's account signs (审签): the plain liaison above never does.
        (.signOffReport, never, never, never, never, never, never),
        (.reviewReport, everywhere, office, never, never, never, never),
        (.urge, everywhere, office, never, never, never, never),
        (.answerUrging, never, never, never, "Y-----", never, never),
        (.escalateUrging, everywhere, office, never, never, never, never),
        (.writeInstruction, never, never, member, never, never, never),
        (.closeTask, everywhere, office, never, never, never, never),
        (.manageDirectory, everywhere, office, never, never, never, never),
        (.manageAccounts, everywhere, office, never, never, never, never),
        (.manageGovernments, everywhere, never, never, never, never, never),
        (.manageCalendar, everywhere, never, never, never, never, never),
        (.publishBulletin, everywhere, office, never, never, never, never),
        (.runAssessment, everywhere, office, never, never, never, never),
        (.readNotifications, everywhere, office, member, "YYY---", never, never),
        (.enterSheetReports, everywhere, office, never, never, never, never),
        (.linkLevels, everywhere, office, never, never, never, never),
        (.setBurdenCeiling, everywhere, office, never, never, never, never),
    ]

    static func expectation(
        _ who: Who,
        _ row: (
            Action, admin: String, supervisor: String, leader: String, unit: String,
            viewer: String, anonymous: String
        )
    ) -> String {
        switch who {
        case .admin: row.admin
        case .supervisor: row.supervisor
        case .leader: row.leader
        case .unit: row.unit
        case .viewer: row.viewer
        case .anonymous: row.anonymous
        }
    }

    @Test func tableCoversEveryActionOnce() {
        #expect(Self.table.map(\.0) == Action.allCases)
        #expect(Set(Who.allCases.compactMap { $0.actor?.role }) == Set(Role.allCases))
    }

    @Test(arguments: Who.allCases)
    func decisions(_ who: Who) {
        for row in Self.table {
            let expected = Array(Self.expectation(who, row))
            #expect(expected.count == Self.subjects.count)
            for (column, (name, subject)) in Self.subjects.enumerated() {
                let decision = Permissions.decide(who.actor, row.0, subject)
                #expect(decision.isAllowed == (expected[column] == "Y"), "\(who) \(row.0) on \(name): \(decision)")
                if case .denied(let reason) = decision {
                    #expect(!reason.isEmpty && !reason.contains { $0.isASCII && $0.isLetter }, "\(reason)")
                }
            }
        }
    }

    /// 审签: the unit leader's account signs its own unit's reports on tasks the unit holds, and
    /// nothing else; a liaison of the same unit cannot.
    @Test func onlyTheUnitsLeaderSignsItsReports() {
        let signer = Actor(accountID: 6, role: .unit, governmentID: 1, unitID: 10, signer: true)
        func addressed(_ subject: Subject, to unit: Int?) -> Subject {
            var s = subject
            s.unitID = unit
            return s
        }
        #expect(Permissions.decide(signer, .signOffReport, addressed(Self.lead, to: 10)).isAllowed)
        #expect(Permissions.decide(signer, .signOffReport, addressed(Self.coop, to: 10)).isAllowed)
        #expect(Permissions.decide(signer, .signOffReport, addressed(Self.othersReport, to: 11)) == .denied("不能代其他单位办理报告或催办"))
        #expect(Permissions.decide(signer, .signOffReport, addressed(Self.uninvolved, to: 10)) == .denied("本单位不是该任务的牵头或配合单位"))
        #expect(Permissions.decide(signer, .signOffReport, addressed(Self.lead, to: nil)) == .denied("本单位不是该任务的牵头或配合单位"))
        #expect(Permissions.decide(signer, .signOffReport, addressed(Self.foreign, to: 10)) == .denied("该事项属于其他政府，无权访问"))
        let liaison = Who.unit.actor
        #expect(Permissions.decide(liaison, .signOffReport, addressed(Self.lead, to: 10)) == .denied("只有单位领导（审签人）账号可以审签本单位报告"))
        // A leader's account is still the unit's: it reports as the liaison does.
        #expect(Permissions.decide(signer, .submitReport, Self.lead).isAllowed)
    }

    static let lead = subjects[0].subject, coop = subjects[1].subject, uninvolved = subjects[2].subject
    static let draft = subjects[3].subject, foreign = subjects[4].subject, othersReport = subjects[5].subject

    @Test(
        arguments: [
            (.anonymous, .readPlan, PermissionsTests.draft, "请先登录"),
            (.anonymous, .submitReport, PermissionsTests.lead, "请先登录"),
            (.admin, .submitReport, PermissionsTests.lead, "只有责任单位可以提交进展报告"),
            (.admin, .writeInstruction, PermissionsTests.lead, "只有区领导可以作出批示"),
            (.supervisor, .answerUrging, PermissionsTests.lead, "只有责任单位可以回复催办"),
            (.supervisor, .manageGovernments, Subject.government(1), "督查室无权管理政府"),
            (.supervisor, .reviewReport, PermissionsTests.foreign, "该事项属于其他政府，无权访问"),
            (.leader, .reviewReport, PermissionsTests.lead, "区领导无权审核报告"),
            (.leader, .readTask, PermissionsTests.draft, "方案尚未发布"),
            (.unit, .urge, PermissionsTests.lead, "单位联络员无权发起催办"),
            (.unit, .writeInstruction, PermissionsTests.lead, "只有区领导可以作出批示"),
            (.unit, .submitReport, PermissionsTests.coop, "只有牵头单位可以提交进展报告"),
            (.unit, .acknowledgeTask, PermissionsTests.uninvolved, "本单位不是该任务的牵头或配合单位"),
            (.unit, .contributeReport, PermissionsTests.uninvolved, "本单位不是该任务的牵头或配合单位"),
            (.unit, .submitReport, PermissionsTests.othersReport, "不能代其他单位办理报告或催办"),
            (.unit, .readPlan, PermissionsTests.foreign, "该事项属于其他政府，无权访问"),
            (.viewer, .readAudit, PermissionsTests.lead, "查看账号无权查看操作记录"),
        ] as [(Who, Action, Subject, String)])
    func reasons(_ who: Who, _ action: Action, _ subject: Subject, _ reason: String) {
        #expect(Permissions.decide(who.actor, action, subject) == .denied(reason))
    }

    @Test func unboundAccounts() {
        let noGovernment = Actor(accountID: 9, role: .supervisor, governmentID: nil)
        #expect(Permissions.decide(noGovernment, .readPlan, Self.lead) == .denied("账号未关联政府，无权访问"))
        let noUnit = Actor(accountID: 9, role: .unit, governmentID: 1)
        #expect(Permissions.decide(noUnit, .readPlan, Self.lead) == .allowed)
        #expect(Permissions.decide(noUnit, .submitReport, Self.lead) == .denied("账号未关联单位"))
    }

    @Test func urgingAddressedToTheUnit() {
        // The unit answers an urging sent to it on a task it leads, and reads the notice.
        let urging = Subject(governmentID: 1, leadUnitIDs: [10, 11], unitID: 10)
        let unit = Who.unit.actor
        #expect(Permissions.decide(unit, .answerUrging, urging) == .allowed)
        #expect(Permissions.decide(unit, .readNotifications, urging) == .allowed)
        #expect(Permissions.decide(unit, .readNotifications, Self.othersReport) == .denied("不能代其他单位办理报告或催办"))
    }

    @Test func everyRoleAndActionHasAChineseName() {
        let roles = Role.allCases.map(\.chineseName)
        let actions = Action.allCases.map(\.chineseName)
        #expect(Set(roles).count == roles.count && Set(actions).count == actions.count)
        #expect(!(roles + actions).contains { $0.isEmpty || $0.contains { $0.isASCII } })
    }
}
