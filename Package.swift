// swift-tools-version: 6.1
import PackageDescription

// CI (.ci/run exports BITEXT_WARNINGS_AS_ERRORS=1) fails on any warning in the package's own targets;
// dependencies keep their own settings.
let strict = Context.environment["BITEXT_WARNINGS_AS_ERRORS"] == "1"
let swiftSettings: [SwiftSetting] = strict ? [.unsafeFlags(["-warnings-as-errors"])] : []
let cSettings: [CSetting] = strict ? [.unsafeFlags(["-Werror"])] : []
// CI (.ci/run exports BITEXT_OPTIMISE_DEBUG=1) optimises the library in debug builds too: the tests align
// thousands of documents and start the CLI hundreds of times, each loading the built-in lexicon (about 4 s
// unoptimised, 0.2 s optimised). Preconditions still hold under -O. Off by default, so that the package
// carries no unsafe flags for its dependants.
let optimiseDebug = Context.environment["BITEXT_OPTIMISE_DEBUG"] == "1"
let librarySettings: [SwiftSetting] =
    swiftSettings + (optimiseDebug ? [.unsafeFlags(["-O"], .when(configuration: .debug))] : [])

let package = Package(
    name: "Bitext",
    products: [
        .library(name: "Bitext", targets: ["Bitext"]),
        .executable(name: "bitext", targets: ["bitext"]),
    ],
    dependencies: [
        .package(url: "https://github.com/apple/swift-argument-parser", from: "1.5.0")
    ],
    targets: [
        // System ICU (libicu-dev). Only the C shim includes its headers: Foundation on Linux
        // carries its own ICU whose C types would clash with these in Swift.
        .systemLibrary(
            name: "CICU",
            pkgConfig: "icu-i18n",
            providers: [.apt(["libicu-dev"])]
        ),
        // System zlib (zlib1g-dev), for `.gz` inputs and outputs; only `Gzip` uses it.
        .systemLibrary(name: "CZlib", providers: [.apt(["zlib1g-dev"])]),
        // The one seam to ICU: plain C types only in its public header.
        .target(name: "ICUShim", dependencies: ["CICU"], cSettings: cSettings),
        .target(
            name: "Bitext",
            dependencies: ["ICUShim", "CZlib"],
            resources: [
                .copy("Resources/gazetteer.tsv"), .copy("Resources/lexicon.tsv"),
                .copy("Resources/lexicon-LICENSE.txt"),
                .copy("Resources/romanisation.tsv"),
            ],
            swiftSettings: librarySettings
        ),
        .target(name: "BitextViewer", dependencies: ["Bitext"], swiftSettings: swiftSettings),
        .executableTarget(
            name: "bitext",
            dependencies: [
                "Bitext",
                "BitextViewer",
                .product(name: "ArgumentParser", package: "swift-argument-parser"),
            ],
            swiftSettings: swiftSettings
        ),
        // Test and benchmark data: synthetic documents, batch corpora cut from fixtures/; the tests' temporary
        // folders. Not in any product.
        .target(
            name: "BitextTestSupport", dependencies: ["Bitext"], path: "Tests/BitextTestSupport",
            swiftSettings: swiftSettings),
        .testTarget(name: "BitextTests", dependencies: ["Bitext", "BitextTestSupport"], swiftSettings: swiftSettings),
        .testTarget(
            name: "BitextViewerTests", dependencies: ["BitextViewer", "Bitext", "BitextTestSupport"],
            swiftSettings: swiftSettings),
        .testTarget(
            name: "BitextCLITests", dependencies: ["bitext", "Bitext", "BitextTestSupport"],
            swiftSettings: swiftSettings),
    ]
)

// The benchmarks (BENCHMARKS.md) are built only on request, out of the default `swift build`:
// BITEXT_BENCHMARKS=1 swift build -c release --product bitext-bench
if Context.environment["BITEXT_BENCHMARKS"] == "1" {
    package.products.append(.executable(name: "bitext-bench", targets: ["bitext-bench"]))
    package.targets.append(
        .executableTarget(
            name: "bitext-bench",
            dependencies: [
                "Bitext", "BitextTestSupport", .product(name: "ArgumentParser", package: "swift-argument-parser"),
            ],
            path: "Benchmarks/bitext-bench",
            swiftSettings: swiftSettings
        ))
}
