import Foundation

/// The repository's root (where `Package.swift` is), for the tests of every target: fixtures,
/// samples, the shared scorers.
public enum RepositoryRoot {
    public static let url: URL = {
        var url = URL(fileURLWithPath: #filePath)
        while url.path != "/" {
            url.deleteLastPathComponent()
            if FileManager.default.fileExists(atPath: url.appendingPathComponent("Package.swift").path) { return url }
        }
        fatalError("package root not found")
    }()

    public static var path: String { url.path }

    /// A path below the root, e.g. `Samples/zhonglou-2022.txt`.
    public static func path(_ relative: String) -> String { url.appendingPathComponent(relative).path }
}
