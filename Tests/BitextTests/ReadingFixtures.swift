import Foundation

/// Paths into the repository for the reading and segmentation tests, found from this file's path.
enum ReadingFixtures {
    static let root = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
        .deletingLastPathComponent()

    static func path(_ relative: String) -> String { root.appendingPathComponent(relative).path }

    /// The seed articles, `seeds/NAME.txt`, by name.
    static var seeds: [String] {
        let names = (try? FileManager.default.contentsOfDirectory(atPath: path("seeds"))) ?? []
        return names.filter { $0.hasSuffix(".txt") }.map { String($0.dropLast(4)) }.sorted()
    }

    /// Whether golden files are being re-recorded (`BITEXT_RECORD=1 swift test`).
    static var recording: Bool { ProcessInfo.processInfo.environment["BITEXT_RECORD"] == "1" }
}
