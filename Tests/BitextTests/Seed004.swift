import Foundation

@testable import Bitext

/// Seed 004 as `bitext segment` numbers it: 16 Chinese sentences (headline, dateline, body; the
/// metadata set aside) and 19 English ones, as the gold in fixtures/gold uses them.
enum Seed004 {
    static let root = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
        .deletingLastPathComponent()

    static func sentences() throws -> (chinese: [String], english: [String]) {
        let text = try String(
            contentsOf: root.appendingPathComponent("seeds/004_b1f2f82659ca7572.txt"), encoding: .utf8)
        let lines = text.split(separator: "\n").map(String.init)
        var chineseLines: [String] = []
        var englishLines: [String] = []
        for line in lines {
            if line.unicodeScalars.contains(where: { $0.script == .han }) {
                // The metadata runs into the dateline on one line: keep what follows the editor's name.
                if let range = line.range(of: "責任編輯:張芃芃") {
                    chineseLines.append(String(line[range.upperBound...]))
                } else {
                    chineseLines.append(line)
                }
            } else {
                englishLines.append(line.replacingOccurrences(of: " ■", with: ""))
            }
        }
        let segmenter = try Segmenter()
        let chinese = try chineseLines.flatMap { try segmenter.split($0, language: .chinese).map(\.text) }
        let english = try englishLines.flatMap { try segmenter.split($0, language: .english).map(\.text) }
        return (chinese, english)
    }

    static func gold() throws -> [Bead] {
        let text = try String(
            contentsOf: root.appendingPathComponent("fixtures/gold/004_b1f2f82659ca7572.gold"), encoding: .utf8)
        return text.split(separator: "\n").compactMap { Bead(notation: $0) }
    }
}
