import DubanStrings

/// What a password must be: at least 10 characters, letters and digits, not the username.
public enum PasswordPolicy {
    public static func problem(password: String, username: String) -> String? {
        if password.count < 10 { return Strings.Web.passwordTooShort }
        let hasLetter = password.contains { $0.isLetter }
        let hasDigit = password.contains { $0.isNumber }
        if !hasLetter || !hasDigit { return Strings.Web.passwordNeedsMix }
        let name = UsernameKey.fold(username)
        if !name.isEmpty && password.lowercased().contains(name) { return Strings.Web.passwordContainsUsername }
        return nil
    }
}

/// Password hashing stays with the caller (the web layer has Vapor's bcrypt); the store is
/// handed these so that it can check the policy and old passwords inside its use cases.
public typealias PasswordHash = @Sendable (String) async throws -> String
public typealias PasswordVerify = @Sendable (_ password: String, _ hash: String) async throws -> Bool
