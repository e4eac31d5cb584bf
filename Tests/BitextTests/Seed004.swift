import Foundation

@testable import Bitext

/// Seed 004 read and segmented as `bitext align` does (through `Pipeline`): 16 Chinese sentences (headline, dateline,
/// body; the metadata set aside) and 19 English ones, the ids of fixtures/gold/004_b1f2f82659ca7572.gold.
enum Seed004 {
    static func document() throws -> Document {
        try Reader().read(path: path)
    }

    static func sentences() throws -> (chinese: [Sentence], english: [Sentence]) {
        let aligned = try Pipeline().align(.file(path))
        return (aligned.chinese, aligned.english)
    }

    static var path: String { repositoryRoot.appendingPathComponent("seeds/004_b1f2f82659ca7572.txt").path }

    static func gold() throws -> [Bead] {
        try BeadFile.parse(try fixture("gold/004_b1f2f82659ca7572.gold"), file: "004_b1f2f82659ca7572.gold")
    }

    static func dictionary() throws -> ChineseEnglishDictionary {
        try ChineseEnglishDictionary(
            contentsOfFile: repositoryRoot.appendingPathComponent("fixtures/dictionary/seed004.u8").path)
    }
}
