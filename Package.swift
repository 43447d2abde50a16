// swift-tools-version:6.0
import PackageDescription

let package = Package(
    name: "Puente",
    platforms: [.macOS(.v14)],
    products: [
        .executable(name: "puente", targets: ["puente"]),
        .executable(name: "puente-bench", targets: ["puente-bench"]),
        .library(name: "PuenteModel", targets: ["PuenteModel"]),
        .library(name: "PuenteText", targets: ["PuenteText"]),
        .library(name: "PuenteLexicon", targets: ["PuenteLexicon"]),
        .library(name: "PuenteExtract", targets: ["PuenteExtract"]),
    ],
    dependencies: [
        .package(url: "https://github.com/apple/swift-argument-parser", from: "1.5.0"),
        .package(url: "https://github.com/jpsim/Yams", from: "5.0.1"),
    ],
    targets: [
        .systemLibrary(
            name: "CLibXML2",
            pkgConfig: "libxml-2.0",
            providers: [.apt(["libxml2-dev"]), .brew(["libxml2"])]
        ),
        .systemLibrary(
            name: "CZlib",
            providers: [.apt(["zlib1g-dev"])]
        ),
        .target(name: "PuenteModel"),
        .target(
            name: "PuenteText",
            dependencies: ["PuenteModel", "CLibXML2", "CZlib"]
        ),
        .target(
            name: "PuenteLexicon",
            dependencies: ["PuenteModel", "PuenteText", .product(name: "Yams", package: "Yams")],
            resources: [.copy("Resources")]
        ),
        .target(
            name: "PuenteExtract",
            dependencies: ["PuenteModel", "PuenteText", "PuenteLexicon"],
            resources: [.copy("Resources")]
        ),
        .executableTarget(
            name: "puente",
            dependencies: [
                "PuenteModel", "PuenteText", "PuenteLexicon", "PuenteExtract",
                .product(name: "ArgumentParser", package: "swift-argument-parser"),
            ]
        ),
        .executableTarget(
            name: "puente-bench",
            dependencies: [
                "PuenteModel", "PuenteText", "PuenteLexicon", "PuenteExtract",
                .product(name: "ArgumentParser", package: "swift-argument-parser"),
            ]
        ),
        .testTarget(name: "PuenteModelTests", dependencies: ["PuenteModel"]),
        .testTarget(name: "PuenteTextTests", dependencies: ["PuenteText"], resources: [.copy("Fixtures")]),
        .testTarget(name: "PuenteLexiconTests", dependencies: ["PuenteLexicon"]),
        .testTarget(name: "PuenteExtractTests", dependencies: ["PuenteExtract"], resources: [.copy("Fixtures")]),
        .testTarget(name: "puenteTests", dependencies: ["PuenteModel", "puente"]),
    ],
    swiftLanguageModes: [.v6]
)
