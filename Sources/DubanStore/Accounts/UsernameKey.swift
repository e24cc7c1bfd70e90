import DubanStrings
import Foundation

/// How usernames compare: trimmed, compatibility-normalised (a full-width ｚｌ is zl) and
/// lower-cased, so `ZL-u7 ` and `zl-u7` are one account on create and on login.
public enum UsernameKey {
    public static let maxLength = 64

    public static func trim(_ username: String) -> String {
        username.trimmingCharacters(in: .whitespacesAndNewlines)
    }

    public static func fold(_ username: String) -> String {
        trim(username).precomposedStringWithCompatibilityMapping.lowercased()
    }

    /// Why a new username cannot be used, or nil.
    public static func problem(_ username: String) -> String? {
        let trimmed = trim(username)
        if trimmed.isEmpty { return Strings.Identity.usernameEmpty }
        if trimmed.count > maxLength { return Strings.Identity.usernameTooLong }
        if trimmed.unicodeScalars.contains(where: { $0.properties.isWhitespace || $0.properties.generalCategory == .control }) {
            return Strings.Identity.usernameBadCharacters
        }
        return nil
    }
}
