import Foundation

/// Aligned pairs with what each one's confidence was worked out from.
package struct ScoredPairs: Sendable {
    package var pairs: [AlignedPair]
    package var confidence: [ConfidenceFeatures]
}

extension Aligner {
    /// Turns beads into pairs with texts, confidence and quality flags.
    ///
    /// `evidenceCosts`, when given, are the beads' costs under the final search's evidence (words
    /// included): the margins of two-sided beads are taken against them.
    package func pairs(
        _ beads: [BeadSpan], model: BeadCost, features: AlignmentFeatures, chinese: [Sentence], english: [Sentence],
        document: String, evidenceCosts: [Float]? = nil, crossing: [Bool]? = nil, evidence: AnchoredEvidence? = nil
    ) -> ScoredPairs {
        let confidences = confidenceFeatures(
            beads, model: model, features: features, evidenceCosts: evidenceCosts, crossing: crossing,
            evidence: evidence)
        let pairs = beads.indices.map { index in
            let bead = beads[index]
            let zh = chinese[bead.zh]
            let en = english[bead.en]
            return AlignedPair(
                bead: Bead(chinese: zh.map(\.id), english: en.map(\.id)),
                chinese: zh.count == 1 ? zh[zh.startIndex].text : zh.map(\.text).joined(),
                english: en.count == 1 ? en[en.startIndex].text : en.map(\.text).joined(separator: " "),
                confidence: options.parameters.confidence.probability(confidences[index]),
                flags: flags(of: bead, model: model, features: features), document: document,
                chineseParagraph: zh.first?.paragraph, englishParagraph: en.first?.paragraph)
        }
        return ScoredPairs(pairs: pairs, confidence: confidences)
    }

    /// What the confidence of each of `beads` is worked out from.
    package func confidenceFeatures(
        _ beads: [BeadSpan], model: BeadCost, features: AlignmentFeatures, evidenceCosts: [Float]? = nil,
        crossing: [Bool]? = nil, evidence: AnchoredEvidence? = nil
    ) -> [ConfidenceFeatures] {
        let margins = beads.indices.map { index in
            margin(
                of: index, in: beads, model: model, features: features, evidenceCosts: evidenceCosts,
                evidence: evidence)
        }
        var total = 0.0
        var twoSided = 0
        for (bead, margin) in zip(beads, margins) {
            if !bead.zh.isEmpty && !bead.en.isEmpty {
                total += min(max(margin, -10), ConfidenceFeatures.marginCap)
                twoSided += 1
            }
        }
        // Margins without the final search's evidence (the monotonic search alone) are on another scale:
        // the confidence model's document term was fitted on the default search's, and is left neutral.
        let documentMargin =
            evidenceCosts == nil ? ConfidenceFeatures.documentMarginCap : twoSided > 0 ? total / Double(twoSided) : -10
        let boundaries = boundaryMargins(
            beads, model: model, features: features, evidenceCosts: evidenceCosts, evidence: evidence)
        return ConfidenceFeatures.linked(
            beads.indices.map { index in
                let bead = beads[index]
                return ConfidenceFeatures(
                    margin: margins[index], documentMargin: documentMargin,
                    oneSided: bead.zh.isEmpty || bead.en.isEmpty,
                    oneToOne: bead.zh.count == 1 && bead.en.count == 1, crossing: crossing?[index] ?? false,
                    boundaryMargin: boundaries[index])
            })
    }

    /// The nats each two-sided bead saves against taking in one more sentence, the one next to it on
    /// either side of either language, from the bead that holds it, or against leaving a sentence at an
    /// end of a side of several unaligned: the alternatives a merge or split error is. At most
    /// `ConfidenceFeatures.marginCap`, which one-sided beads and beads without such an alternative get.
    func boundaryMargins(
        _ beads: [BeadSpan], model: BeadCost, features: AlignmentFeatures, evidenceCosts: [Float]?,
        evidence: AnchoredEvidence?
    ) -> [Double] {
        let cap = Float(ConfidenceFeatures.marginCap)
        var holderOfChinese = [Int](repeating: -1, count: beads.map(\.zh.upperBound).max() ?? 0)
        var holderOfEnglish = [Int](repeating: -1, count: beads.map(\.en.upperBound).max() ?? 0)
        for (index, bead) in beads.enumerated() {
            for i in bead.zh { holderOfChinese[i] = index }
            for j in bead.en { holderOfEnglish[j] = index }
        }
        func current(_ index: Int) -> Float { evidenceCosts?[index] ?? beads[index].cost }
        // A bead's cost under the search's evidence, below `limit` (infinity when it cannot be); one side
        // of several sentences is that many one-sided beads.
        func cost(_ zh: Range<Int>, _ en: Range<Int>, below limit: Float = .infinity) -> Float {
            if zh.isEmpty || en.isEmpty, zh.count + en.count != 1 {
                return zh.reduce(0) { $0 + cost($1..<($1 + 1), 0..<0) }
                    + en.reduce(0) { $0 + cost(0..<0, $1..<($1 + 1)) }
            }
            // Called in place (binding the evidence would copy it, retaining its every buffer).
            if let cost = evidence?.cost(chinese: zh, english: en, below: Double(limit)) { return Float(cost) }
            return model.cost(features, zh: zh, en: en)
        }
        // `range` without `sentence` at one of its ends; nil when `sentence` is inside it.
        func without(_ sentence: Int, _ range: Range<Int>) -> Range<Int>? {
            sentence == range.lowerBound
                ? (sentence + 1)..<range.upperBound
                : sentence == range.upperBound - 1 ? range.lowerBound..<sentence : nil
        }
        func with(_ sentence: Int, _ range: Range<Int>) -> Range<Int> {
            min(range.lowerBound, sentence)..<max(range.upperBound, sentence + 1)
        }
        return beads.indices.map { index in
            let bead = beads[index]
            guard !bead.zh.isEmpty, !bead.en.isEmpty else { return Double(cap) }
            var best = cap
            for (chinese, sentence) in [
                (true, bead.zh.lowerBound - 1), (true, bead.zh.upperBound), (false, bead.en.lowerBound - 1),
                (false, bead.en.upperBound),
            ] {
                let holders = chinese ? holderOfChinese : holderOfEnglish
                guard holders.indices.contains(sentence), holders[sentence] != index else { continue }
                let other = beads[holders[sentence]]
                guard let rest = without(sentence, chinese ? other.zh : other.en) else { continue }
                let zh = chinese ? with(sentence, bead.zh) : bead.zh
                let en = chinese ? bead.en : with(sentence, bead.en)
                guard zh.count <= options.maxBeadSide, en.count <= options.maxBeadSide else { continue }
                let before = current(index) + current(holders[sentence])
                let left = chinese ? cost(rest, other.en) : cost(other.zh, rest)
                // Words are matched only where the alternative can come within the cap.
                best = min(best, cost(zh, en, below: before - left + cap) + left - before)
            }
            // Or giving up a sentence at an end of a side of several, left unaligned.
            for (chinese, sentence) in [
                (true, bead.zh.lowerBound), (true, bead.zh.upperBound - 1), (false, bead.en.lowerBound),
                (false, bead.en.upperBound - 1),
            ] where (chinese ? bead.zh.count : bead.en.count) > 1 {
                guard let rest = without(sentence, chinese ? bead.zh : bead.en) else { continue }
                let alone = sentence..<(sentence + 1)
                let before = current(index) - (chinese ? cost(alone, 0..<0) : cost(0..<0, alone))
                let (zh, en) = chinese ? (rest, bead.en) : (bead.zh, rest)
                best = min(best, cost(zh, en, below: before + cap) - before)
            }
            return Double(best)
        }
    }

    /// The nats bead `index` saves against its best local alternative.
    ///
    /// A two-sided bead competes with leaving its sentences unaligned; a one-sided bead with joining its
    /// sentence to the beads before or after it. `evidenceCosts` are the beads' costs under the search's
    /// `evidence`, which prices the joined beads too (words included); without them, `model` does. A
    /// one-sided bead no bead of up to `maxBeadSide` sentences a side can join to a pair (deep in an
    /// untranslated run) has no local alternative and gets `ConfidenceFeatures.marginCap`.
    package func margin(
        of index: Int, in beads: [BeadSpan], model: BeadCost, features: AlignmentFeatures,
        evidenceCosts: [Float]? = nil, evidence: AnchoredEvidence? = nil
    ) -> Double {
        let bead = beads[index]
        let alternative: Float
        if !bead.zh.isEmpty && !bead.en.isEmpty {
            // How a side's sentences hang together (a label and the speech it introduces) is theirs, not
            // the pairing's: the alternative keeps it.
            var unaligned = model.joinCost(features, zh: bead.zh, en: bead.en)
            for sentence in bead.zh { unaligned += model.cost(features, zh: sentence..<(sentence + 1), en: 0..<0) }
            for sentence in bead.en { unaligned += model.cost(features, zh: 0..<0, en: sentence..<(sentence + 1)) }
            alternative = unaligned
        } else {
            // Joining it with the beads next to it, up to and including the first two-sided one: one-sided
            // neighbours on the way are joined too (a sentence of an unaligned run, or one whose partner
            // was left unaligned beside it).
            var best = Float.infinity
            let limit = options.maxBeadSide
            // The sentences of two sides together (an empty side has no position of its own).
            func joined(_ a: Range<Int>, _ b: Range<Int>) -> Range<Int> {
                a.isEmpty ? b : b.isEmpty ? a : min(a.lowerBound, b.lowerBound)..<max(a.upperBound, b.upperBound)
            }
            for step in [-1, 1] {
                var zh = bead.zh
                var en = bead.en
                var others: Float = 0
                var neighbour = index + step
                while beads.indices.contains(neighbour) {
                    let other = beads[neighbour]
                    let joinedZh = joined(zh, other.zh)
                    let joinedEn = joined(en, other.en)
                    // Only sentences that follow on (a crossing bead between them ends the walk).
                    guard joinedZh.count == zh.count + other.zh.count, joinedEn.count == en.count + other.en.count,
                        joinedZh.count <= limit, joinedEn.count <= limit
                    else { break }
                    zh = joinedZh
                    en = joinedEn
                    others += evidenceCosts?[neighbour] ?? other.cost
                    if !zh.isEmpty, !en.isEmpty, zh.count == 1 || en.count == 1 {
                        let joined = evidence.map { Float($0.cost(chinese: zh, english: en)) }
                        best = min(best, (joined ?? model.cost(features, zh: zh, en: en)) - others)
                    }
                    if !other.zh.isEmpty, !other.en.isEmpty { break }
                    neighbour += step
                }
            }
            alternative = best
        }
        guard alternative.isFinite else { return bead.zh.isEmpty || bead.en.isEmpty ? ConfidenceFeatures.marginCap : 2 }
        return Double(alternative - (evidenceCosts?[index] ?? bead.cost))
    }

    /// The kinds of the anchors one side has and the other lacks, as bits (`1 << kind.rawValue`).
    private static func loneKinds(
        chinese: some Collection<[AnchorKey]>, english: some Collection<[AnchorKey]>
    ) -> UInt32 {
        var lone: UInt32 = 0
        func add(_ key: AnchorKey) {
            if let kind = key.kind { lone |= 1 << kind.rawValue }
        }
        let zhCount = chinese.reduce(0) { $0 + $1.count }
        let enCount = english.reduce(0) { $0 + $1.count }
        if zhCount * enCount <= 256 {
            // Few anchors (the usual): look each up on the other side.
            for keys in chinese {
                for key in keys where !english.contains(where: { $0.contains(key) }) { add(key) }
            }
            for keys in english {
                for key in keys where !chinese.contains(where: { $0.contains(key) }) { add(key) }
            }
            return lone
        }
        // Sorted keys walked together.
        let zh = chinese.joined().map(\.rawValue).sorted()
        let en = english.joined().map(\.rawValue).sorted()
        var zhIndex = 0
        var enIndex = 0
        while zhIndex < zh.count || enIndex < en.count {
            let zhKey = zhIndex < zh.count ? zh[zhIndex] : UInt64.max
            let enKey = enIndex < en.count ? en[enIndex] : UInt64.max
            let key = min(zhKey, enKey)
            let inChinese = zhIndex < zh.count && zhKey == key
            let inEnglish = enIndex < en.count && enKey == key
            if inChinese != inEnglish { add(AnchorKey(rawValue: key)) }
            while zhIndex < zh.count && zh[zhIndex] == key { zhIndex += 1 }
            while enIndex < en.count && en[enIndex] == key { enIndex += 1 }
        }
        return lone
    }

    /// What a reviewer should check in a bead: anchors on one side only, an unusual length ratio.
    package func flags(of bead: BeadSpan, model: BeadCost, features: AlignmentFeatures) -> [QualityFlag] {
        guard !bead.zh.isEmpty, !bead.en.isEmpty else { return [] }
        let lone = Self.loneKinds(
            chinese: bead.zh.lazy.map { features.chinese.anchors[$0] },
            english: bead.en.lazy.map { features.english.anchors[$0] })
        var flags: [QualityFlag] = []
        func has(_ kind: AnchorKey.Kind) -> Bool { lone & 1 << kind.rawValue != 0 }
        if has(.number) { flags.append(.numberMismatch) }
        if has(.date) { flags.append(.dateMismatch) }
        if has(.entity) || has(.latin) { flags.append(.entityMismatch) }
        let delta = model.delta(
            chinese: features.chinese.length(bead.zh), english: features.english.length(bead.en))
        if abs(delta) > 3 { flags.append(.lengthRatio) }
        return flags
    }
}
