import Foundation
import Testing

@testable import Bitext

@Suite struct EvalTests {
    /// The hand-scored case of fixtures/eval/README.md.
    static func handScored(_ names: [String]) throws -> AlignmentScore {
        var score = AlignmentScore()
        for name in names {
            score.add(
                gold: try BeadFile.parse(try fixture("eval/\(name).gold"), file: "\(name).gold"),
                system: try BeadFile.parse(try fixture("eval/\(name).beads"), file: "\(name).beads"))
        }
        return score
    }

    @Test func documentAAlone() throws {
        let score = try Self.handScored(["a"])
        #expect(score.precisionCounts == AlignmentScore.Counts(strictTrue: 3, strictFalse: 3, laxTrue: 4, laxFalse: 2))
        #expect(score.recallCounts == AlignmentScore.Counts(strictTrue: 3, strictFalse: 1, laxTrue: 4, laxFalse: 0))
        #expect(abs(score.strictF1 - 0.6) < 1e-12)
        #expect(abs(score.laxF1 - 0.8) < 1e-12)
    }

    @Test func microAveragedOverDocuments() throws {
        let score = try Self.handScored(["a", "b"])
        #expect(score.documents == 2)
        #expect(abs(score.strictPrecision - 3.0 / 7) < 1e-12)
        #expect(abs(score.laxPrecision - 5.0 / 7) < 1e-12)
        #expect(abs(score.strictRecall - 0.5) < 1e-12)
        #expect(score.laxRecall == 1)
        #expect(abs(score.strictF1 - 6.0 / 13) < 1e-12)
        #expect(abs(score.laxF1 - 10.0 / 12) < 1e-12)
    }

    /// Encoded, a score is its figures, the object `bitext eval --json` prints (not its counts).
    @Test func encodesItsFigures() throws {
        let score = try Self.handScored(["a", "b"])
        let figures = try JSONDecoder().decode([String: Double].self, from: JSONEncoder().encode(score))
        #expect(
            figures == [
                "documents": 2, "strictPrecision": score.strictPrecision, "strictRecall": 0.5,
                "strictF1": score.strictF1, "laxPrecision": score.laxPrecision, "laxRecall": 1, "laxF1": score.laxF1,
            ])
    }

    @Test func perfectAndEmpty() {
        let beads = [Bead(chinese: [0], english: [0]), Bead(chinese: [1], english: [])]
        let perfect = AlignmentScore(gold: [beads], system: [beads])
        #expect(perfect.strictF1 == 1)
        #expect(perfect.laxF1 == 1)
        let empty = AlignmentScore(gold: [[]], system: [[]])
        #expect(empty.strictF1 == 0)
        #expect(empty.laxPrecision == 0)
    }

    @Test(arguments: [
        ("[0]:[1]\nnonsense\n", "x.beads:2: expected a bead such as [0, 1]:[2], found 'nonsense'"),
        ("[0]:[a]\n", "x.beads:1: expected a bead such as [0, 1]:[2], found '[0]:[a]'"),
    ])
    func rejectsMalformedLines(text: String, message: String) {
        #expect {
            _ = try BeadFile.parse(text, file: "x.beads")
        } throws: { error in
            (error as? BeadFile.ReadError)?.description == message
        }
    }

    @Test func skipsBlankLinesAndScores() throws {
        let beads = try BeadFile.parse("[0, 1]:[2]:0.5\n\n[]:[3]\n", file: "x")
        #expect(beads == [Bead(chinese: [0, 1], english: [2]), Bead(chinese: [], english: [3])])
    }

    /// score.py's `_precision` as it is written: each Chinese sentence's gold partners, a bead laxly right
    /// when its English meets its Chinese's partners.
    static func scorePyCounts(gold: [Bead], test: [Bead]) -> AlignmentScore.Counts {
        let gold = Set(gold.filter { !$0.chinese.isEmpty || !$0.english.isEmpty })
        var partners: [Int: Set<Int>] = [:]
        for bead in gold {
            for source in bead.chinese { partners[source, default: []].formUnion(bead.english) }
        }
        var counts = AlignmentScore.Counts()
        for bead in Set(test.filter { !$0.chinese.isEmpty || !$0.english.isEmpty }) {
            let targets = bead.chinese.reduce(into: Set<Int>()) { $0.formUnion(partners[$1] ?? []) }
            let strict = gold.contains(bead)
            let lax = strict || bead.english.contains(where: targets.contains)
            counts.strictTrue += strict ? 1 : 0
            counts.strictFalse += strict ? 0 : 1
            counts.laxTrue += lax ? 1 : 0
            counts.laxFalse += lax ? 0 : 1
        }
        return counts
    }

    /// Random beads over a few sentences, overlapping, one-sided, empty and repeated ones among them.
    static func randomBeads(_ count: Int, using generator: inout SplitMix64) -> [Bead] {
        (0..<count).map { _ in
            func side() -> [Int] {
                let first = Int(generator.next() % 12)
                return Array(first..<(first + Int(generator.next() % 4)))
            }
            return Bead(chinese: side(), english: side())
        }
    }

    /// The counts agree with score.py's partner sets on 500 random pairs of bead lists.
    @Test func countsAreScorePysOnRandomBeads() {
        var generator = SplitMix64(seed: 15)
        for _ in 0..<500 {
            let gold = Self.randomBeads(Int(generator.next() % 10), using: &generator)
            let test = Self.randomBeads(Int(generator.next() % 10), using: &generator)
            #expect(
                AlignmentScore.count(gold: gold, test: test) == Self.scorePyCounts(gold: gold, test: test),
                "gold \(gold), test \(test)")
        }
    }
}
