import Crypto
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
        record.sha256 = SHA256.hash(data: upload.data).map { String(format: "%02x", $0) }.joined()
        record.data = upload.data
        record.accountID = accountID
        record.createdAt = WriteClock.current
        try await record.create(on: db)
    }

    /// A file for someone signed in who may read the task's reports. One that exists but is not
    /// theirs answers as one that does not exist, so ids reveal nothing.
    public static func file(_ fileID: Int, actor: Actor?, on db: any Database) async throws -> ChangeRequestFileRecord {
        let missing = StoreError.notFound(Strings.Store.evidenceNotFound)
        guard actor != nil, let file = try await ChangeRequestFileRecord.find(fileID, on: db),
            let request = try await ChangeRequestRecord.find(file.requestID, on: db)
        else { throw missing }
        let subject = try await TaskSubject.load(request.taskID, on: db).subject
        guard Permissions.decide(actor, .readTask, subject).isAllowed, Visibility.shows(.reports, to: actor) else { throw missing }
        return file
    }
}
