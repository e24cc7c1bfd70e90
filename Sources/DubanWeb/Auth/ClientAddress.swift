import Vapor

/// Who is really calling, and whether over https: the peer address, unless the peer is a proxy
/// the installation trusts (`DUBAN_TRUSTED_PROXY`), whose X-Forwarded-For and
/// X-Forwarded-Proto are then believed. Anyone else could write those headers.
enum ClientAddress {
    /// The peer's address without port, or nil for an in-process request (tests).
    static func peer(_ req: Request) -> String? {
        req.remoteAddress?.ipAddress
    }

    /// The peer is this machine (a scraper or an operator's curl), not a proxy's forwarded client.
    static func peerIsLoopback(_ req: Request) -> Bool { trusted(peer(req), ["loopback"]) }

    static func trusted(_ address: String?, _ proxies: [String]) -> Bool {
        guard let address else { return false }
        for proxy in proxies {
            if proxy == "loopback", address.hasPrefix("127.") || address == "::1" || address == "::ffff:127.0.0.1" { return true }
            if proxy == address { return true }
        }
        return false
    }

    /// The client for throttling: behind a trusted proxy, the right-most forwarded address the
    /// proxies did not add themselves; otherwise the peer.
    static func client(_ req: Request) -> String {
        let proxies = req.duban.config.trustedProxies
        let peer = peer(req)
        guard trusted(peer, proxies) else { return peer ?? "-" }
        let forwarded = req.headers[.xForwardedFor].flatMap { $0.split(separator: ",") }
            .map { $0.trimmingCharacters(in: .whitespaces) }.filter { !$0.isEmpty }
        return forwarded.last { !trusted($0, proxies) } ?? peer ?? "-"
    }

    /// Whether the user's browser talks https to us: the public URL says so, or a trusted proxy does.
    static func isHTTPS(_ req: Request) -> Bool {
        let config = req.duban.config
        if config.publicURL?.lowercased().hasPrefix("https://") == true { return true }
        guard trusted(peer(req), config.trustedProxies) else { return false }
        return req.headers.first(name: "X-Forwarded-Proto")?.lowercased().split(separator: ",").first?
            .trimmingCharacters(in: .whitespaces) == "https"
    }
}
