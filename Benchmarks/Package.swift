// swift-tools-version:6.2
import PackageDescription

/// Benchmarks live in their own package so that they never slow the main build.
let package = Package(
    name: "CaseWatchBenchmarks",
    platforms: [.macOS(.v15)],
    dependencies: [
        .package(name: "CaseWatch", path: "../"),
    ],
    targets: [
        .executableTarget(
            name: "casewatch-bench",
            dependencies: [
                .product(name: "CaseWatchCore", package: "CaseWatch"),
                .product(name: "CaseWatchConfig", package: "CaseWatch"),
                .product(name: "CaseWatchStore", package: "CaseWatch"),
                .product(name: "CaseWatchEngine", package: "CaseWatch"),
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
    ]
)
