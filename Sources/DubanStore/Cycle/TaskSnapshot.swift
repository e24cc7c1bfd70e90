import DubanCore
import DubanStrings
import FluentKit
import Foundation

/// A task as it stood before an amendment, kept with the version so nothing is lost.
struct TaskSnapshot: Codable {
    var text: String
    var deadline: String?
    var kind: String
    var indicators: [Indicator]
    /// Absent in versions kept before responsibility could be amended.
    var leadUnits: [String]?
    var coopUnits: [String]?
}
