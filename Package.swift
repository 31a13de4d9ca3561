// swift-tools-version:6.0
import PackageDescription

let package = Package(
    name: "tabletop",
    platforms: [.macOS(.v13)],
    products: [
        .executable(name: "tabletop", targets: ["tabletop"]),
        .library(name: "TabletopCore", targets: ["TabletopCore"]),
    ],
    dependencies: [
        .package(url: "https://github.com/apple/swift-argument-parser", from: "1.5.0"),
    ],
    targets: [
        .target(name: "TabletopCore"),
        .executableTarget(
            name: "tabletop",
            dependencies: [
                "TabletopCore",
                .product(name: "ArgumentParser", package: "swift-argument-parser"),
            ]
        ),
        .executableTarget(
            name: "tabletop-bench",
            dependencies: [
                "TabletopCore",
                .product(name: "ArgumentParser", package: "swift-argument-parser"),
            ],
            path: "Sources/TabletopBench"
        ),
        .testTarget(
            name: "TabletopCoreTests",
            dependencies: ["TabletopCore"],
            exclude: ["Fixtures"]
        ),
        .testTarget(
            name: "TabletopCLITests",
            dependencies: ["tabletop", "TabletopCore"],
            exclude: ["Golden"]
        ),
    ],
    swiftLanguageModes: [.v6]
)
