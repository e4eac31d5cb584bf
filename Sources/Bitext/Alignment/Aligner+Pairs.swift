import Foundation

extension Aligner {
    /// Turns beads into pairs with texts, confidence and quality flags.
    package func pairs(
        _ beads: [BeadSpan], model: BeadCost, features: AlignmentFeatures, chinese: [Sentence], english: [Sentence],
        document: String
    ) -> [AlignedPair] {
        beads.indices.map { index in
            let bead = beads[index]
            let zh = bead.zh.map { chinese[$0] }
            let en = bead.en.map { english[$0] }
            return AlignedPair(
                bead: Bead(chinese: zh.map(\.id), english: en.map(\.id)),
                chinese: zh.map(\.text).joined(), english: en.map(\.text).joined(separator: " "),
                confidence: confidence(of: index, in: beads, model: model, features: features),
                flags: flags(of: bead, model: model, features: features), document: document,
                chineseParagraph: zh.first?.paragraph, englishParagraph: en.first?.paragraph)
        }
    }

    /// How sure the aligner is of bead `index`, in [0, 1]: a logistic of the cost it saves against its
    /// best local alternative.
    ///
    /// A two-sided bead competes with leaving its sentences unaligned; a one-sided bead with joining its
    /// sentence to the bead before or after it.
    package func confidence(of index: Int, in beads: [BeadSpan], model: BeadCost, features: AlignmentFeatures)
        -> Double
    {
        let bead = beads[index]
        let alternative: Float
        if !bead.zh.isEmpty && !bead.en.isEmpty {
            var unaligned: Float = 0
            for sentence in bead.zh { unaligned += model.cost(features, zh: sentence..<(sentence + 1), en: 0..<0) }
            for sentence in bead.en { unaligned += model.cost(features, zh: 0..<0, en: sentence..<(sentence + 1)) }
            alternative = unaligned
        } else {
            var best = Float.infinity
            let limit = options.maxBeadSide
            for neighbour in [index - 1, index + 1] where beads.indices.contains(neighbour) {
                let other = beads[neighbour]
                guard !other.zh.isEmpty, !other.en.isEmpty else { continue }
                let zh = min(bead.zh.lowerBound, other.zh.lowerBound)..<max(bead.zh.upperBound, other.zh.upperBound)
                let en = min(bead.en.lowerBound, other.en.lowerBound)..<max(bead.en.upperBound, other.en.upperBound)
                guard zh.count <= limit, en.count <= limit, zh.count == 1 || en.count == 1 else { continue }
                best = min(best, model.cost(features, zh: zh, en: en) - other.cost)
            }
            alternative = best
        }
        guard alternative.isFinite else { return bead.zh.isEmpty || bead.en.isEmpty ? 0.9 : 0.5 }
        let margin = Double(alternative - bead.cost)
        return 1 / (1 + exp(-(margin - 2) / 2))
    }

    /// What a reviewer should check in a bead: anchors on one side only, an unusual length ratio.
    package func flags(of bead: BeadSpan, model: BeadCost, features: AlignmentFeatures) -> [QualityFlag] {
        guard !bead.zh.isEmpty, !bead.en.isEmpty else { return [] }
        let chinese = Set(bead.zh.flatMap { features.chinese.anchors[$0] })
        let english = Set(bead.en.flatMap { features.english.anchors[$0] })
        let lone = chinese.symmetricDifference(english)
        var flags: [QualityFlag] = []
        if lone.contains(where: { $0.kind == .number }) { flags.append(.numberMismatch) }
        if lone.contains(where: { $0.kind == .date }) { flags.append(.dateMismatch) }
        if lone.contains(where: { $0.kind == .entity || $0.kind == .latin }) { flags.append(.entityMismatch) }
        let delta = model.delta(
            chinese: features.chinese.length(bead.zh), english: features.english.length(bead.en))
        if abs(delta) > 3 { flags.append(.lengthRatio) }
        return flags
    }
}
