import DubanCore
import Foundation

#if canImport(Glibc)
    import Glibc
#endif

/// What a robot's host name resolves to, so the sweep can refuse a name that points inside.
enum HostResolver {
    static func addresses(of host: String) -> [IPAddress] {
        let bare = host.hasPrefix("[") && host.hasSuffix("]") ? String(host.dropFirst().dropLast()) : host
        if let literal = IPAddress(bare) { return [literal] }
        var hints = addrinfo()
        hints.ai_socktype = Int32(SOCK_STREAM.rawValue)
        var list: UnsafeMutablePointer<addrinfo>?
        guard getaddrinfo(bare, nil, &hints, &list) == 0, let first = list else { return [] }
        defer { freeaddrinfo(list) }
        var found: [IPAddress] = []
        var node: UnsafeMutablePointer<addrinfo>? = first
        while let current = node {
            var buffer = [CChar](repeating: 0, count: Int(INET6_ADDRSTRLEN))
            if let address = current.pointee.ai_addr {
                if current.pointee.ai_family == AF_INET {
                    address.withMemoryRebound(to: sockaddr_in.self, capacity: 1) {
                        var a = $0.pointee.sin_addr
                        inet_ntop(AF_INET, &a, &buffer, socklen_t(buffer.count))
                    }
                } else if current.pointee.ai_family == AF_INET6 {
                    address.withMemoryRebound(to: sockaddr_in6.self, capacity: 1) {
                        var a = $0.pointee.sin6_addr
                        inet_ntop(AF_INET6, &a, &buffer, socklen_t(buffer.count))
                    }
                }
            }
            let text = String(cString: buffer)
            if let parsed = IPAddress(text) { found.append(parsed) }
            node = current.pointee.ai_next
        }
        return found
    }
}
