import DubanStrings
import Foundation

/// Where a group robot may be: a public https address. A webhook URL is typed by an office, and
/// the server posts to it, so loopback, private ranges and link-local metadata addresses would
/// let any office make the server call into its own network. An installation that runs its own
/// relay inside that network names it in `allowedHosts` (then plain http is accepted too).
public struct WebhookAddress: Sendable, Equatable {
    public var allowedHosts: Set<String>

    public init(allowedHosts: Set<String> = []) {
        self.allowedHosts = Set(allowedHosts.map { $0.lowercased() })
    }

    /// Nil when the URL may be used; otherwise the Chinese reason.
    public func problem(with url: String) -> String? {
        typealias SecurityText = Strings.Security
        guard url.utf8.count <= 1_000, let components = URLComponents(string: url),
            let scheme = components.scheme?.lowercased(), let rawHost = components.host, !rawHost.isEmpty
        else {
            return SecurityText.webhookMalformed
        }
        guard components.user == nil, components.password == nil else { return SecurityText.webhookMalformed }
        let host = Self.bareHost(rawHost)
        if allowedHosts.contains(host) { return scheme == "https" || scheme == "http" ? nil : SecurityText.webhookMalformed }
        guard scheme == "https" else { return SecurityText.webhookHTTPSOnly }
        if Self.isInternalName(host) { return SecurityText.webhookPrivate(host) }
        if let address = IPAddress(host) { return address.isPublic ? nil : SecurityText.webhookPrivate(host) }
        // Every label digits or hex: an address in a form getaddrinfo accepts (2130706433, 0x7f.1).
        if host.split(separator: ".").allSatisfy({ $0.allSatisfy { $0.isHexDigit || $0 == "x" } }) { return SecurityText.webhookPrivate(host) }
        return nil
    }

    /// Checked again at delivery on what the name resolved to, so a public name pointed at a
    /// private address later is still refused.
    public func allowsResolved(host: String, addresses: [IPAddress]) -> Bool {
        if allowedHosts.contains(Self.bareHost(host)) { return true }
        return !addresses.isEmpty && addresses.allSatisfy(\.isPublic)
    }

    static func bareHost(_ host: String) -> String {
        var bare = host.lowercased()
        if bare.hasPrefix("["), bare.hasSuffix("]") { bare = String(bare.dropFirst().dropLast()) }
        while bare.hasSuffix(".") { bare.removeLast() }
        return bare
    }

    static func isInternalName(_ host: String) -> Bool {
        let internalSuffixes = [".localhost", ".local", ".internal", ".lan", ".home.arpa"]
        return host == "localhost" || !host.contains(".") && IPAddress(host) == nil
            || internalSuffixes.contains { host.hasSuffix($0) }
    }
}

/// An IPv4 or IPv6 address, only as far as telling public from not.
public enum IPAddress: Sendable, Equatable {
    case v4([UInt8])
    case v6([UInt8])

    public init?(_ text: String) {
        if let v4 = Self.parseV4(text) {
            self = .v4(v4)
            return
        }
        var storage = in6_addr()
        guard text.contains(":"), inet_pton(AF_INET6, text, &storage) == 1 else { return nil }
        self = .v6(withUnsafeBytes(of: storage) { Array($0) })
    }

    static func parseV4(_ text: String) -> [UInt8]? {
        let parts = text.split(separator: ".", omittingEmptySubsequences: false)
        guard parts.count == 4 else { return nil }
        var bytes: [UInt8] = []
        for part in parts {
            guard !part.isEmpty, part.count <= 3, part.allSatisfy(\.isASCII), let value = UInt8(part) else { return nil }
            bytes.append(value)
        }
        return bytes
    }

    /// Not loopback, private, shared (CGNAT), link-local, multicast, reserved or unspecified.
    public var isPublic: Bool {
        switch self {
        case .v4(let b):
            switch (b[0], b[1]) {
            case (0, _), (10, _), (127, _), (169, 254), (192, 168), (255, _): return false
            case (172, 16...31), (100, 64...127), (198, 18...19), (192, 0): return false
            case (224...255, _): return false
            default: return true
            }
        case .v6(let b):
            if b.allSatisfy({ $0 == 0 }) { return false }  // ::
            if b[0..<15].allSatisfy({ $0 == 0 }) && b[15] == 1 { return false }  // ::1
            if b[0..<10].allSatisfy({ $0 == 0 }) && b[10] == 0xFF && b[11] == 0xFF {  // ::ffff:a.b.c.d
                return IPAddress.v4(Array(b[12..<16])).isPublic
            }
            if b[0] & 0xFE == 0xFC { return false }  // fc00::/7
            if b[0] == 0xFE && b[1] & 0xC0 == 0x80 { return false }  // fe80::/10
            if b[0] == 0xFF { return false }  // multicast
            if b[0] == 0x20 && b[1] == 0x01 && b[2] == 0x0D && b[3] == 0xB8 { return false }  // documentation
            return true
        }
    }
}
