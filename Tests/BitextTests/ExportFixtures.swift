import Foundation
import Testing

@testable import Bitext

/// Shared inputs of the export tests: sample pairs, fixture paths, golden files, external tools.
enum ExportFixtures {
    static let root = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
        .deletingLastPathComponent()

    static func url(_ path: String) -> URL { root.appendingPathComponent(path) }

    /// A fixed TMX creation date: 2026-11-22 01:02:03 UTC.
    static let date = Date(timeIntervalSince1970: 1_795_309_323)

    static var options: ExportOptions {
        var options = ExportOptions()
        options.creationDate = date
        return options
    }

    /// Two documents: 1-1, 2-1, a crossing pair with flags, a one-sided pair each way, escapes.
    static let pairs: [AlignedPair] = [
        AlignedPair(
            bead: Bead(chinese: [0], english: [3]), chinese: "習近平同俄羅斯總統普京通電話",
            english: "Xi says bilateral ties show China, Russia good neighbors, true friends", confidence: 0.8125,
            document: "004", chineseParagraph: 0, englishParagraph: 1),
        AlignedPair(
            bead: Bead(chinese: [4], english: [4]), chinese: "歷史和現實昭示我們,中俄是搬不走的好鄰居。",
            english: "BEIJING, Feb. 24 (Xinhua) -- History & reality show \"good neighbors\" <cannot be moved>.",
            confidence: 0.75, flags: [.numberMismatch, .crossing], crossing: true, document: "004",
            chineseParagraph: 2, englishParagraph: 2),
        AlignedPair(
            bead: Bead(chinese: [], english: [0]), chinese: "",
            english: "We will stay firmly rooted in Chinese culture.", confidence: 0, document: "004",
            englishParagraph: 0),
        AlignedPair(
            bead: Bead(chinese: [1, 2], english: [1]), chinese: "聯委會每年向大會報告。基金業務見附件四。",
            english: "The Board reports to the General Assembly; see annex IV.", confidence: 0.5,
            document: "UN19930101_020"),
        AlignedPair(
            bead: Bead(chinese: [3], english: []), chinese: "H M,0,0,", english: "", confidence: 0,
            document: "UN19930101_020"),
    ]

    /// `pairs` without what they kept of the TMX units they were read from, to compare with pairs never written.
    static func withoutTMX(_ pairs: [AlignedPair]) -> [AlignedPair] {
        pairs.map { pair in
            var pair = pair
            pair.tmx = nil
            return pair
        }
    }

    /// Hostile texts: markup characters, CDATA end, controls, noncharacters, tabs, breaks.
    static let hostile = AlignedPair(
        bead: Bead(chinese: [0], english: [0]),
        chinese: "<b>中&amp;文</b> ]]> \u{1}控制\u{FFFE}\u{FFFF}\t製表\r\n換行\u{2028}段\u{2029}落",
        english: "a < b && c > d ]]> \"quoted\" 'single'\u{1}\u{8}\u{1F}\ttab\rcr\nlf\u{2028}ls\u{2029}ps")

    /// Asserts `text` equals the golden file at `path`; `BITEXT_RECORD=1` rewrites it instead.
    static func expectGolden(_ text: String, _ path: String, sourceLocation: SourceLocation = #_sourceLocation) throws {
        let url = url(path)
        if ProcessInfo.processInfo.environment["BITEXT_RECORD"] == "1" {
            try FileManager.default.createDirectory(
                at: url.deletingLastPathComponent(), withIntermediateDirectories: true)
            try Data(text.utf8).write(to: url)
            return
        }
        let golden = try String(contentsOf: url, encoding: .utf8)
        #expect(text == golden, "differs from \(path) (BITEXT_RECORD=1 re-records)", sourceLocation: sourceLocation)
    }

    /// Runs `tool` (looked up on PATH) with `arguments`; nil when it is not installed.
    static func run(_ tool: String, _ arguments: [String], input: Data? = nil) throws -> (
        status: Int32, output: String, error: String
    )? {
        let path = (ProcessInfo.processInfo.environment["PATH"] ?? "/usr/bin:/bin").split(separator: ":")
            .map { "\($0)/\(tool)" }.first { FileManager.default.isExecutableFile(atPath: $0) }
        guard let path else { return nil }
        let process = Process()
        process.executableURL = URL(fileURLWithPath: path)
        process.arguments = arguments
        let output = Pipe()
        let error = Pipe()
        let standardInput = Pipe()
        process.standardOutput = output
        process.standardError = error
        process.standardInput = standardInput
        try process.run()
        if let input { standardInput.fileHandleForWriting.write(input) }
        try standardInput.fileHandleForWriting.close()
        let outputData = output.fileHandleForReading.readDataToEndOfFile()
        let errorData = error.fileHandleForReading.readDataToEndOfFile()
        process.waitUntilExit()
        return (
            process.terminationStatus, String(decoding: outputData, as: UTF8.self),
            String(decoding: errorData, as: UTF8.self)
        )
    }

    /// Whether python3 can import `module`.
    static func hasPython(_ module: String) -> Bool {
        (try? run("python3", ["-c", "import \(module)"]))??.status == 0
    }

    static var hasXmllint: Bool { (try? run("xmllint", ["--version"]))??.status == 0 }

    /// Seed 004 read and segmented as `bitext segment` does, under the lead's hand-checked gold alignment.
    static func seedGoldPairs() throws -> [AlignedPair] {
        let id = "004_b1f2f82659ca7572"
        let document = try Reader().read(path: url("seeds/\(id).txt").path)
        let segmented = try Segmenter().segment(document)
        let gold = try String(contentsOf: url("fixtures/gold/\(id).gold"), encoding: .utf8)
        return try gold.split(separator: "\n").map { line in
            let bead = try #require(Bead(notation: line))
            return AlignedPair(
                bead: bead, chinese: bead.chinese.map { segmented.chinese[$0].text }.joined(),
                english: bead.english.map { segmented.english[$0].text }.joined(separator: " "), document: id,
                chineseParagraph: bead.chinese.first.map { segmented.chinese[$0].paragraph },
                englishParagraph: bead.english.first.map { segmented.english[$0].paragraph })
        }
    }

    /// The pairs of a UN fixture document under its gold alignment.
    static func unGoldPairs(_ name: String) throws -> [AlignedPair] {
        func lines(_ ext: String) throws -> [String] {
            try String(contentsOf: url("fixtures/un-zh-en/\(name).\(ext)"), encoding: .utf8)
                .split(separator: "\n", omittingEmptySubsequences: false).map(String.init)
        }
        let chinese = try lines("zh")
        let english = try lines("en")
        return try lines("gold").filter { !$0.isEmpty }.map { line in
            let bead = try #require(Bead(notation: line))
            return AlignedPair(
                bead: bead, chinese: bead.chinese.map { chinese[$0] }.joined(),
                english: bead.english.map { english[$0] }.joined(separator: " "), document: name)
        }
    }
}
