import DubanStrings

/// A request the store refuses, with the Chinese sentence the user sees and an HTTP-like kind.
public enum StoreError: Error, Equatable, Sendable, CustomStringConvertible {
    case notFound(String)
    case forbidden(String)
    case invalid(String)
    case conflict(String)

    public var description: String {
        switch self {
        case .notFound(let m), .forbidden(let m), .invalid(let m), .conflict(let m): m
        }
    }
}
