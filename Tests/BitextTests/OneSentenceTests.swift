import Foundation
import Testing

@testable import Bitext

/// A paragraph `Segmenter` splits without ICU (`isOneSentence`) must come out as ICU would split it.
@Suite struct OneSentenceTests {
    let segmenter: Segmenter

    init() throws { segmenter = try Segmenter() }

    static func isOneSentence(_ text: String) -> Bool {
        var text = text
        return text.withUTF8 { Segmenter.isOneSentence($0) }
    }

    /// The paragraphs of `texts` that take the shortcut and split differently through ICU, in both languages.
    func mismatches(_ texts: [String]) throws -> (taken: Int, differing: [String]) {
        var taken = 0
        var differing: [String] = []
        for text in texts where Self.isOneSentence(text) {
            taken += 1
            for language in [Language.chinese, .english] {
                let shortcut = try segmenter.split(text, language: language, shortcut: true)
                let icu = try segmenter.split(text, language: language, shortcut: false)
                if shortcut.map(\.text) != icu.map(\.text) || shortcut.map(\.range) != icu.map(\.range) {
                    differing.append("\(language): \(text.debugDescription)")
                }
            }
        }
        return (taken, differing)
    }

    /// Every string of up to four characters from one of each kind the rules tell apart.
    @Test func matchesICUOnEveryShortString() throws {
        let alphabet = ["中", "a", "Q", "7", ".", "?", "。", "！", "」", "“", "\"", ")", " ", "\u{3000}", "、", "\n"]
        var strings = [""]
        var all: [String] = []
        for _ in 1...4 {
            strings = strings.flatMap { prefix in alphabet.map { prefix + $0 } }
            all += strings
        }
        let (taken, differing) = try mismatches(all)
        #expect(all.count == 69_904)
        #expect(taken > 10_000)
        #expect(differing.isEmpty, "\(differing.count) differ, e.g. \(differing.prefix(8))")
    }

    /// Every scalar the shortcut knows, inside text and after a terminator: none that ICU treats as a
    /// terminator or separator passes for an ordinary character.
    @Test func matchesICUOnEveryKnownScalar() throws {
        var texts: [String] = []
        for value in UInt32(0x20)..<0x1_0000 {
            guard let scalar = Unicode.Scalar(value) else { continue }
            // Han: all alike to the rules; a sample is enough.
            if (0x3400...0x9FFF).contains(value), value % 97 != 0 { continue }
            let c = String(Character(scalar))
            texts += ["a\(c)b", "中\(c)文", "a.\(c)", "中。\(c)", "\(c)"]
        }
        let (taken, differing) = try mismatches(texts)
        #expect(taken > 2_000)
        #expect(differing.isEmpty, "\(differing.count) differ, e.g. \(differing.prefix(8))")
    }

    /// Every line of the seeds and the UN documents.
    @Test func matchesICUOnTheFixtures() throws {
        var lines: [String] = []
        var paths = ["UN19930101_020", "UN19990209_010"].flatMap {
            ["fixtures/un-zh-en/\($0).zh", "fixtures/un-zh-en/\($0).en"]
        }
        paths += try FileManager.default.contentsOfDirectory(
            atPath: repositoryRoot.appendingPathComponent("seeds").path
        ).map { "seeds/" + $0 }
        for path in paths {
            lines += try String(contentsOf: repositoryRoot.appendingPathComponent(path), encoding: .utf8)
                .split(separator: "\n").map(String.init)
        }
        let (taken, differing) = try mismatches(lines)
        #expect(taken > 1_500)
        #expect(differing.isEmpty, "\(differing.prefix(8))")
    }

    @Test(arguments: [
        "他說:「走。」然後走了。", "U.S. officials said", "1. The Fund", "Ελλάδα;", "عربي؟", "a\u{2029}b", "中。 」",
    ])
    func leavesTextThatMayBreakToICU(text: String) {
        #expect(!Self.isOneSentence(text))
    }

    @Test(arguments: ["習近平說。", "He left.\"", "他走了。」 ", "(No terminator at all", "？！", "Why?!)"])
    func takesTextOfOneSentence(text: String) {
        #expect(Self.isOneSentence(text))
    }
}
