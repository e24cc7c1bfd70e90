import DubanCore
import DubanStore
import DubanWeb
import FluentKit
import Foundation
import Vapor

/// Load-test data: N governments × M tasks × K months of accepted reports, written straight
/// through the models in large transactions (no audit entries: this measures reads and writes
/// of the running server, not the loader). Prints API tokens for unit liaisons to drive `wrk`.
public enum BenchData {
    public struct Token: Codable, Sendable {
        public var token: String
        public var unitID: Int
        public var taskID: Int
        public var planID: Int
        /// The government's supervision office, for the office's pages and products.
        public var supervisorToken: String
    }

    public static func seed(
        _ backend: DatabaseBackend, governments: Int, tasks: Int, months: Int,
        samplePath: String, oneParent: Bool = false
    ) async throws -> [Token] {
        let sample = try PlanImporter().importPlan(path: samplePath)
        return try await StoreRuntime.with(backend) { runtime in
            try await runtime.migrate()
            var tokens: [Token] = []
            // `oneParent`: the first government sits above all the others, as a city above its
            // districts, for the burden meter's overview of every child.
            var parent: Int?
            for g in 1...governments {
                let token = try await runtime.database().transaction { [parent] db in
                    try await seedGovernment(g, sample: sample, tasks: tasks, months: months, parentID: parent, on: db)
                }
                if oneParent && g == 1 { parent = try await GovernmentRecord.query(on: runtime.database()).sort(\.$id).first()?.id }
                tokens.append(token)
            }
            return tokens
        }
    }

    static func seedGovernment(
        _ number: Int, sample: Plan, tasks count: Int, months: Int, parentID: Int? = nil, on db: any Database
    ) async throws -> Token {
        let government = GovernmentRecord(name: "压测区\(number)人民政府")
        government.parentID = parentID
        try await government.create(on: db)
        let gid = try government.requireID()
        var units: [Int] = []
        for index in 1...20 {
            let unit = UnitRecord(governmentID: gid, name: "单位\(index)局", kind: UnitKind.department.rawValue)
            try await unit.create(on: db)
            units.append(try unit.requireID())
        }
        let leader = LeaderRecord(governmentID: gid, name: "领导\(number)")
        try await leader.create(on: db)
        let plan = PlanRecord()
        plan.governmentID = gid
        plan.year = 2022
        plan.title = "压测方案\(number)"
        plan.status = PlanStatus.published.rawValue
        plan.sourceName = "bench"
        plan.sourceFormat = "lines"
        plan.importReport = "{}"
        plan.periodRules = JSONText.encode(PeriodRules.standard)
        plan.createdBy = 0
        plan.publishedAt = PlanCalendar.date(2022, 2, 1)
        try await plan.create(on: db)
        let planID = try plan.requireID()
        var periodIDs: [Int] = []
        for period in Periods.all(year: 2022) {
            let record = PeriodRecord(planID: planID, period: period)
            try await record.create(on: db)
            periodIDs.append(try record.requireID())
        }
        var firstTask = 0
        for position in 0..<count {
            let source = sample.tasks[position % sample.tasks.count]
            let task = TaskRecord()
            task.planID = planID
            task.governmentID = gid
            task.position = position
            task.attachment = source.attachment
            task.path = JSONText.encode(source.path)
            task.label = "(\(position + 1))"
            task.text = source.text
            task.kind = (source.kind ?? .qualitative).rawValue
            task.status = TaskStatus.open.rawValue
            task.version = 1
            task.warnings = "[]"
            task.source = ""
            try await task.create(on: db)
            let taskID = try task.requireID()
            if position == 0 { firstTask = taskID }
            var indicatorIDs: [Int] = []
            for (index, indicator) in source.indicators.enumerated() {
                let record = IndicatorRecord.make(taskID: taskID, position: index, indicator)
                try await record.create(on: db)
                indicatorIDs.append(try record.requireID())
            }
            let lead = units[position % units.count]
            try await TaskUnitRecord(taskID: taskID, unitID: lead, role: ResponsibilityRole.lead.rawValue, position: 0).create(on: db)
            try await TaskUnitRecord(taskID: taskID, unitID: units[(position + 7) % units.count], role: ResponsibilityRole.coop.rawValue, position: 0).create(
                on: db)
            try await TaskLeaderRecord(taskID: taskID, leaderID: try leader.requireID(), position: 0).create(on: db)
            for month in 0..<min(months, periodIDs.count) {
                let report = ReportRecord()
                report.taskID = taskID
                report.periodID = periodIDs[month]
                report.unitID = lead
                report.accountID = 0
                report.role = ResponsibilityRole.lead.rawValue
                report.version = 1
                report.narrative = "第\(month + 1)月进展"
                report.problems = ""
                report.nextSteps = ""
                report.status = ReportStatus.accepted.rawValue
                report.late = false
                report.submittedAt = PlanCalendar.date(2022, month + 1, 28)
                try await report.create(on: db)
                for id in indicatorIDs {
                    let value = ReportValueRecord()
                    value.reportID = try report.requireID()
                    value.indicatorID = id
                    value.value = Double(month + 1)
                    try await value.create(on: db)
                }
            }
        }
        let token = try await account(username: "bench-\(number)", role: "unit", governmentID: gid, unitID: units[0], on: db)
        let office = try await account(username: "bench-office-\(number)", role: "supervisor", governmentID: gid, unitID: nil, on: db)
        return Token(token: token, unitID: units[0], taskID: firstTask, planID: planID, supervisorToken: office)
    }

    /// An account that signs in only by API token; its password can never match.
    static func account(username: String, role: String, governmentID: Int, unitID: Int?, on db: any Database) async throws -> String {
        let account = AccountRecord()
        account.username = username
        account.displayName = username
        account.passwordHash = "-"
        account.role = role
        account.governmentID = governmentID
        account.unitID = unitID
        account.failedLogins = 0
        account.active = true
        try await account.create(on: db)
        let token = Tokens.random()
        let record = APITokenRecord()
        record.tokenHash = Tokens.hash(token)
        record.accountID = try account.requireID()
        record.name = "bench"
        try await record.create(on: db)
        return token
    }
}
