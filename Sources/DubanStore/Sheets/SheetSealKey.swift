import Crypto
import DubanCore
import DubanStrings
import FluentKit
import Foundation

/// The installation's seal for progress sheets: HMAC-SHA256 with the secret the migration made.
enum SheetSealKey {
    static func seal(on db: any Database) async throws -> SheetSeal {
        guard let secret = try await InstallationSecretRecord.query(on: db).filter(\.$name == InstallationSecretRecord.sheetSeal).first() else {
            throw StoreError.conflict(Strings.Sheets.secretMissing)
        }
        let key = SymmetricKey(data: Data(secret.value.utf8))
        return SheetSeal { text in
            HMAC<SHA256>.authenticationCode(for: Data(text.utf8), using: key).lowercaseHex
        }
    }
}
