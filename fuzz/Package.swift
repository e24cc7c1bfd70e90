// swift-tools-version:6.1
import PackageDescription

// libFuzzer targets for Duban's readers. A package of its own, so the root package's
// `swift build` / `swift test` never see `-sanitize=fuzzer`. The project's modules come in
// through symlinks in Sources/ (a `.package(path: "..")` would be named after whatever folder
// the repository was cloned into). Build and run with scripts/fuzz.sh.

let swiftSettings: [SwiftSetting] = [.swiftLanguageMode(.v6)]

/// One executable per fuzz target: its main.swift hands libFuzzer's driver the one-input function.
func fuzzTarget(_ name: String, _ dependencies: [Target.Dependency]) -> Target {
    .executableTarget(name: name, dependencies: ["FuzzDriver"] + dependencies, swiftSettings: swiftSettings)
}

let package = Package(
    name: "DubanFuzz",
    platforms: [.macOS(.v14)],
    products: [
        .executable(name: "fuzz-text", targets: ["FuzzText"]),
        .executable(name: "fuzz-csv", targets: ["FuzzCSV"]),
        .executable(name: "fuzz-docx", targets: ["FuzzDocx"]),
        .executable(name: "fuzz-xlsx", targets: ["FuzzXlsx"]),
        .executable(name: "fuzz-import", targets: ["FuzzImport"]),
        .executable(name: "fuzz-quantities", targets: ["FuzzQuantities"]),
        .executable(name: "fuzz-indicators", targets: ["FuzzIndicators"]),
        .executable(name: "fuzz-multipart", targets: ["FuzzMultipart"]),
        .executable(name: "fuzz-sheet", targets: ["FuzzSheet"]),
    ],
    dependencies: [
        .package(url: "https://github.com/weichsel/ZIPFoundation", from: "0.9.19"),
        .package(url: "https://github.com/vapor/multipart-kit", from: "4.7.1"),
    ],
    targets: [
        // The project's own sources (symlinks), built exactly as the root package builds them.
        .target(name: "DubanStrings", swiftSettings: swiftSettings),
        .target(
            name: "DubanDocuments",
            dependencies: ["DubanStrings", .product(name: "ZIPFoundation", package: "ZIPFoundation")],
            swiftSettings: swiftSettings
        ),
        .target(name: "DubanCore", dependencies: ["DubanDocuments", "DubanStrings"], swiftSettings: swiftSettings),
        // Office-file fuzz inputs: raw bytes, or XML parts zipped here.
        .target(
            name: "OfficeInput",
            dependencies: [.product(name: "ZIPFoundation", package: "ZIPFoundation")],
            swiftSettings: swiftSettings
        ),
        // Declares libFuzzer's LLVMFuzzerRunDriver for Swift.
        .target(name: "CFuzzer"),
        // Hands libFuzzer's driver a target's one-input function.
        .target(name: "FuzzDriver", dependencies: ["CFuzzer"], swiftSettings: swiftSettings),

        fuzzTarget("FuzzText", ["DubanDocuments"]),
        fuzzTarget("FuzzCSV", ["DubanDocuments"]),
        fuzzTarget("FuzzDocx", ["DubanDocuments", "OfficeInput"]),
        fuzzTarget("FuzzXlsx", ["DubanDocuments", "OfficeInput"]),
        fuzzTarget("FuzzImport", ["DubanCore", "DubanDocuments"]),
        fuzzTarget("FuzzQuantities", ["DubanCore"]),
        fuzzTarget("FuzzIndicators", ["DubanCore"]),
        fuzzTarget("FuzzMultipart", ["DubanCore", .product(name: "MultipartKit", package: "multipart-kit")]),
        fuzzTarget("FuzzSheet", ["DubanCore", "DubanDocuments", "OfficeInput"]),
    ]
)
