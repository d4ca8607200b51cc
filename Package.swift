// swift-tools-version:6.2
import PackageDescription

/// Settings every Annals target shares: Swift 6 strict concurrency plus the
/// upcoming features the style guide asks for.
let sharedSettings: [SwiftSetting] = [
    .enableUpcomingFeature("ExistentialAny"),
    .enableUpcomingFeature("MemberImportVisibility"),
    .enableUpcomingFeature("InternalImportsByDefault"),
]

let package = Package(
    name: "Annals",
    platforms: [.macOS(.v14)],
    products: [
        .executable(name: "annals", targets: ["annals"]),
        .library(name: "AnnalsCore", targets: ["AnnalsCore"]),
        .library(name: "AnnalsStore", targets: ["AnnalsStore"]),
        .library(name: "AnnalsIngest", targets: ["AnnalsIngest"]),
        .library(name: "AnnalsAsk", targets: ["AnnalsAsk"]),
    ],
    dependencies: [
        .package(url: "https://github.com/groue/GRDB.swift", from: "7.10.0"),
        .package(url: "https://github.com/apple/swift-argument-parser", from: "1.8.2"),
        .package(url: "https://github.com/apple/swift-crypto", from: "4.5.2"),
        .package(url: "https://github.com/apple/swift-log", from: "1.16.2"),
        .package(url: "https://github.com/hummingbird-project/hummingbird", from: "2.28.1"),
        .package(url: "https://github.com/apple/swift-http-types", from: "1.8.0"),
        .package(url: "https://github.com/apple/swift-nio", from: "2.101.2"),
        .package(url: "https://github.com/apple/swift-nio-extras", from: "1.35.2"),
    ],
    targets: [
        // The pure core: documents, text structure, the analysis pipeline, provenance. No I/O.
        .target(
            name: "AnnalsCore",
            dependencies: ["AnnalsGrammar", .product(name: "Crypto", package: "swift-crypto")],
            resources: [.copy("Resources/name-words.txt"), .copy("Resources/time-words.txt"), .copy("Resources/event-words.txt"), .copy("Resources/event-types.txt")],
            swiftSettings: sharedSettings
        ),
        // Storage behind a protocol; SQLite (GRDB, FTS5) is the embedded default.
        .target(
            name: "AnnalsStore",
            dependencies: ["AnnalsCore", "AnnalsGrammar", .product(name: "GRDB", package: "GRDB.swift")],
            swiftSettings: sharedSettings
        ),
        // The reading grammar: a tagger and a dependency parser trained on Universal Dependencies.
        .target(
            name: "AnnalsGrammar",
            resources: [.copy("Resources/grammar.bin"), .copy("Resources/entities.bin"), .copy("Resources/coreference.bin"), .copy("Resources/archaic-forms.tsv"), .copy("Resources/clause-words.txt"), .copy("Resources/given-names.txt"),
                        .copy("Resources/coreference-words.tsv"), .copy("Resources/irregular-verbs.txt")],
            // Tagging and parsing are arithmetic over large tables: unoptimised, a debug build
            // (the one tests run) reads ten times slower, so this target is always optimised.
            swiftSettings: sharedSettings + [.unsafeFlags(["-O"], .when(configuration: .debug))]
        ),
        // Trains the grammar's models and the answer-span model from ../shared/external/ud (scripts/train).
        .executableTarget(
            name: "AnnalsTrain",
            dependencies: ["AnnalsGrammar", "AnnalsAsk"],
            swiftSettings: sharedSettings
        ),
        // Questions: reading them, finding answers in the record, abstaining when it does not say.
        .target(
            name: "AnnalsAsk",
            dependencies: ["AnnalsCore", "AnnalsGrammar"],
            resources: [.copy("Resources/answer-words.txt"), .copy("Resources/span-model.txt"), .copy("Resources/noun-kinds.txt"), .copy("Resources/related-words.txt"), .copy("Resources/answer-weights.txt")],
            swiftSettings: sharedSettings
        ),
        // The record as the interfaces read it: loaded entities and claims, questions asked of it, their JSON.
        .target(
            name: "AnnalsRecord",
            dependencies: ["AnnalsCore", "AnnalsStore", "AnnalsAsk", "AnnalsGrammar"],
            swiftSettings: sharedSettings
        ),
        // The reading room: the record over HTTP, as JSON and as HTML pages (Hummingbird).
        .target(
            name: "AnnalsServer",
            dependencies: [
                "AnnalsCore", "AnnalsStore", "AnnalsRecord", "AnnalsIngest",
                .product(name: "Hummingbird", package: "hummingbird"),
                .product(name: "HummingbirdCore", package: "hummingbird"),
                .product(name: "HTTPTypes", package: "swift-http-types"),
                .product(name: "Logging", package: "swift-log"),
                .product(name: "Crypto", package: "swift-crypto"),
                .product(name: "NIOCore", package: "swift-nio"),
                .product(name: "NIOHTTPTypes", package: "swift-nio-extras"),
            ],
            resources: [.copy("Resources/openapi.json"), .copy("Resources/annals.css"), .copy("Resources/annals.js")],
            swiftSettings: sharedSettings
        ),
        // Reading sources from disk or stdin, validating them, feeding the store.
        .target(
            name: "AnnalsIngest",
            dependencies: ["AnnalsCore", "AnnalsStore"],
            swiftSettings: sharedSettings
        ),
        // The command-line interface.
        .executableTarget(
            name: "annals",
            dependencies: [
                "AnnalsCore", "AnnalsStore", "AnnalsIngest", "AnnalsAsk", "AnnalsRecord", "AnnalsServer", "AnnalsGrammar",
                .product(name: "ArgumentParser", package: "swift-argument-parser"),
                .product(name: "Logging", package: "swift-log"),
            ],
            swiftSettings: sharedSettings
        ),
        // Throughput and latency measurements (not a test).
        .executableTarget(
            name: "AnnalsBenchmark",
            dependencies: ["AnnalsCore", "AnnalsGrammar", "AnnalsStore", "AnnalsIngest"],
            swiftSettings: sharedSettings
        ),
        // Fixtures shared by the test targets.
        .target(
            name: "AnnalsTesting",
            dependencies: ["AnnalsCore"],
            swiftSettings: sharedSettings
        ),
        .testTarget(
            name: "AnnalsCoreTests",
            dependencies: ["AnnalsCore", "AnnalsGrammar", "AnnalsTesting"],
            swiftSettings: sharedSettings
        ),
        .testTarget(
            name: "AnnalsGrammarTests",
            dependencies: ["AnnalsGrammar"],
            swiftSettings: sharedSettings
        ),
        .testTarget(
            name: "AnnalsAskTests",
            dependencies: ["AnnalsAsk", "AnnalsCore", "AnnalsGrammar"],
            swiftSettings: sharedSettings
        ),
        .testTarget(
            name: "AnnalsStoreTests",
            dependencies: ["AnnalsCore", "AnnalsStore", "AnnalsTesting", .product(name: "GRDB", package: "GRDB.swift")],
            swiftSettings: sharedSettings
        ),
        .testTarget(
            name: "AnnalsIngestTests",
            dependencies: ["AnnalsCore", "AnnalsStore", "AnnalsIngest", "AnnalsTesting"],
            swiftSettings: sharedSettings
        ),
        .testTarget(
            name: "AnnalsServerTests",
            dependencies: [
                "AnnalsServer", "AnnalsStore", "AnnalsIngest", "AnnalsRecord", "AnnalsTesting",
                .product(name: "Hummingbird", package: "hummingbird"),
                .product(name: "HTTPTypes", package: "swift-http-types"),
                .product(name: "NIOCore", package: "swift-nio"),
                .product(name: "NIOEmbedded", package: "swift-nio"),
                .product(name: "Logging", package: "swift-log"),
            ],
            swiftSettings: sharedSettings
        ),
        .testTarget(
            name: "AnnalsCLITests",
            dependencies: ["annals", "AnnalsTesting", .product(name: "GRDB", package: "GRDB.swift")],
            swiftSettings: sharedSettings
        ),
    ]
)
