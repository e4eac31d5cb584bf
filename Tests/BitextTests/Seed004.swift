import Foundation

@testable import Bitext

/// Seed 004 read and segmented as `bitext segment` does: 16 Chinese sentences (headline, dateline,
/// body; the metadata set aside) and 19 English ones, the ids of fixtures/gold/004_b1f2f82659ca7572.gold.
enum Seed004 {
    static func document() throws -> Document {
        try Reader().read(path: repositoryRoot.appendingPathComponent("seeds/004_b1f2f82659ca7572.txt").path)
    }

    static func sentences() throws -> (chinese: [Sentence], english: [Sentence]) {
        let document = try document()
        let segmenter = try Segmenter()
        let chinese = try document.chinese.map { try segmenter.sentences(of: $0) } ?? []
        let english = try document.english.map { try segmenter.sentences(of: $0) } ?? []
        return (chinese, english)
    }

    static func gold() throws -> [Bead] {
        try BeadFile.parse(try fixture("gold/004_b1f2f82659ca7572.gold"), file: "004_b1f2f82659ca7572.gold")
    }

    static func dictionary() throws -> ChineseEnglishDictionary {
        try ChineseEnglishDictionary(
            contentsOf: repositoryRoot.appendingPathComponent("fixtures/dictionary/seed004.u8"))
    }
}
