import Foundation
import Testing

@testable import Bitext

@Suite struct ModelFileTests {
    /// A lexicon learned from the book-and-house corpus with `dictionary` (the gazetteer's names in).
    static func learned(dictionary: ChineseEnglishDictionary? = nil) -> Lexicon {
        var lexicon = Lexicon(dictionary: dictionary)
        // Each pair three times: every word is seen often enough to have learned translations.
        let corpus = Array(repeating: WordTranslationModelTests.corpus, count: 3).flatMap { $0 }
        lexicon.learn(from: corpus + [(["貓"], ["cat"])], iterations: 8)
        return lexicon
    }

    static func file(_ lexicon: Lexicon = learned()) throws -> ModelFile {
        try #require(ModelFile(lexicon: lexicon, dictionaryName: "the gazetteer", trainingPairs: 19))
    }

    /// Written and read back, the model translates every word as the learned one does, with the same
    /// probabilities to the bit.
    @Test func aModelReadsBackAsItWasLearned() throws {
        let lexicon = Self.learned()
        let bytes = try Self.file(lexicon).encoded()
        let read = try ModelFile(bytes: bytes, file: "model.bin")
        #expect(read.trainingPairs == 19)
        #expect(read.dictionaryName == "the gazetteer")
        #expect(read.encoded() == bytes)
        let loaded = try read.lexicon(dictionary: nil, named: "the gazetteer", file: "model.bin")
        let model = try #require(lexicon.model)
        let loadedModel = try #require(loaded.model)
        #expect(loaded.chinese.words == lexicon.chinese.words)
        #expect(loaded.english.words == lexicon.english.words)
        for (z, word) in lexicon.chinese.words.enumerated() {
            #expect(loaded.translations(of: word) == lexicon.translations(of: word), "\(word)")
            #expect(loadedModel.occurrences(of: Int32(z)) == model.occurrences(of: Int32(z)))
            for e in lexicon.english.words.indices {
                let (given, english) = (Int32(z), Int32(e))
                #expect(
                    loadedModel.probability(english: english, given: given).bitPattern
                        == model.probability(english: english, given: given).bitPattern)
            }
        }
        #expect(loadedModel.size == model.size)
        #expect(
            loadedModel.logOdds(chinese: [0, 1], english: [0, 1, 2])
                == model.logOdds(chinese: [0, 1], english: [0, 1, 2]))
    }

    /// A file cut short anywhere is truncated, never read as a smaller model.
    @Test(arguments: [0.0, 0.001, 0.01, 0.3, 0.5, 0.9, 0.999])
    func aCutFileIsTruncated(share: Double) throws {
        let bytes = try Self.file().encoded()
        let cut = Array(bytes.prefix(Int(Double(bytes.count) * share)))
        #expect(throws: ModelFileError(file: "m", reason: .truncated)) { try ModelFile(bytes: cut, file: "m") }
    }

    /// One byte changed: in the magic it is no model, in the version another version, in the length
    /// truncated (or a checksum mismatch), anywhere after that corrupt.
    @Test(arguments: [
        (0, ModelFileError.Reason.notAModel), (7, .notAModel), (8, .unsupportedVersion(1 ^ 0x40)), (21, .corrupt),
        (40, .corrupt), (-9, .corrupt), (-1, .corrupt),
    ])
    func aChangedByteIsCaught(offset: Int, reason: ModelFileError.Reason) throws {
        var bytes = try Self.file().encoded()
        let index = offset < 0 ? bytes.count + offset : offset
        bytes[index] ^= 0x40
        #expect(throws: ModelFileError(file: "m", reason: reason)) { try ModelFile(bytes: bytes, file: "m") }
    }

    @Test func bytesAfterTheChecksumAreCorrupt() throws {
        let bytes = try Self.file().encoded() + [0]
        #expect(throws: ModelFileError(file: "m", reason: .corrupt)) { try ModelFile(bytes: bytes, file: "m") }
    }

    /// A model is used with the dictionary it was learned with only; the message names both.
    @Test func anotherDictionaryIsRefused() throws {
        let dictionary = try ChineseEnglishDictionary(text: "書 书 [shu1] /book/\n", name: "d")
        let file = try Self.file(Self.learned(dictionary: dictionary))
        _ = try file.lexicon(dictionary: dictionary, named: "d", file: "m")
        let error = try #require(throws: ModelFileError.self) {
            try file.lexicon(dictionary: nil, named: "--no-lexicon", file: "m")
        }
        #expect(error.reason == .dictionaryMismatch(learned: "the gazetteer", given: "--no-lexicon"))
        #expect(
            error.description
                == "m: learned with the gazetteer, not --no-lexicon: give the same --no-lexicon and --dictionary as bitext learn"
        )
    }

    /// The fingerprint is the entries', whatever the order they came in.
    @Test func theFingerprintIsTheEntries() throws {
        let one = try ChineseEnglishDictionary(text: "書 书 [shu1] /book/\n貓 猫 [mao1] /cat/\n", name: "a")
        let other = try ChineseEnglishDictionary(text: "貓 猫 [mao1] /cat/\n書 书 [shu1] /book/\n", name: "b")
        let third = try ChineseEnglishDictionary(text: "書 书 [shu1] /book/\n貓 猫 [mao1] /dog/\n", name: "c")
        #expect(one.fingerprint == other.fingerprint)
        #expect(one.fingerprint != third.fingerprint)
        #expect(one.fingerprint != ChineseEnglishDictionary().fingerprint)
    }
}
