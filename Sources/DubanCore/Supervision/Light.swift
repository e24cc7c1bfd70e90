import DubanStrings

/// A task's status light (亮灯). Always shown with its word and a shape, never by colour alone.
public enum Light: String, Sendable, Codable, CaseIterable {
    case green, yellow, red, done
    /// Nothing due yet and no progress known; shown grey.
    case pending

    public var word: String {
        switch self {
        case .green: Strings.Supervision.Lights.green
        case .yellow: Strings.Supervision.Lights.yellow
        case .red: Strings.Supervision.Lights.red
        case .done: Strings.Supervision.Lights.done
        case .pending: Strings.Supervision.Lights.pending
        }
    }

    /// A distinct shape per light, readable in monochrome print and by the colour-blind.
    public var icon: String {
        switch self {
        case .green: "●"
        case .yellow: "▲"
        case .red: "■"
        case .done: "✓"
        case .pending: "○"
        }
    }

    /// `绿灯 ●`.
    public var display: String { "\(word) \(icon)" }
}
