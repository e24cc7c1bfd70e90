import Crypto
import DubanCore
import DubanStrings
import FluentKit
import Foundation

/// 佐证材料: checked by `EvidencePolicy` before anything is written, stored in the database.
public enum Evidence {
    public struct Upload: Sendable, Equatable {
        public var filename: String
        public var contentType: String
        public var data: Data

        public init(filename: String, contentType: String, data: Data) {
            self.filename = filename
            self.contentType = contentType
            self.data = data
        }
    }

    public typealias Limits = EvidencePolicy.Limits

    public static func validate(_ uploads: [Upload], limits: Limits) throws {
        do {
            try EvidencePolicy.validate(uploads.map { EvidencePolicy.File(filename: $0.filename, data: $0.data) }, limits: limits)
        } catch {
            throw StoreError.invalid(error.reason)
        }
    }

    static func store(_ upload: Upload, reportID: Int, accountID: Int, on db: any Database) async throws {
        let record = EvidenceRecord()
        record.createdAt = WriteClock.current
        record.reportID = reportID
        record.filename = upload.filename
        record.contentType = EvidencePolicy.contentType(for: upload.filename)
        record.size = upload.data.count
        record.sha256 = digest(upload.data)
        record.data = upload.data
        record.accountID = accountID
        try await record.create(on: db)
    }
}

extension Evidence {
    /// A file for someone who may read its task. A file that exists but is not theirs answers
    /// exactly as one that does not exist, so ids reveal nothing.
    public static func read(_ evidenceID: Int, actor: Actor?, on db: any Database) async throws -> EvidenceRecord {
        guard actor != nil, let file = try await EvidenceRecord.find(evidenceID, on: db),
            let report = try await ReportRecord.find(file.reportID, on: db)
        else { throw StoreError.notFound(Strings.Store.evidenceNotFound) }
        try await requireReader(actor, taskID: report.taskID, on: db)
        return file
    }

    /// Refuses, as "not found", anyone who may not read the task's reports: evidence of any kind
    /// (a report's, an application's) is theirs to read or invisible.
    static func requireReader(_ actor: Actor?, taskID: Int, on db: any Database) async throws {
        let subject = try await TaskSubject.load(taskID, on: db).subject
        guard actor != nil, Permissions.decide(actor, .readTask, subject).isAllowed, Visibility.shows(.reports, to: actor) else {
            throw StoreError.notFound(Strings.Store.evidenceNotFound)
        }
    }

    /// The file's SHA-256 as stored beside it, in hex.
    static func digest(_ data: Data) -> String {
        SHA256.hash(data: data).lowercaseHex
    }
}
