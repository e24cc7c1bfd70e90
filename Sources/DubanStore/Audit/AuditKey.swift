import Crypto
import DubanCore
import Foundation

/// `DUBAN_AUDIT_KEY`: a secret kept outside the database (in the server's environment) that
/// turns the audit chain into an HMAC chain. Someone who can write to the database can still
/// delete or edit entries, but can no longer re-hash them so that `audit verify` passes.
public struct AuditKey: Sendable {
    /// Keyed hashes carry this mark, so the verifier knows which rule an entry was written under.
    static let marker = "k"
    let key: SymmetricKey

    public init?(secret: String) {
        guard secret.utf8.count >= 16 else { return nil }
        key = SymmetricKey(data: SHA256.hash(data: Data(secret.utf8)))
    }

    func mac(_ data: Data) -> String {
        HMAC<SHA256>.authenticationCode(for: data, using: key).lowercaseHex
    }

    /// The process's key, read once from the environment.
    public static let configured: AuditKey? = ProcessInfo.processInfo.environment["DUBAN_AUDIT_KEY"].flatMap { AuditKey(secret: $0) }

    /// Why a key was refused (too short), for the operator at start-up.
    public static var environmentProblem: Bool {
        guard let secret = ProcessInfo.processInfo.environment["DUBAN_AUDIT_KEY"], !secret.isEmpty else { return false }
        return AuditKey(secret: secret) == nil
    }
}
