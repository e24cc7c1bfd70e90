// swift-tools-version:6.1
import PackageDescription

// One settings list for every target, so the whole package builds in Swift 6 mode alike.
let swiftSettings: [SwiftSetting] = [
    .swiftLanguageMode(.v6)
]

// `DUBAN_PURE=1` (make test-fast): the libraries without Vapor, Fluent or a database, and their
// tests, so the inner loop neither resolves nor builds the web stack.
let pure = Context.environment["DUBAN_PURE"] == "1"
let pureTargets: Set<String> = [
    "DubanStrings", "DubanDocuments", "DubanCore", "DubanExport", "DubanHTML", "DubanTestSupport",
    "DubanDocumentsTests", "DubanCoreTests", "DubanExportTests", "DubanHTMLTests", "duban-bench",
]
let zipFoundation: Package.Dependency = .package(url: "https://github.com/weichsel/ZIPFoundation", from: "0.9.19")

var package = Package(
    name: "Duban",
    platforms: [.macOS(.v14)],
    products: [
        .executable(name: "duban", targets: ["duban"]),
        .library(name: "DubanCore", targets: ["DubanCore"]),
        .library(name: "DubanDocuments", targets: ["DubanDocuments"]),
    ],
    dependencies: [
        .package(url: "https://github.com/apple/swift-argument-parser", from: "1.5.0"),
        zipFoundation,
        .package(url: "https://github.com/vapor/vapor", from: "4.100.0"),
        .package(url: "https://github.com/vapor/fluent-kit", from: "1.49.0"),
        .package(url: "https://github.com/vapor/sql-kit", from: "3.30.0"),
        .package(url: "https://github.com/vapor/fluent-sqlite-driver", from: "4.7.0"),
        .package(url: "https://github.com/vapor/fluent-postgres-driver", from: "2.9.0"),
        .package(url: "https://github.com/apple/swift-crypto", "3.0.0"..<"5.0.0"),
        .package(url: "https://github.com/vapor/jwt-kit", from: "5.0.0"),
        .package(url: "https://github.com/swift-server/swift-prometheus", from: "2.0.0"),
        .package(url: "https://github.com/apple/swift-metrics", from: "2.4.0"),
    ],
    targets: [
        // Every user-facing sentence, zh-CN, in one place.
        .target(name: "DubanStrings", swiftSettings: swiftSettings),
        // Files → blocks, tables, rows, cells. Knows tables, not governments.
        .target(
            name: "DubanDocuments",
            dependencies: ["DubanStrings", .product(name: "ZIPFoundation", package: "ZIPFoundation")],
            swiftSettings: swiftSettings
        ),
        // The domain: plans, tasks, indicators, units, lint. No Vapor, no database.
        .target(name: "DubanCore", dependencies: ["DubanDocuments", "DubanStrings"], swiftSettings: swiftSettings),
        // Plans written out as the issued table: Word, Excel, CSV (and duban.plan/1 JSON). No Vapor.
        .target(
            name: "DubanExport",
            dependencies: ["DubanCore", "DubanDocuments", "DubanStrings", .product(name: "ZIPFoundation", package: "ZIPFoundation")],
            swiftSettings: swiftSettings
        ),
        // FluentKit models, migrations (schema builder only: SQLite and PostgreSQL alike), repositories.
        .target(
            name: "DubanStore",
            dependencies: [
                "DubanCore", "DubanStrings",
                .product(name: "FluentKit", package: "fluent-kit"),
                .product(name: "SQLKit", package: "sql-kit"),
                .product(name: "FluentSQLiteDriver", package: "fluent-sqlite-driver"),
                .product(name: "FluentPostgresDriver", package: "fluent-postgres-driver"),
                .product(name: "Crypto", package: "swift-crypto"),
                .product(name: "Metrics", package: "swift-metrics"),
            ],
            swiftSettings: swiftSettings
        ),
        // Escaped HTML, typed tags and the SVG drawing of the charts: what a view is made of. No Vapor.
        .target(name: "DubanHTML", swiftSettings: swiftSettings),
        // The thin Vapor layer: routes, pages, the JSON API.
        .target(
            name: "DubanWeb",
            dependencies: [
                "DubanCore", "DubanStore", "DubanStrings", "DubanDocuments", "DubanExport", "DubanHTML",
                .product(name: "Vapor", package: "vapor"),
                // ID tokens of the government's identity provider; the /metrics endpoint.
                .product(name: "JWTKit", package: "jwt-kit"),
                .product(name: "Prometheus", package: "swift-prometheus"),
            ],
            swiftSettings: swiftSettings
        ),
        // `serve --demo` and `bench-seed`: sample plans, months of history, benchmark data. Kept
        // out of DubanWeb so the production server carries no seeding code of its own.
        .target(
            name: "DubanDemo",
            dependencies: [
                "DubanCore", "DubanStore", "DubanStrings", "DubanWeb",
                .product(name: "Vapor", package: "vapor"),
                .product(name: "FluentKit", package: "fluent-kit"),
            ],
            swiftSettings: swiftSettings
        ),
        // The command-line commands, as a library so tests can call them in-process.
        .target(
            name: "DubanCLI",
            dependencies: [
                "DubanCore", "DubanDocuments", "DubanStrings", "DubanStore", "DubanWeb", "DubanDemo", "DubanExport",
                .product(name: "ArgumentParser", package: "swift-argument-parser"),
            ],
            swiftSettings: swiftSettings
        ),
        .executableTarget(name: "duban", dependencies: ["DubanCLI"], swiftSettings: swiftSettings),
        .executableTarget(
            name: "duban-bench",
            dependencies: ["DubanCore", "DubanDocuments", "DubanExport", .product(name: "ZIPFoundation", package: "ZIPFoundation")],
            path: "bench/Sources/duban-bench",
            swiftSettings: swiftSettings
        ),
        // What every test target shares: the repository root, reading a child's output.
        .target(name: "DubanTestSupport", path: "Tests/DubanTestSupport", swiftSettings: swiftSettings),
        .testTarget(name: "DubanDocumentsTests", dependencies: ["DubanDocuments", "DubanTestSupport"], swiftSettings: swiftSettings),
        .testTarget(name: "DubanCoreTests", dependencies: ["DubanCore", "DubanDocuments", "DubanTestSupport"], swiftSettings: swiftSettings),
        .testTarget(
            name: "DubanExportTests", dependencies: ["DubanExport", "DubanCore", "DubanDocuments", "DubanTestSupport"], swiftSettings: swiftSettings),
        .testTarget(name: "DubanHTMLTests", dependencies: ["DubanHTML"], swiftSettings: swiftSettings),
        .testTarget(
            name: "DubanCLITests",
            dependencies: [
                "DubanCLI", "DubanCore", "DubanExport", "DubanStore", "DubanWeb", "DubanTestSupport", .product(name: "FluentKit", package: "fluent-kit"),
                .product(name: "SQLKit", package: "sql-kit"), .product(name: "Crypto", package: "swift-crypto"),
            ], swiftSettings: swiftSettings),
        .testTarget(
            name: "DubanStoreTests",
            dependencies: ["DubanStore", "DubanCore", "DubanExport", "DubanStrings", "DubanTestSupport", .product(name: "FluentKit", package: "fluent-kit")],
            swiftSettings: swiftSettings),
        .testTarget(
            name: "DubanWebTests",
            dependencies: [
                "DubanWeb", "DubanStore", "DubanCore", "DubanExport", "DubanStrings", "DubanHTML", "DubanTestSupport",
                .product(name: "VaporTesting", package: "vapor"),
                .product(name: "FluentKit", package: "fluent-kit"), .product(name: "Crypto", package: "swift-crypto"),
            ],
            swiftSettings: swiftSettings
        ),
    ]
)

if pure {
    package.products = package.products.filter { $0.name == "DubanCore" || $0.name == "DubanDocuments" }
    package.targets = package.targets.filter { pureTargets.contains($0.name) }
    package.dependencies = [zipFoundation]
}
