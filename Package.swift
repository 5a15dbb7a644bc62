// swift-tools-version: 6.1
import PackageDescription

let package = Package(
    name: "Haven",
    platforms: [.macOS(.v13), .iOS(.v16)],
    products: [
        .library(name: "HavenCore", targets: ["HavenCore"]),
        .executable(name: "haven", targets: ["haven"]),
    ],
    dependencies: [
        .package(url: "https://github.com/apple/swift-argument-parser", from: "1.8.2"),
        .package(url: "https://github.com/weichsel/ZIPFoundation", from: "0.9.20"),
    ],
    targets: [
        .target(
            name: "HavenCore",
            dependencies: [.product(name: "ZIPFoundation", package: "ZIPFoundation")],
            resources: [.copy("Resources")]
        ),
        .executableTarget(
            name: "haven",
            dependencies: [
                "HavenCore",
                .product(name: "ArgumentParser", package: "swift-argument-parser"),
            ]
        ),
        .executableTarget(
            name: "SafetyBenchmark",
            dependencies: ["HavenCore"],
            path: "Benchmarks/SafetyBenchmark"
        ),
        .testTarget(
            name: "HavenCoreTests",
            dependencies: ["HavenCore", .product(name: "ZIPFoundation", package: "ZIPFoundation")],
            resources: [.copy("Fixtures")]
        ),
        .testTarget(name: "havenTests", dependencies: ["haven"]),
    ]
)
