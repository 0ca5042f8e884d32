// swift-tools-version: 6.1
import PackageDescription

/// Settings every Safehold target shares: Swift 6 language mode plus the upcoming features the
/// Hummingbird project uses, so that imports and existentials stay explicit.
let swiftSettings: [SwiftSetting] = [
    .enableUpcomingFeature("ExistentialAny"),
    .enableUpcomingFeature("MemberImportVisibility"),
    .enableUpcomingFeature("InternalImportsByDefault"),
]

let package = Package(
    name: "safehold",
    platforms: [.macOS(.v14)],
    products: [
        .executable(name: "safehold", targets: ["safehold"]),
        .library(name: "Safehold", targets: ["Safehold"]),
    ],
    dependencies: [
        .package(url: "https://github.com/apple/swift-argument-parser.git", from: "1.8.2"),
        .package(url: "https://github.com/apple/swift-crypto.git", from: "4.5.2"),
        .package(url: "https://github.com/groue/GRDB.swift.git", from: "7.10.0"),
        .package(url: "https://github.com/weichsel/ZIPFoundation.git", from: "0.9.20"),
        .package(url: "https://github.com/hummingbird-project/hummingbird.git", from: "2.28.1"),
        .package(url: "https://github.com/hummingbird-project/swift-mustache.git", from: "2.1.1"),
        .package(url: "https://github.com/vapor/multipart-kit.git", from: "4.7.1"),
    ],
    targets: [
        // Ground floor: domain types and the platform shim. No dependencies.
        .target(name: "SafeholdCore", swiftSettings: swiftSettings),
        // The encrypted, tamper-evident evidence vault.
        .target(
            name: "SafeholdVault",
            dependencies: [
                "SafeholdCore",
                .product(name: "Crypto", package: "swift-crypto"),
                .product(name: "CryptoExtras", package: "swift-crypto"),
                .product(name: "GRDB", package: "GRDB.swift"),
            ],
            swiftSettings: swiftSettings
        ),
        // Reading platform exports into normalized records; never writes the vault itself.
        .target(
            name: "SafeholdImport",
            dependencies: ["SafeholdCore", .product(name: "ZIPFoundation", package: "ZIPFoundation")],
            swiftSettings: swiftSettings
        ),
        // Folding disguised text (look-alikes, leetspeak, spaced letters) with offsets back to the original.
        .target(name: "SafeholdText", swiftSettings: swiftSettings),
        // The project's own abuse and threat model, trained from ../shared/data/abuse by safehold-train.
        .target(
            name: "SafeholdAnalysis",
            dependencies: ["SafeholdText"],
            resources: [.copy("Resources")],
            swiftSettings: swiftSettings
        ),
        // Named partner-abuse patterns that generic models miss: surveillance, coercion, image threats.
        .target(
            name: "SafeholdRules",
            dependencies: ["SafeholdText"],
            resources: [.copy("Resources")],
            swiftSettings: swiftSettings
        ),
        // The person's protected facts, found however they are disguised, and personal information in general.
        .target(
            name: "SafeholdFacts",
            dependencies: ["SafeholdText"],
            resources: [.copy("Resources")],
            swiftSettings: swiftSettings
        ),
        // The safety assessment, the steps, the platform instructions and the directory of help, as data.
        .target(
            name: "SafeholdGuide",
            resources: [.copy("Resources")],
            swiftSettings: swiftSettings
        ),
        // libpng and libjpeg, for decoding avatars to compare them (Debian: libpng-dev, libjpeg-dev).
        .systemLibrary(
            name: "CSafeholdImage",
            path: "Sources/CSafeholdImage",
            pkgConfig: "libpng",
            providers: [.apt(["libpng-dev", "libjpeg-dev"]), .brew(["libpng", "jpeg-turbo"])]
        ),
        // The person's network: follower audit, impersonation scoring and handle variants.
        .target(
            name: "SafeholdNetwork",
            dependencies: ["SafeholdText", "CSafeholdImage"],
            resources: [.copy("Resources")],
            swiftSettings: swiftSettings
        ),
        // The report for police, courts and lawyers as self-contained HTML and as PDF, from a plain model.
        .target(
            name: "SafeholdDocuments",
            resources: [.copy("Resources")],
            swiftSettings: swiftSettings
        ),
        // Evidence bundles anyone can verify, and (later) reports for police, courts and platforms.
        .target(
            name: "SafeholdReports",
            dependencies: [
                "SafeholdCore", "SafeholdVault", "SafeholdImport", "SafeholdDocuments",
                .product(name: "Crypto", package: "swift-crypto"),
                .product(name: "ZIPFoundation", package: "ZIPFoundation"),
            ],
            swiftSettings: swiftSettings
        ),
        // `swift run -c release safehold-train`: rebuilds, checks and evaluates the shipped model.
        .executableTarget(
            name: "safehold-train",
            dependencies: [
                "SafeholdAnalysis", "SafeholdRules", "SafeholdText", .product(name: "Crypto", package: "swift-crypto"),
            ],
            path: "Tools/SafeholdTrain",
            swiftSettings: swiftSettings
        ),
        // `swift run -c release safehold-resources`: converts reference data into shipped resources.
        .executableTarget(
            name: "safehold-resources",
            dependencies: [
                "SafeholdFacts", "SafeholdText", "SafeholdNetwork", .product(name: "Crypto", package: "swift-crypto"),
            ],
            path: "Tools/SafeholdResources",
            swiftSettings: swiftSettings
        ),
        // Workflows shared by the CLI and the web app.
        .target(
            name: "Safehold",
            dependencies: [
                "SafeholdCore", "SafeholdVault", "SafeholdImport", "SafeholdText", "SafeholdAnalysis", "SafeholdRules",
                "SafeholdFacts", "SafeholdGuide", "SafeholdReports", "SafeholdDocuments", "SafeholdNetwork",
            ],
            resources: [.copy("Resources/common-passphrases.txt")],
            swiftSettings: swiftSettings
        ),
        // The local web app: the only module that imports Hummingbird.
        .target(
            name: "SafeholdWeb",
            dependencies: [
                "Safehold", "SafeholdCore", "SafeholdVault", "SafeholdGuide", "SafeholdFacts", "SafeholdDocuments",
                "SafeholdReports", "SafeholdNetwork",
                .product(name: "Hummingbird", package: "hummingbird"),
                .product(name: "Mustache", package: "swift-mustache"),
                .product(name: "MultipartKit", package: "multipart-kit"),
                .product(name: "Crypto", package: "swift-crypto"),
            ],
            resources: [.copy("Resources")],
            swiftSettings: swiftSettings
        ),
        .target(
            name: "SafeholdTestSupport",
            dependencies: [
                "SafeholdCore", "SafeholdVault", "Safehold",
                .product(name: "ZIPFoundation", package: "ZIPFoundation"),
            ],
            swiftSettings: swiftSettings
        ),
        .executableTarget(
            name: "safehold",
            dependencies: [
                "Safehold", "SafeholdGuide", "SafeholdAnalysis", "SafeholdFacts", "SafeholdReports", "SafeholdDocuments",
                "SafeholdNetwork",
                "SafeholdCore",
                "SafeholdVault",
                "SafeholdWeb",
                .product(name: "ArgumentParser", package: "swift-argument-parser"),
            ],
            swiftSettings: swiftSettings
        ),
        // Runs vault scenarios in a separate process so that tests can kill it or fill its disk.
        .executableTarget(
            name: "safehold-test-probe",
            dependencies: ["Safehold", "SafeholdCore", "SafeholdVault"],
            path: "Tests/Probe",
            swiftSettings: swiftSettings
        ),
        // `swift run -c release safehold-bench`: the figures in BENCHMARKS.md.
        .executableTarget(
            name: "safehold-bench",
            dependencies: [
                "Safehold", "SafeholdCore", "SafeholdVault", "SafeholdTestSupport", "SafeholdReports", "SafeholdDocuments",
                .product(name: "Crypto", package: "swift-crypto"),
            ],
            path: "Benchmarks/SafeholdBench",
            swiftSettings: swiftSettings
        ),
        .testTarget(
            name: "SafeholdCoreTests",
            dependencies: ["SafeholdCore", "SafeholdTestSupport"],
            swiftSettings: swiftSettings
        ),
        .testTarget(
            name: "SafeholdVaultTests",
            dependencies: [
                "SafeholdVault", "SafeholdCore", "SafeholdTestSupport",
                .product(name: "Crypto", package: "swift-crypto"),
                .product(name: "GRDB", package: "GRDB.swift"),
            ],
            swiftSettings: swiftSettings
        ),
        .testTarget(
            name: "SafeholdImportTests",
            dependencies: [
                "SafeholdImport", "SafeholdCore", "SafeholdTestSupport",
                .product(name: "ZIPFoundation", package: "ZIPFoundation"),
            ],
            resources: [.copy("Fixtures")],
            swiftSettings: swiftSettings
        ),
        .testTarget(name: "SafeholdTextTests", dependencies: ["SafeholdText"], swiftSettings: swiftSettings),
        .testTarget(
            name: "SafeholdAnalysisTests",
            dependencies: ["SafeholdAnalysis", "SafeholdText"],
            swiftSettings: swiftSettings
        ),
        .testTarget(name: "SafeholdRulesTests", dependencies: ["SafeholdRules", "SafeholdText"], swiftSettings: swiftSettings),
        .testTarget(name: "SafeholdFactsTests", dependencies: ["SafeholdFacts", "SafeholdText"], swiftSettings: swiftSettings),
        .testTarget(name: "SafeholdGuideTests", dependencies: ["SafeholdGuide"], swiftSettings: swiftSettings),
        .testTarget(name: "SafeholdDocumentsTests", dependencies: ["SafeholdDocuments"], swiftSettings: swiftSettings),
        .testTarget(
            name: "SafeholdReportsTests",
            dependencies: [
                "SafeholdReports", "SafeholdVault", "SafeholdCore", "SafeholdTestSupport",
                .product(name: "ZIPFoundation", package: "ZIPFoundation"),
            ],
            swiftSettings: swiftSettings
        ),
        .testTarget(name: "SafeholdNetworkTests", dependencies: ["SafeholdNetwork", "SafeholdText"], swiftSettings: swiftSettings),
        .testTarget(
            name: "SafeholdTests",
            dependencies: [
                "Safehold", "SafeholdVault", "SafeholdCore", "SafeholdImport", "SafeholdTestSupport", "SafeholdFacts",
                "SafeholdGuide",
            ],
            swiftSettings: swiftSettings
        ),
        .testTarget(
            name: "SafeholdWebTests",
            dependencies: [
                "SafeholdWeb", "Safehold", "SafeholdVault", "SafeholdCore", "SafeholdFacts", "SafeholdGuide", "SafeholdReports",
                "SafeholdTestSupport",
                .product(name: "HummingbirdTesting", package: "hummingbird"),
            ],
            swiftSettings: swiftSettings
        ),
        .testTarget(
            name: "SafeholdCLITests",
            dependencies: ["SafeholdVault", "SafeholdCore", "SafeholdTestSupport"],
            swiftSettings: swiftSettings
        ),
    ],
    swiftLanguageModes: [.v6]
)
