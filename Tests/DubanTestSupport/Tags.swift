import Foundation
import Testing

/// The slow or tool-bound families, so a run can pick them (`swift test --filter tag:scorer`) or
/// leave them out (`--skip tag:libreOffice`). A suite carries every tag that applies.
extension Tag {
    /// Runs one of the Python scorers or `vary-plan` in Tests/Tools.
    @Tag public static var scorer: Self
    /// Converts through LibreOffice (soffice) or reads a PDF with pdftotext.
    @Tag public static var libreOffice: Self
    /// Runs the built `duban` executable as a child process.
    @Tag public static var cliProcess: Self
    /// Reads every corpus document or every variant: the accuracy suites.
    @Tag public static var corpus: Self
    /// Opens a PostgreSQL database when DUBAN_TEST_POSTGRES_URL is set.
    @Tag public static var postgres: Self
}

/// This toolchain's `swift test` cannot yet filter by tag (the `tag:` prefix of `--filter` and
/// `--skip` comes in a later Swift Testing), so a tagged suite also carries this condition:
/// `DUBAN_SKIP_TAGS=scorer,libreOffice swift test` leaves out every suite with either tag.
extension Trait where Self == ConditionTrait {
    public static func unlessSkipped(_ tags: Tag...) -> Self {
        .enabled(if: TagSelection.runs(tags), "left out by DUBAN_SKIP_TAGS")
    }
}

public enum TagSelection {
    /// The tag names in DUBAN_SKIP_TAGS, as written in the source (`scorer`, not `.scorer`).
    static let skipped: Set<String> = Set(
        (ProcessInfo.processInfo.environment["DUBAN_SKIP_TAGS"] ?? "").split(separator: ",").map {
            $0.trimmingCharacters(in: .whitespaces)
        })

    public static func name(of tag: Tag) -> String {
        let text = String(describing: tag)
        return text.hasPrefix(".") ? String(text.dropFirst()) : text
    }

    public static func runs(_ tags: [Tag]) -> Bool { !tags.contains { skipped.contains(name(of: $0)) } }
}
