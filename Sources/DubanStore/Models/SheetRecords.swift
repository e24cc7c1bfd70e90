import FluentKit
import Foundation

/// A secret the installation made for itself (the progress sheets' seal), kept in the database
/// so every app server on it seals and checks alike.
public final class InstallationSecretRecord: Model, @unchecked Sendable {
    public static let schema = "installation_secrets"
    static let sheetSeal = "sheet_seal"
    @ID(custom: .id, generatedBy: .database) public var id: Int?
    @Field(key: "name") public var name: String
    @Field(key: "value") public var value: String

    public init() {}
}

/// A filled sheet uploaded and previewed, waiting for its uploader to confirm. Kept after
/// confirmation as the record of what the reports came from.
public final class SheetUploadRecord: Model, @unchecked Sendable {
    public static let schema = "sheet_uploads"
    @ID(custom: .id, generatedBy: .database) public var id: Int?
    @Field(key: "government_id") public var governmentID: Int
    @Field(key: "account_id") public var accountID: Int
    @Field(key: "file_name") public var fileName: String
    @Field(key: "sha256") public var sha256: String
    @Field(key: "data") public var data: Data
    @Timestamp(key: "created_at", on: .create) public var createdAt: Date?
    @OptionalField(key: "confirmed_at") public var confirmedAt: Date?

    public init() {}
}
