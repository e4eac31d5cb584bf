import Foundation
import Testing

@testable import Bitext

/// Not a test: prints scores under cost settings from the environment (`BITEXT_TUNE=1 T_BONUS=2 …`).
@Suite struct AlignerTuning {
    @Test func sweep() throws {
        let environment = ProcessInfo.processInfo.environment
        guard environment["BITEXT_TUNE"] != nil else { return }
        var aligner = Aligner()
        aligner.tuning = { model in
            if let value = environment["T_BONUS"].flatMap(Float.init) { model.matchBonus = value }
            if let value = environment["T_MAXM"].flatMap(Float.init) { model.maxMatches = value }
            if let value = environment["T_PEN"].flatMap(Float.init) { model.mismatchPenalty = value }
            if let value = environment["T_GAP"].flatMap(Float.init) { model.gapDiscount = value }
            if let value = environment["T_VAR"].flatMap(Double.init) { model.variance *= value }
        }
        var un = AlignmentScore()
        for name in AlignerUNTests.documents {
            let (chinese, english) = try AlignerUNTests.sentences(name)
            let gold = try BeadFile.parse(try fixture("un-zh-en/\(name).gold"), file: name)
            un.add(gold: gold, system: aligner.align(chinese: chinese, english: english).map(\.bead))
        }
        let (chinese, english) = try SeedTests.sentences()
        let pairs = aligner.align(chinese: chinese, english: english)
        let seed = AlignmentScore(
            gold: [try BeadFile.parse(try fixture("gold/004_b1f2f82659ca7572.gold"), file: "004")],
            system: [pairs.map(\.bead)])
        print(
            "TUNE UN \(un.strictF1) \(un.laxF1) seed \(seed.strictF1) \(pairs.map(\.bead.notation).joined(separator: " "))"
        )
    }
}
