import Foundation
import Testing

@testable import Bitext

/// `EnglishWordBreaks` must find exactly ICU's boundaries and statuses wherever it answers.
@Suite struct WordBreakTests {
    /// ICU's boundaries of `text`, with the status of the segment ending at each.
    static func icu(_ text: String, _ iterator: BreakIterator) throws -> [Pair] {
        try iterator.boundaries(in: text).map { Pair(offset: $0.offset, status: $0.status) }
    }

    /// The fast path's, or nil where it leaves the text to ICU.
    static func fast(_ text: String) -> [Pair]? {
        var text = text
        var offsets: [Int64] = []
        var statuses: [Int32] = []
        guard text.withUTF8({ EnglishWordBreaks.fill($0, offsets: &offsets, statuses: &statuses) }) else { return nil }
        return zip(offsets, statuses).map { Pair(offset: Int($0), status: $1) }
    }

    struct Pair: Equatable, CustomStringConvertible {
        var offset: Int
        var status: Int32
        var description: String { "\(offset):\(status)" }
    }

    /// Every string of up to four characters from one of each class the rules tell apart.
    @Test func matchesICUOnEveryShortString() throws {
        let alphabet = ["a", "Q", "7", "_", ".", "'", "’", "‘", ",", ";", ":", " ", "\n", "\r", "-", "“", "—", "\t"]
        let iterator = try BreakIterator(.word, locale: "en")
        var strings = [""]
        var mismatches: [String] = []
        var checked = 0
        for _ in 1...4 {
            strings = strings.flatMap { prefix in alphabet.map { prefix + $0 } }
            for text in strings {
                checked += 1
                let expected = try Self.icu(text, iterator)
                if Self.fast(text) != expected { mismatches.append(text.debugDescription) }
            }
        }
        #expect(checked == 111_150)
        #expect(mismatches.isEmpty, "\(mismatches.count) differ, e.g. \(mismatches.prefix(8))")
    }

    /// Every English line of the UN documents and the seeds that the fast path takes.
    @Test func matchesICUOnTheFixtures() throws {
        let iterator = try BreakIterator(.word, locale: "en")
        var lines: [String] = []
        for path in ["fixtures/un-zh-en/UN19930101_020.en", "fixtures/un-zh-en/UN19990209_010.en"] {
            lines += try String(contentsOf: repositoryRoot.appendingPathComponent(path), encoding: .utf8)
                .split(separator: "\n").map(String.init)
        }
        for seed in try FileManager.default.contentsOfDirectory(
            atPath: repositoryRoot.appendingPathComponent("seeds").path)
        {
            lines += try String(contentsOf: repositoryRoot.appendingPathComponent("seeds/" + seed), encoding: .utf8)
                .split(separator: "\n").map(String.init)
        }
        var taken = 0
        for line in lines {
            guard let fast = Self.fast(line) else { continue }
            taken += 1
            #expect(fast == (try Self.icu(line, iterator)), "\(line)")
        }
        // The UN documents are nearly all plain ASCII; the seeds' curly quotes are covered too.
        #expect(taken > 1_300)
    }

    @Test(arguments: ["café", "a·b", "Zürich", "a\u{00A0}b", "😀", "a\u{0301}"])
    func leavesOtherCharactersToICU(text: String) {
        #expect(Self.fast(text) == nil)
    }
}
