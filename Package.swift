// swift-tools-version:6.2
import PackageDescription

/// Settings shared by every CaseWatch target: Swift 6 mode, strict concurrency, warnings are errors.
let strict: [SwiftSetting] = [
    .swiftLanguageMode(.v6),
    .treatAllWarnings(as: .error),
]

let package = Package(
    name: "CaseWatch",
    platforms: [.macOS(.v15)],
    products: [
        .executable(name: "casewatch", targets: ["casewatch"]),
        .executable(name: "casewatchd", targets: ["casewatchd"]),
        .library(name: "CaseWatchCore", targets: ["CaseWatchCore"]),
        .library(name: "CaseWatchConfig", targets: ["CaseWatchConfig"]),
        .library(name: "CaseWatchWheel", targets: ["CaseWatchWheel"]),
        .library(name: "CaseWatchStore", targets: ["CaseWatchStore"]),
        .library(name: "CaseWatchPostgres", targets: ["CaseWatchPostgres"]),
        .library(name: "CaseWatchEngine", targets: ["CaseWatchEngine"]),
        .library(name: "CaseWatchCommands", targets: ["CaseWatchCommands"]),
        .library(name: "CaseWatchExport", targets: ["CaseWatchExport"]),
        .library(name: "CaseWatchDelivery", targets: ["CaseWatchDelivery"]),
        .library(name: "CaseWatchHTTP", targets: ["CaseWatchHTTP"]),
        .library(name: "CaseWatchTesting", targets: ["CaseWatchTesting"]),
    ],
    dependencies: [
        .package(url: "https://github.com/jpsim/Yams", exact: "6.2.2"),
        .package(url: "https://github.com/apple/swift-argument-parser", exact: "1.8.2"),
        .package(url: "https://github.com/apple/swift-log", exact: "1.16.2"),
        .package(url: "https://github.com/groue/GRDB.swift", exact: "7.10.0"),
        .package(url: "https://github.com/swift-server/swift-service-lifecycle", exact: "2.13.0"),
        .package(url: "https://github.com/apple/swift-crypto", exact: "3.12.3"),
        .package(url: "https://github.com/swift-server/async-http-client", exact: "1.37.0"),
        .package(url: "https://github.com/apple/swift-nio-ssl", exact: "2.37.6"),
        .package(url: "https://github.com/vapor/postgres-nio", exact: "1.33.2"),
        .package(url: "https://github.com/apple/swift-nio", exact: "2.101.3"),
        // No traits: the default ones pull in swift-configuration and full Foundation, which we do not use.
        .package(url: "https://github.com/hummingbird-project/hummingbird", exact: "2.28.1", traits: []),
        .package(url: "https://github.com/apple/swift-metrics", exact: "2.13.0"),
        .package(url: "https://github.com/swift-server/swift-prometheus", exact: "2.4.1"),
    ],
    targets: [
        .target(name: "CaseWatchCore", swiftSettings: strict),
        .target(
            name: "CaseWatchConfig",
            dependencies: ["CaseWatchCore", .product(name: "Yams", package: "Yams")],
            swiftSettings: strict
        ),
        .target(name: "CaseWatchWheel", swiftSettings: strict),
        .target(
            name: "CaseWatchStore",
            dependencies: [
                "CaseWatchCore", .product(name: "GRDB", package: "GRDB.swift"), .product(name: "Crypto", package: "swift-crypto"),
            ],
            swiftSettings: strict
        ),
        .target(
            name: "CaseWatchPostgres",
            dependencies: [
                "CaseWatchCore", "CaseWatchStore",
                .product(name: "PostgresNIO", package: "postgres-nio"), .product(name: "Logging", package: "swift-log"),
                .product(name: "NIOCore", package: "swift-nio"), .product(name: "NIOPosix", package: "swift-nio"),
                .product(name: "NIOSSL", package: "swift-nio-ssl"),
            ],
            swiftSettings: strict
        ),
        .target(
            name: "CaseWatchEngine",
            dependencies: [
                "CaseWatchCore", "CaseWatchWheel", "CaseWatchStore", .product(name: "Logging", package: "swift-log"),
                .product(name: "ServiceLifecycle", package: "swift-service-lifecycle"),
            ],
            swiftSettings: strict
        ),
        .target(name: "CaseWatchExport", dependencies: ["CaseWatchCore"], swiftSettings: strict),
        .target(
            name: "CaseWatchDelivery",
            dependencies: [
                "CaseWatchCore", "CaseWatchStore",
                .product(name: "AsyncHTTPClient", package: "async-http-client"),
                .product(name: "NIOCore", package: "swift-nio"),
                .product(name: "Crypto", package: "swift-crypto"),
                .product(name: "Logging", package: "swift-log"),
                .product(name: "ServiceLifecycle", package: "swift-service-lifecycle"),
            ],
            swiftSettings: strict
        ),
        .target(
            name: "CaseWatchHTTP",
            dependencies: [
                "CaseWatchCore", "CaseWatchConfig", "CaseWatchStore", "CaseWatchEngine", "CaseWatchExport",
                .product(name: "Hummingbird", package: "hummingbird"),
                .product(name: "HummingbirdCore", package: "hummingbird"),
                .product(name: "HummingbirdTLS", package: "hummingbird"),
                .product(name: "NIOCore", package: "swift-nio"), .product(name: "NIOPosix", package: "swift-nio"),
                .product(name: "Metrics", package: "swift-metrics"),
                .product(name: "Prometheus", package: "swift-prometheus"),
                .product(name: "Logging", package: "swift-log"),
                .product(name: "ServiceLifecycle", package: "swift-service-lifecycle"),
            ],
            swiftSettings: strict
        ),
        .target(
            name: "CaseWatchTesting",
            dependencies: [
                "CaseWatchCore", "CaseWatchStore", "CaseWatchPostgres", "CaseWatchEngine",
                .product(name: "Logging", package: "swift-log"), .product(name: "InMemoryLogging", package: "swift-log"),
                .product(name: "NIOCore", package: "swift-nio"), .product(name: "NIOPosix", package: "swift-nio"),
                .product(name: "NIOHTTP1", package: "swift-nio"),
            ],
            swiftSettings: strict
        ),
        .target(
            name: "CaseWatchCommands",
            dependencies: [
                "CaseWatchCore",
                "CaseWatchConfig",
                "CaseWatchStore",
                "CaseWatchPostgres",
                "CaseWatchEngine",
                "CaseWatchExport",
                "CaseWatchDelivery",
                "CaseWatchHTTP",
                .product(name: "ArgumentParser", package: "swift-argument-parser"),
                .product(name: "Logging", package: "swift-log"),
                .product(name: "ServiceLifecycle", package: "swift-service-lifecycle"),
            ],
            swiftSettings: strict
        ),
        .executableTarget(name: "casewatch", dependencies: ["CaseWatchCommands"], swiftSettings: strict),
        .executableTarget(name: "casewatchd", dependencies: ["CaseWatchCommands"], swiftSettings: strict),
        .testTarget(
            name: "CaseWatchCoreTests",
            dependencies: ["CaseWatchCore", "CaseWatchTesting"],
            swiftSettings: strict
        ),
        .testTarget(
            name: "CaseWatchConfigTests",
            dependencies: ["CaseWatchConfig", "CaseWatchTesting"],
            swiftSettings: strict
        ),
        .testTarget(name: "CaseWatchWheelTests", dependencies: ["CaseWatchWheel", "CaseWatchTesting"], swiftSettings: strict),
        .testTarget(
            name: "CaseWatchPostgresTests",
            dependencies: ["CaseWatchPostgres", "CaseWatchTesting", .product(name: "PostgresNIO", package: "postgres-nio")],
            swiftSettings: strict
        ),
        .testTarget(
            name: "CaseWatchStoreTests",
            dependencies: ["CaseWatchStore", "CaseWatchTesting"],
            swiftSettings: strict
        ),
        .testTarget(
            name: "CaseWatchEngineTests",
            dependencies: [
                "CaseWatchEngine", "CaseWatchConfig", "CaseWatchTesting",
                .product(name: "ServiceLifecycleTestKit", package: "swift-service-lifecycle"),
            ],
            swiftSettings: strict
        ),
        .testTarget(
            name: "CaseWatchDeliveryTests",
            dependencies: [
                "CaseWatchDelivery", "CaseWatchTesting", "CaseWatchEngine", .product(name: "Crypto", package: "swift-crypto"),
                .product(name: "ServiceLifecycleTestKit", package: "swift-service-lifecycle"),
            ],
            swiftSettings: strict
        ),
        .testTarget(
            name: "CaseWatchHTTPTests",
            dependencies: [
                "CaseWatchHTTP", "CaseWatchTesting", "CaseWatchEngine", "CaseWatchConfig",
                .product(name: "HummingbirdTesting", package: "hummingbird"),
                .product(name: "NIOPosix", package: "swift-nio"),
                .product(name: "AsyncHTTPClient", package: "async-http-client"),
                .product(name: "NIOSSL", package: "swift-nio-ssl"),
                .product(name: "ServiceLifecycleTestKit", package: "swift-service-lifecycle"),
            ],
            swiftSettings: strict
        ),
        .testTarget(
            name: "CaseWatchExportTests",
            dependencies: ["CaseWatchExport", "CaseWatchTesting"],
            swiftSettings: strict
        ),
        .testTarget(
            name: "CaseWatchCommandsTests",
            dependencies: ["CaseWatchCommands", "CaseWatchTesting", "casewatch", "casewatchd"],
            swiftSettings: strict
        ),
    ]
)
