// swift-tools-version:6.0
import PackageDescription

let package = Package(
    name: "tabletop",
    platforms: [.macOS(.v13)],
    products: [
        .executable(name: "tabletop", targets: ["tabletop"]),
        .library(name: "TabletopCore", targets: ["TabletopCore"]),
        .library(name: "TabletopUI", targets: ["TabletopUI"]),
        .library(name: "TabletopLink", targets: ["TabletopLink"]),
    ],
    dependencies: [
        .package(url: "https://github.com/apple/swift-argument-parser", from: "1.5.0"),
    ],
    targets: [
        .target(name: "CTabletopNative"),
        .target(name: "TabletopCore", dependencies: ["CTabletopNative"]),
        .target(name: "TabletopUI", dependencies: ["TabletopCore"]),
        .target(name: "TabletopLink", dependencies: ["TabletopCore"]),
        .target(name: "TabletopFuzzTargets", dependencies: ["TabletopCore"]),
        .systemLibrary(name: "CNcursesw", pkgConfig: "ncursesw", providers: [.apt(["libncurses-dev"])]),
        .target(name: "TabletopTerminal", dependencies: ["TabletopUI", "CNcursesw"]),
        .executableTarget(
            name: "tabletop",
            dependencies: [
                "TabletopCore",
                "TabletopUI",
                "TabletopTerminal",
                "TabletopLink",
                .product(name: "ArgumentParser", package: "swift-argument-parser"),
            ]
        ),
        .executableTarget(
            name: "tabletop-bench",
            dependencies: [
                "TabletopCore",
                "TabletopUI",
                "TabletopLink",
                .product(name: "ArgumentParser", package: "swift-argument-parser"),
            ],
            path: "Sources/TabletopBench"
        ),
        .target(name: "TabletopTestSupport", path: "Tests/TabletopTestSupport"),
        .testTarget(
            name: "TabletopCoreTests",
            dependencies: ["TabletopCore", "CTabletopNative", "TabletopTestSupport", "TabletopFuzzTargets"],
            exclude: ["Fixtures"]
        ),
        .testTarget(
            name: "TabletopCLITests",
            dependencies: ["tabletop", "TabletopCore", "TabletopTestSupport"],
            exclude: ["Golden"]
        ),
        .testTarget(
            name: "TabletopLinkTests",
            dependencies: ["TabletopLink", "TabletopCore"]
        ),
        .testTarget(
            name: "TabletopUITests",
            dependencies: ["TabletopUI", "TabletopTerminal", "TabletopCore"],
            exclude: ["Snapshots"]
        ),
        .testTarget(
            name: "TabletopEndToEndTests",
            dependencies: ["tabletop", "TabletopTestSupport"],
            exclude: ["Fixtures"]
        ),
    ],
    swiftLanguageModes: [.v6]
)

// The libFuzzer binary (docs/fuzzing.md) exists only in fuzzing builds: it links libFuzzer, which `-sanitize=fuzzer` supplies.
if Context.environment["TABLETOP_FUZZ"] == "1" {
    package.targets.append(.executableTarget(
        name: "tabletop-fuzz",
        dependencies: ["TabletopCore", "TabletopFuzzTargets"],
        path: "Sources/TabletopFuzz"
    ))
}
