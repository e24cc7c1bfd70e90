import FluentKit
import SQLKit

/// Every migration, in order, each named for what it does. Schema builder and SQLKit builders
/// only, so SQLite and PostgreSQL take the same list; the search index is the one exception.
public enum DubanMigrations {
    public static let all: [any Migration] = [
        CreateDirectory(),  // governments, units, aliases, collective members, leaders
        CreatePlans(),  // plans, attachments, groups, tasks, versions, indicators, responsibility
        CreateCycle(),  // periods, acknowledgements, work items, reports, values, evidence
        CreateFollowUp(),  // urgings, instructions, notifications
        CreateAccounts(),  // accounts, sessions, API tokens
        CreateAudit(),  // the hash-chained audit trail
        CreateIndexes(),  // the lookups the app's questions make
        CreateOutbox(),  // webhook messages waiting to be sent
        CreateDataRevision(),  // the number every write raises, for caches on every app server
        CreateProducts(),  // monthly bulletins and their versions
        CreateSearch(),  // full-text search for Chinese (FTS5 trigram, pg_trgm)
        CreateColumnMappings(),  // what a clerk said a table's columns are, per government and header
        AddWebhookSecret(),  // the DingTalk robot's signing secret (加签)
        AddAccountSecurity(),  // folded usernames, must-change-password, who issued a password, token expiry
        AddTaskRating(),  // the office's rating of a qualitative or milestone task (评定等次)
        AddSupervisionRules(),  // the office's light thresholds, correction window and ranking minimum
        AddForeignKeys(),  // rows that belong to rows, with what happens on delete
        CreateWorkCalendar(),  // the installation's own holidays and workdays, over the State Council's notices
        CreateProgressSheets(),  // the sheets' sealing secret and uploads waiting for confirmation
        CreateChangeRequests(),  // 延期申请 and 目标调整申请 with the office's decisions
        AddSignOff(),  // 审签: the government's switch, the unit leaders' accounts, reports waiting for them
        CreateChangeRequestFiles(),  // the evidence a unit attaches to an application
        AddOutboxClaims(),  // a robot message claimed by one app server before it is sent
        AddIdentityProvider(),  // 统一身份认证: bound subjects, sign-ins under way
        AddGovernmentLevels(),  // parents, burden ceilings, tasks passed down, links between levels
        CreateInspectionRounds(),  // 季督查 lists as issued, which the burden meter counts
    ]
}

extension SchemaBuilder {
    /// An auto-incrementing integer key, on SQLite and PostgreSQL alike.
    func intID() -> Self { field(.id, .int, .identifier(auto: true)) }
}
