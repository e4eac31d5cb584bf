import Foundation
import Testing

@testable import Bitext

@Suite struct ReorderingTests {
    static func align(dictionary: ChineseEnglishDictionary? = nil, monotonic: Bool = false) throws -> [AlignedPair] {
        let (chinese, english) = try Seed004.sentences()
        var options = AlignmentOptions()
        options.dictionary = dictionary
        options.monotonic = monotonic
        return Aligner(options: options).align(chinese: chinese, english: english)
    }

    /// Seed 004 with the dictionary fixture: every link of the lead's gold, the moved lead
    /// sentence and block included; the unrelated English paragraph and the metadata unaligned.
    @Test func seed004FindsEveryLinkWithTheDictionary() throws {
        let pairs = try Self.align(dictionary: try Seed004.dictionary())
        let found = Set(pairs.map(\.bead))
        for bead in try Seed004.gold() { #expect(found.contains(bead), "lost \(bead.notation)") }
        #expect(pairs.filter { !$0.isOneSided }.count == 16)
        #expect(try Seed004.document().setAside.contains { $0.kind == .metadata })
        // The lead sentence and one of the two swapped blocks run against the order of the rest.
        let crossing = Set(pairs.filter(\.crossing).map(\.bead))
        #expect(
            crossing.contains(Bead(chinese: [4], english: [4])) || crossing.contains(Bead(chinese: [1], english: [5])))
        #expect(crossing.count >= 5)
        #expect(pairs.filter(\.crossing).allSatisfy { $0.flags.contains(.crossing) })
    }

    /// Without a dictionary too: the lead sentence shares only vocabulary (China, Russia) with
    /// 歷史和現實昭示我們…, and is paired as the one sentence left on each side inside the article.
    @Test func seed004FindsEveryLinkWithoutADictionary() throws {
        let pairs = try Self.align()
        let found = Set(pairs.map(\.bead))
        for bead in try Seed004.gold() { #expect(found.contains(bead), "lost \(bead.notation)") }
        #expect(pairs.filter { !$0.isOneSided }.count == 16)
        #expect(pairs.first { $0.bead == Bead(chinese: [4], english: [4]) }?.crossing == true)
    }

    /// `monotonic` is the aligner's plain banded search, untouched: same beads, nothing crossing.
    @Test func monotonicKeepsThePlainSearch() throws {
        let (chinese, english) = try Seed004.sentences()
        let pairs = try Self.align(monotonic: true)
        let features = AlignmentFeatures(
            chinese: chinese.map(\.text), english: english.map(\.text), extractor: AnchorExtractor())
        var options = AlignmentOptions()
        options.monotonic = true
        let beads = Aligner(options: options).path(features).beads.map {
            Bead(chinese: $0.zh.map { chinese[$0].id }, english: $0.en.map { english[$0].id })
        }
        #expect(pairs.map(\.bead) == beads)
        #expect(pairs.allSatisfy { !$0.crossing })
        // One path can hold at most 10 of the 16 links of the gold.
        #expect(Set(pairs.map(\.bead)).intersection(try Seed004.gold().filter { !$0.chinese.isEmpty }).count <= 10)
    }

    @Test(arguments: [
        ("新華社北京2月24日電 2月24日下午,國家主席習近平應約同俄羅斯總統普京通電話。", Language.chinese, "2月24日下午,國家主席習近平應約同俄羅斯總統普京通電話。"),
        (
            "BEIJING, Feb. 24 (Xinhua) -- Chinese President Xi Jinping said on Monday", .english,
            "Chinese President Xi Jinping said on Monday"
        ),
        ("UNITED NATIONS, March 3 (Xinhua) -- The UN said", .english, "The UN said"),
        ("兩國各部門正按照我們達成的共識。", .chinese, "兩國各部門正按照我們達成的共識。"),
        ("He said -- again -- that", .english, "He said -- again -- that"),
    ])
    func datelines(text: String, language: Language, expected: String) {
        #expect(Dateline.stripped(text, language: language) == expected)
    }
}

/// The search on a toy evidence: sentence i translates English `truth[i]`, nothing else matches.
struct ToyEvidence: PairEvidence {
    var truth: [Int]
    var chineseCount: Int { truth.count }
    var englishCount: Int { truth.count }
    func candidates(chinese: Int) -> [Int] { [truth[chinese]] }
    func strength(chinese: Int, english: Int) -> Double { truth[chinese] == english ? 0.9 : 0 }
    func cost(chinese: Range<Int>, english: Range<Int>) -> Double {
        if chinese.isEmpty || english.isEmpty { return 4 * Double(chinese.count + english.count) }
        let matches = chinese.filter { english.contains(truth[$0]) }.count
        return 5 * Double(chinese.count + english.count - 2) + 6 - 10 * Double(matches)
    }
}

@Suite struct ReorderingAlignerTests {
    @Test(arguments: [
        [0, 1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11],
        [0, 1, 2, 7, 8, 9, 3, 4, 5, 6, 10, 11],  // a block of three moved back
        [5, 0, 1, 2, 3, 4, 6, 7, 8, 9, 10, 11],  // one sentence moved to the front
        [0, 1, 9, 10, 11, 2, 3, 4, 5, 6, 7, 8],  // blocks swapped
    ])
    func recoversMovedBlocks(truth: [Int]) {
        let links = ReorderingAligner().align(ToyEvidence(truth: truth))
        let found = Set(links.map(\.bead))
        for (i, j) in truth.enumerated() { #expect(found.contains(Bead(chinese: [i], english: [j]))) }
        let inOrder = truth == Array(0..<truth.count)
        #expect(links.contains { $0.crossing } == !inOrder)
    }

    @Test func monotonicSearchKeepsOrder() {
        var aligner = ReorderingAligner()
        aligner.monotonic = true
        let links = aligner.align(ToyEvidence(truth: [0, 1, 2, 7, 8, 9, 3, 4, 5, 6, 10, 11]))
        let pairs = links.filter { !$0.bead.chinese.isEmpty && !$0.bead.english.isEmpty }
        #expect(zip(pairs, pairs.dropFirst()).allSatisfy { ($0.bead.english.last ?? 0) < ($1.bead.english.first ?? 0) })
        #expect(links.allSatisfy { !$0.crossing })
    }

    /// Sentences left alone inside the aligned part are paired when each is the other's best match, but
    /// not among orphans far more numerous on one side (untranslated material, where a match is chance).
    @Test(arguments: zip([false, true], [true, false]))
    func orphansArePairedOnlyWhenBothSidesHaveAlike(lopsided: Bool, paired: Bool) {
        func bead(_ chinese: [Int], _ english: [Int]) -> Bead { Bead(chinese: chinese, english: english) }
        var beads = [bead([0], [0]), bead([1], [1]), bead([2], []), bead([], [2]), bead([3], [3])]
        // Lopsided: Chinese 4 and 5 left alone too, their English joined to the next pair's.
        beads +=
            lopsided
            ? [bead([4], []), bead([5], []), bead([6], [4, 5, 6])] : [bead([4], [4]), bead([5], [5]), bead([6], [6])]
        beads.append(bead([7], [7]))
        ReorderingAligner().pairOrphans(&beads, evidence: ToyEvidence(truth: Array(0..<8)))
        #expect(beads.contains(bead([2], [2])) == paired)
    }

    @Test func heaviestOrderedSubset() {
        typealias Pair = ReorderingAligner.Pair
        let pairs = [(0, 0, 1.0), (1, 5, 2.5), (2, 1, 1.0), (3, 2, 1.0), (4, 3, 1.0), (5, 6, 1.0)].map {
            Pair(chinese: $0.0, english: $0.1, strength: 0, gain: $0.2)
        }
        #expect(ReorderingAligner.heaviestOrderedSubset(pairs).map(\.chinese) == [0, 2, 3, 4, 5])
    }
}
