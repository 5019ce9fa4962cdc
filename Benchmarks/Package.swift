// swift-tools-version:6.2
import PackageDescription

/// Benchmarks live in their own package so that they never slow the main build.
let package = Package(
    name: "CaseWatchBenchmarks",
    platforms: [.macOS(.v15)],
    dependencies: [
        .package(name: "CaseWatch", path: "../"),
        .package(url: "https://github.com/apple/swift-collections", exact: "1.6.0"),
        .package(url: "https://github.com/apple/swift-log", exact: "1.16.2"),
        .package(url: "https://github.com/swift-server/async-http-client", exact: "1.37.0"),
        .package(url: "https://github.com/swift-server/swift-service-lifecycle", exact: "2.13.0"),
        .package(url: "https://github.com/hummingbird-project/hummingbird", exact: "2.28.1", traits: []),
        .package(url: "https://github.com/apple/swift-nio", exact: "2.101.3"),
    ],
    targets: [
        .target(
            name: "BenchSupport",
            swiftSettings: [.swiftLanguageMode(.v6), .treatAllWarnings(as: .error)]
        ),
        .executableTarget(
            name: "casewatch-bench",
            dependencies: [
                "BenchSupport",
                .product(name: "CaseWatchCore", package: "CaseWatch"),
                .product(name: "CaseWatchConfig", package: "CaseWatch"),
                .product(name: "CaseWatchStore", package: "CaseWatch"),
                .product(name: "CaseWatchPostgres", package: "CaseWatch"),
                .product(name: "CaseWatchEngine", package: "CaseWatch"),
                .product(name: "CaseWatchTesting", package: "CaseWatch"),
            ],
            swiftSettings: [.swiftLanguageMode(.v6), .treatAllWarnings(as: .error)]
        ),
        .executableTarget(
            name: "casewatch-store-bench",
            dependencies: [
                .product(name: "CaseWatchCore", package: "CaseWatch"),
                .product(name: "CaseWatchStore", package: "CaseWatch"),
            ],
            swiftSettings: [.swiftLanguageMode(.v6), .treatAllWarnings(as: .error)]
        ),
        .executableTarget(
            name: "wheel-bench",
            dependencies: [
                .product(name: "CaseWatchWheel", package: "CaseWatch"),
                .product(name: "CaseWatchTesting", package: "CaseWatch"),
                .product(name: "HeapModule", package: "swift-collections"),
            ],
            swiftSettings: [.swiftLanguageMode(.v6), .treatAllWarnings(as: .error)]
        ),
        .executableTarget(
            name: "daemon-bench",
            dependencies: [
                "BenchSupport",
                .product(name: "CaseWatchCore", package: "CaseWatch"),
                .product(name: "CaseWatchConfig", package: "CaseWatch"),
                .product(name: "CaseWatchStore", package: "CaseWatch"),
                .product(name: "CaseWatchEngine", package: "CaseWatch"),
                .product(name: "Logging", package: "swift-log"),
            ],
            swiftSettings: [.swiftLanguageMode(.v6), .treatAllWarnings(as: .error)]
        ),
        .executableTarget(
            name: "delivery-bench",
            dependencies: [
                .product(name: "CaseWatchCore", package: "CaseWatch"),
                .product(name: "CaseWatchEngine", package: "CaseWatch"),
                .product(name: "CaseWatchStore", package: "CaseWatch"),
                .product(name: "CaseWatchDelivery", package: "CaseWatch"),
                .product(name: "CaseWatchTesting", package: "CaseWatch"),
                .product(name: "Logging", package: "swift-log"),
            ],
            swiftSettings: [.swiftLanguageMode(.v6), .treatAllWarnings(as: .error)]
        ),
        .executableTarget(
            name: "wall-bench",
            dependencies: [
                .product(name: "CaseWatchCore", package: "CaseWatch"),
                .product(name: "CaseWatchConfig", package: "CaseWatch"),
                .product(name: "CaseWatchStore", package: "CaseWatch"),
                .product(name: "CaseWatchEngine", package: "CaseWatch"),
            ],
            swiftSettings: [.swiftLanguageMode(.v6), .treatAllWarnings(as: .error)]
        ),
        .executableTarget(
            name: "http-bench",
            dependencies: [
                "BenchSupport",
                .product(name: "CaseWatchCore", package: "CaseWatch"),
                .product(name: "CaseWatchConfig", package: "CaseWatch"),
                .product(name: "CaseWatchStore", package: "CaseWatch"),
                .product(name: "CaseWatchEngine", package: "CaseWatch"),
                .product(name: "CaseWatchHTTP", package: "CaseWatch"),
                .product(name: "AsyncHTTPClient", package: "async-http-client"),
                .product(name: "Hummingbird", package: "hummingbird"),
                .product(name: "NIOCore", package: "swift-nio"),
                .product(name: "Logging", package: "swift-log"),
                .product(name: "ServiceLifecycle", package: "swift-service-lifecycle"),
            ],
            swiftSettings: [.swiftLanguageMode(.v6), .treatAllWarnings(as: .error)]
        ),
    ]
)
