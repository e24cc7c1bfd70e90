import Crypto
import FluentKit
import Foundation

/// What the offline sheet round trip needs: the installation's sealing secret (made once, here,
/// and never shown) and the uploads waiting for a person to confirm their preview.
struct CreateProgressSheets: AsyncMigration {
    func prepare(on db: any Database) async throws {
        try await db.schema(InstallationSecretRecord.schema).intID()
            .field("name", .string, .required).field("value", .string, .required)
            .unique(on: "name").create()
        try await db.schema(SheetUploadRecord.schema).intID()
            .field("government_id", .int, .required, .references("governments", "id", onDelete: .restrict))
            .field("account_id", .int, .required, .references("accounts", "id", onDelete: .cascade))
            .field("file_name", .string, .required).field("sha256", .string, .required).field("data", .data, .required)
            .field("created_at", .datetime).field("confirmed_at", .datetime)
            .create()
        let secret = InstallationSecretRecord()
        secret.name = InstallationSecretRecord.sheetSeal
        secret.value = SymmetricKey(size: .bits256).withUnsafeBytes { Data($0).base64EncodedString() }
        try await secret.create(on: db)
    }

    func revert(on db: any Database) async throws {
        try await db.schema(SheetUploadRecord.schema).delete()
        try await db.schema(InstallationSecretRecord.schema).delete()
    }
}
