import Bitext
import Foundation
import Testing

@testable import BitextViewer

/// Golden frames in fixtures/viewer/, compared as text; `BITEXT_RECORD=1` rewrites them.
enum Golden {
    static let repository = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
        .deletingLastPathComponent()
    static let directory = repository.appendingPathComponent("fixtures/viewer")

    /// Seed 004's alignment (see fixtures/viewer/README.md).
    static func seed004() throws -> [AlignedPair] {
        let data = try Data(contentsOf: directory.appendingPathComponent("004.jsonl"))
        return try JSONLFormat().read(data, file: "004.jsonl")
    }

    /// Checks `frame` against fixtures/viewer/NAME.frame.
    static func check(_ frame: ScreenBuffer, _ name: String, sourceLocation: SourceLocation = #_sourceLocation) throws {
        let url = directory.appendingPathComponent(name + ".frame")
        let text = frame.text + "\n"
        if ProcessInfo.processInfo.environment["BITEXT_RECORD"] == "1" {
            try text.write(to: url, atomically: true, encoding: .utf8)
            return
        }
        let expected = try #require(
            try? String(contentsOf: url, encoding: .utf8),
            "no golden frame \(name).frame: record it with BITEXT_RECORD=1",
            sourceLocation: sourceLocation)
        #expect(text == expected, "frame \(name) differs from its golden file", sourceLocation: sourceLocation)
    }

    /// A short pair for hand-made sessions.
    static func pair(
        _ chinese: String, _ english: String, id: Int, confidence: Double = 0.9, flags: [QualityFlag] = []
    ) -> AlignedPair {
        AlignedPair(
            bead: Bead(chinese: chinese.isEmpty ? [] : [id], english: english.isEmpty ? [] : [id]), chinese: chinese,
            english: english, confidence: confidence, flags: flags)
    }
}

extension ScreenBuffer {
    /// The display width of each row, which must be the frame's width whatever the text.
    var lineWidths: [Int] { (0..<height).map { line($0).displayWidth } }
}
