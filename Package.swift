// swift-tools-version:6.0
import PackageDescription

// Modules point one way only:
// factsh -> FactShell -> {QueryLanguage, FactStore, TextPipeline} -> FactModel; FactShell -> CLibEdit;
// TextPipeline -> CMemoryHints (a prefetch hint); factsh, factsh-bench -> CMemoryHints (allocator setting).
/// Release builds optimize across module boundaries: the query engine's calls into FactModel's
/// small types (patterns, arguments, ranges) are inlined and specialized instead of going through
/// unspecialized generic entry points.
let release: [SwiftSetting] = [.unsafeFlags(["-cross-module-optimization"], .when(configuration: .release))]

let package = Package(
    name: "factsh",
    platforms: [.macOS(.v15)],
    products: [
        .executable(name: "factsh", targets: ["factsh"]),
        .executable(name: "factsh-bench", targets: ["factsh-bench"]),
        .executable(name: "query-bench", targets: ["query-bench"]),
    ],
    dependencies: [
        .package(url: "https://github.com/apple/swift-argument-parser", from: "1.5.0"),
    ],
    targets: [
        .target(name: "FactModel", swiftSettings: release),
        .target(name: "CMemoryHints"),
        .target(
            name: "TextPipeline",
            dependencies: ["FactModel", "CMemoryHints"],
            resources: [.copy("Resources")]
        ),
        .target(name: "FactStore", dependencies: ["FactModel"], swiftSettings: release),
        .target(name: "QueryLanguage", dependencies: ["FactModel"], swiftSettings: release),
        .systemLibrary(
            name: "CLibEdit",
            pkgConfig: "libedit",
            providers: [.apt(["libedit-dev"])]
        ),
        .target(
            name: "FactShell",
            dependencies: ["FactModel", "TextPipeline", "FactStore", "QueryLanguage", "CLibEdit"]
        ),
        .executableTarget(
            name: "factsh",
            dependencies: [
                "FactShell", "TextPipeline", "FactStore", "FactModel", "CMemoryHints",
                .product(name: "ArgumentParser", package: "swift-argument-parser"),
            ]
        ),
        .executableTarget(
            name: "factsh-bench",
            dependencies: ["FactStore", "QueryLanguage", "FactModel", "CMemoryHints"],
            swiftSettings: release
        ),
        .executableTarget(name: "query-bench", dependencies: ["QueryLanguage", "FactModel"]),
        .testTarget(name: "FactModelTests", dependencies: ["FactModel"]),
        .testTarget(
            name: "TextPipelineTests",
            dependencies: ["TextPipeline", "FactModel", "CMemoryHints"],
            exclude: ["Fixtures"]  // read through #filePath, not as resources
        ),
        .testTarget(name: "FactStoreTests", dependencies: ["FactStore", "FactModel"]),
        .testTarget(name: "QueryLanguageTests", dependencies: ["QueryLanguage", "FactModel"]),
        .testTarget(
            name: "FactShellTests",
            dependencies: ["FactShell", "FactStore", "QueryLanguage", "TextPipeline", "FactModel"],
            exclude: ["Fixtures"]
        ),
    ],
    swiftLanguageModes: [.v6]
)
