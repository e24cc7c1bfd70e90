import DubanCore
import DubanStrings
import FluentKit
import Foundation

/// The evidence attached to applications: stored with the application, read by whoever may read
/// its task's reports.
extension ChangeRequests {
    static func storeFile(_ upload: Evidence.Upload, requestID: Int, accountID: Int, on db: any Database) async throws {
        let record = ChangeRequestFileRecord()
        record.requestID = requestID
        record.filename = upload.filename
        record.contentType = EvidencePolicy.contentType(for: upload.filename)
        record.size = upload.data.count
        record.sha256 = Evidence.digest(upload.data)
        record.data = upload.data
        record.accountID = accountID
        record.createdAt = WriteClock.current
        try await record.create(on: db)
    }

    /// A file for someone signed in who may read the task's reports. One that exists but is not
    /// theirs answers as one that does not exist, so ids reveal nothing.
    public static func file(_ fileID: Int, actor: Actor?, on db: any Database) async throws -> ChangeRequestFileRecord {
        guard actor != nil, let file = try await ChangeRequestFileRecord.find(fileID, on: db),
            let request = try await ChangeRequestRecord.find(file.requestID, on: db)
        else { throw StoreError.notFound(Strings.Store.evidenceNotFound) }
        try await Evidence.requireReader(actor, taskID: request.taskID, on: db)
        return file
    }
}
