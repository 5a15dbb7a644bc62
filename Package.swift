// swift-tools-version: 6.1
import PackageDescription

let package = Package(
    name: "Haven",
    platforms: [.macOS(.v13), .iOS(.v16)],
    products: [
        .library(name: "HavenCore", targets: ["HavenCore"]),
        .library(name: "HavenServer", targets: ["HavenServer"]),
        .executable(name: "haven", targets: ["haven"]),
    ],
    dependencies: [
        .package(url: "https://github.com/apple/swift-argument-parser", from: "1.8.2"),
        .package(url: "https://github.com/weichsel/ZIPFoundation", from: "0.9.20"),
        .package(url: "https://github.com/vapor/vapor", from: "4.122.3"),
        .package(url: "https://github.com/vapor/fluent", from: "4.13.0"),
        .package(url: "https://github.com/vapor/fluent-sqlite-driver", from: "4.9.0"),
        .package(url: "https://github.com/vapor/fluent-postgres-driver", from: "2.14.0"),
        .package(url: "https://github.com/vapor/leaf", from: "4.5.2"),
        .package(url: "https://github.com/apple/swift-crypto", from: "3.12.3"),
    ],
    targets: [
        .target(
            name: "HavenCore",
            dependencies: [.product(name: "ZIPFoundation", package: "ZIPFoundation")],
            resources: [.copy("Resources")]
        ),
        .target(
            name: "HavenServer",
            dependencies: [
                "HavenCore",
                .product(name: "Vapor", package: "vapor"),
                .product(name: "Fluent", package: "fluent"),
                .product(name: "FluentSQLiteDriver", package: "fluent-sqlite-driver"),
                .product(name: "FluentPostgresDriver", package: "fluent-postgres-driver"),
                .product(name: "Leaf", package: "leaf"),
                .product(name: "Crypto", package: "swift-crypto"),
            ],
            resources: [.copy("Resources")]
        ),
        .executableTarget(
            name: "haven",
            dependencies: [
                "HavenCore",
                "HavenServer",
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
        .testTarget(
            name: "HavenServerTests",
            dependencies: [
                "HavenServer",
                "HavenCore",
                .product(name: "VaporTesting", package: "vapor"),
                .product(name: "Fluent", package: "fluent"),
            ]
        ),
    ]
)
