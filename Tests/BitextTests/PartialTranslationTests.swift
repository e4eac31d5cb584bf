import BitextTestSupport
import Foundation
import Testing

@testable import Bitext

/// Issue 20: one side of a development document cut (`CutDocuments`), the other whole. The issue asks
/// for 0.9 × the whole document's strict F1 on every variant (UN19930101_020 0.874, UN19990209_010 0.897,
/// Sinorama 0.759, Hansard 0.845 on 2026-12-06), checked against the whole document as aligned now; each
/// floor is the strict F1 measured on 2026-12-06 less 0.01. The Sinorama Chinese second half, 0.131 with
/// anchors alone, found its part with the confident pairs; the Hansard's, 0.808, with a smaller least
/// part at the edges (`correspondenceEdgeMinimum`); the middle cuts, Sinorama's 0.576 and 0.700, with the
/// chain's slope taken where the texts correspond and the sentences beside a part placed by their words
/// (`Aligner.slope(of:)`, `Aligner.split`; all 2026-12-06).
@Suite struct PartialTranslationTests {
    static let development = Result { try DevelopmentDocuments(root: DevelopmentDocuments.repositoryRoot) }

    /// The strict F1 of each whole development document, which the target is 0.9 of.
    static let whole = Result {
        try development.get().documents.reduce(into: [String: Double]()) { scores, document in
            let aligned = try DevelopmentDocuments.align(document, options: AlignmentOptions())
            scores[document.name] = DevelopmentDocuments.score(aligned.pairs, against: document).strictF1
        }
    }

    @Test(arguments: [
        ("UN19930101_020", Language.chinese, CutDocuments.Cut.firstHalf, 0.981),
        ("UN19930101_020", .chinese, .secondHalf, 0.956),
        ("UN19930101_020", .chinese, .middleRemoved, 0.968),
        ("UN19930101_020", .english, .firstHalf, 0.964),
        ("UN19930101_020", .english, .secondHalf, 0.945),
        ("UN19930101_020", .english, .middleRemoved, 0.968),
        ("UN19990209_010", .chinese, .firstHalf, 0.981),
        ("UN19990209_010", .chinese, .secondHalf, 0.983),
        ("UN19990209_010", .chinese, .middleRemoved, 0.985),
        ("UN19990209_010", .english, .firstHalf, 0.972),
        ("UN19990209_010", .english, .secondHalf, 0.975),
        ("UN19990209_010", .english, .middleRemoved, 0.975),
        ("890621", .chinese, .firstHalf, 0.920),
        ("890621", .chinese, .secondHalf, 0.880),
        ("890621", .chinese, .middleRemoved, 0.922),
        ("890621", .english, .firstHalf, 0.903),
        ("890621", .english, .secondHalf, 0.887),
        ("890621", .english, .middleRemoved, 0.903),
        ("198706005", .chinese, .firstHalf, 0.793),
        ("198706005", .chinese, .secondHalf, 0.810),
        ("198706005", .chinese, .middleRemoved, 0.778),
        ("198706005", .english, .firstHalf, 0.810),
        ("198706005", .english, .secondHalf, 0.825),
        ("198706005", .english, .middleRemoved, 0.798),
    ])
    func cutDocumentAligns(name: String, side: Language, cut: CutDocuments.Cut, floor: Double) throws {
        let document = try #require(try Self.development.get().documents.first { $0.name == name })
        let variant = try CutDocuments.variant(of: document, side: side, cut: cut)
        let aligned = try Pipeline(presegmented: true).align(.texts(chinese: variant.chinese, english: variant.english))
        let score = AlignmentScore(gold: [variant.gold], system: [aligned.pairs.map(\.bead)])
        #expect(score.strictF1 >= floor, "\(name), \(side) \(cut.rawValue): strict F1 \(score.strictF1)")
        let whole = try #require(try Self.whole.get()[name])
        #expect(
            score.strictF1 >= 0.9 * whole,
            "\(name), \(side) \(cut.rawValue): strict F1 \(score.strictF1), the whole document's \(whole)")
        // Every sentence in exactly one bead.
        #expect(aligned.pairs.flatMap(\.bead.chinese).sorted() == aligned.chinese.map(\.id))
        #expect(aligned.pairs.flatMap(\.bead.english).sorted() == aligned.english.map(\.id))
    }

    /// Pairs at the edge of a gap (next to a one-sided bead) carry the doubt: on five cut variants their
    /// mean confidence is well under the other pairs' and near their share right (measured 2026-12-06:
    /// 143 such pairs, mean confidence 0.76, 62 % right; the others 0.98 and 99 %).
    @Test func pairsAtTheEdgeOfAGapAreLessSure() throws {
        let variants: [(String, Language, CutDocuments.Cut)] = [
            ("UN19990209_010", .chinese, .firstHalf), ("890621", .chinese, .secondHalf),
            ("UN19930101_020", .english, .middleRemoved), ("890621", .english, .middleRemoved),
            ("198706005", .chinese, .firstHalf),
        ]
        var edge: (pairs: Int, confidence: Double, right: Int) = (0, 0, 0)
        var inner: (pairs: Int, confidence: Double, right: Int) = (0, 0, 0)
        for (name, side, cut) in variants {
            let document = try #require(try Self.development.get().documents.first { $0.name == name })
            let variant = try CutDocuments.variant(of: document, side: side, cut: cut)
            let pairs = try Pipeline(presegmented: true).align(
                .texts(chinese: variant.chinese, english: variant.english)
            ).pairs
            let gold = Set(variant.gold)
            for (index, pair) in pairs.enumerated() where !pair.isOneSided {
                let besideGap = [index - 1, index + 1].contains { pairs.indices.contains($0) && pairs[$0].isOneSided }
                let right = gold.contains(pair.bead) ? 1 : 0
                if besideGap {
                    edge = (edge.pairs + 1, edge.confidence + pair.confidence, edge.right + right)
                } else {
                    inner = (inner.pairs + 1, inner.confidence + pair.confidence, inner.right + right)
                }
            }
        }
        try #require(edge.pairs >= 50 && inner.pairs > 0)
        let edgeConfidence = edge.confidence / Double(edge.pairs)
        let edgeRight = Double(edge.right) / Double(edge.pairs)
        let innerConfidence = inner.confidence / Double(inner.pairs)
        #expect(edgeConfidence < innerConfidence - 0.15, "edge \(edgeConfidence), inner \(innerConfidence)")
        #expect(abs(edgeConfidence - edgeRight) < 0.2, "edge confidence \(edgeConfidence), right \(edgeRight)")
    }

    /// The gold follows the cut: a Chinese side cut to its first half keeps only that half's sentences,
    /// every English sentence stays, and those of the removed half become one-sided.
    @Test func theGoldFollowsTheCut() throws {
        let document = try #require(try Self.development.get().documents.first { $0.name == "UN19990209_010" })
        let variant = try CutDocuments.variant(of: document, side: .chinese, cut: .firstHalf)
        let lines = variant.chinese.split(separator: "\n", omittingEmptySubsequences: false).count - 1
        #expect(Set(variant.gold.flatMap(\.chinese)).isSubset(of: Set(0..<lines)))
        #expect(variant.gold.flatMap(\.english).sorted() == document.gold.flatMap(\.english).sorted())
        let oneSided = variant.gold.filter(\.chinese.isEmpty).count
        #expect(oneSided > document.gold.filter(\.chinese.isEmpty).count + 300)
    }
}
