import DubanCore
import Foundation
import Testing

/// States are compared as enum values: a status or role spelt as a literal in the code would
/// fail silently when misspelt, so none may remain outside `RecordStates.swift`.
@Suite struct RecordStatesTests {
    static let literal = try! NSRegularExpression(
        pattern: #"(status|role)\s*(==|!=|=)\s*"[a-z]+""#)

    @Test func noStatusOrRoleIsComparedOrSetAsALiteral() throws {
        let sources = URL(fileURLWithPath: UnitDirectoryTests.root).appendingPathComponent("Sources")
        let files =
            FileManager.default.enumerator(at: sources, includingPropertiesForKeys: nil)?
            .compactMap { $0 as? URL }.filter { $0.pathExtension == "swift" && !$0.path.contains("/OpenAPI/") } ?? []
        #expect(files.count > 100)
        var found: [String] = []
        for file in files {
            let text = try String(contentsOf: file, encoding: .utf8)
            for (number, line) in text.components(separatedBy: "\n").enumerated()
            where Self.literal.firstMatch(in: line, range: NSRange(line.startIndex..., in: line)) != nil {
                found.append("\(file.lastPathComponent):\(number + 1): \(line.trimmingCharacters(in: .whitespaces))")
            }
        }
        #expect(found.isEmpty, "\(found)")
    }

    @Test func storedValuesAreTheOnesTheDatabaseHolds() {
        // The raw strings are the stored data: changing one would orphan every existing row.
        #expect(PlanStatus.allCases.map(\.rawValue) == ["draft", "published", "archived"])
        #expect(ReportStatus.allCases.map(\.rawValue) == ["submitted", "accepted", "returned", "superseded"])
        #expect(TaskStatus.allCases.map(\.rawValue) == ["open", "closed"])
        #expect(ResponsibilityRole.allCases.map(\.rawValue) == ["lead", "coop"])
        #expect(BulletinStatus.allCases.map(\.rawValue) == ["draft", "published"])
    }
}
