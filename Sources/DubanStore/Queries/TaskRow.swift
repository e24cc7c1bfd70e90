import DubanCore
import Foundation

/// A task as lists show it: responsibility by name and its light with the reasons in words.
public struct TaskRow: Sendable, Codable, Equatable {
    public var id: Int
    public var planID: Int
    public var position: Int
    public var attachment: Int
    public var path: [String]
    public var label: String
    public var text: String
    public var kind: String
    public var deadline: String?
    public var status: String
    public var leaders: [Named]
    public var leadUnits: [Named]
    public var coopUnits: [Named]
    public var light: Light
    public var lightText: String
    public var expected: Double?
    public var actual: Double?
    public var reasons: [String]
    /// The causes of the first `reasons`, for code to decide by (`LightCause`).
    public var causes: [LightCause]
    public var acknowledged: Bool
    public var openUrgings: Int
    public var lastReportAt: Date?

    public struct Named: Sendable, Codable, Equatable, Hashable {
        public var id: Int
        public var name: String
    }
}
