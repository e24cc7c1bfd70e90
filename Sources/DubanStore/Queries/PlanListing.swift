import DubanCore
import DubanStrings
import FluentKit
import Foundation

/// A plan as the web edge shows it: a value, never the record, and never its uploaded bytes.
public struct PlanEntry: Sendable, Codable, Equatable {
    public var id: Int
    public var governmentID: Int
    public var year: Int
    public var title: String
    public var status: String
    public var sourceName: String
    public var sourceFormat: String
    /// The importer's warnings and findings at import time (JSON).
    public var importReport: String
    public var periodRules: String
    public var publishedAt: Date?
    public var createdBy: Int
    public var createdAt: Date?

    public var isPublished: Bool { status == PlanStatus.published.rawValue }
    public var subject: Subject { .government(governmentID, published: isPublished) }

    init(_ record: PlanRecord) {
        id = record.id ?? 0
        governmentID = record.governmentID
        year = record.year
        title = record.title
        status = record.status
        sourceName = record.sourceName
        sourceFormat = record.sourceFormat
        importReport = record.importReport
        periodRules = record.periodRules
        publishedAt = record.publishedAt
        createdBy = record.createdBy
        createdAt = record.createdAt
    }
}

public enum PlanListing {
    /// The plan if `actor` may do `action` to it (reading it, by default); refused otherwise.
    public static func read(_ planID: Int, actor: Actor?, for action: Action = .readPlan, on db: any Database) async throws -> PlanEntry {
        guard let record = try await PlanRecord.find(planID, on: db) else { throw StoreError.notFound(Strings.Store.planNotFound) }
        let plan = PlanEntry(record)
        try Guard.require(actor, action, plan.subject)
        return plan
    }

    /// Open data: a published plan, whoever asks; a draft does not exist for them.
    public static func published(_ planID: Int, on db: any Database) async throws -> PlanEntry {
        guard let record = try await PlanRecord.find(planID, on: db), record.status == PlanStatus.published.rawValue else {
            throw StoreError.notFound(Strings.Store.planNotPublished)
        }
        return PlanEntry(record)
    }

    /// Several published plans by id (a unit's calendar spans years).
    public static func published(_ planIDs: Set<Int>, on db: any Database) async throws -> [PlanEntry] {
        try await PlanRecord.query(on: db).filter(\.$id ~~ planIDs).filter(\.$status == PlanStatus.published.rawValue).all().map(PlanEntry.init)
    }

    /// The reporting periods of published plans, by due date (a unit's calendar).
    public static func periods(of planIDs: Set<Int>, on db: any Database) async throws -> [PeriodEntry] {
        try await PeriodRecord.query(on: db).filter(\.$planID ~~ planIDs).sort(\.$dueAt).all()
            .map { PeriodEntry(id: $0.id ?? 0, planID: $0.planID, label: $0.label, dueAt: $0.dueAt) }
    }
}

public struct PeriodEntry: Sendable, Codable, Equatable {
    public var id: Int
    public var planID: Int
    public var label: String
    public var dueAt: Date
}
