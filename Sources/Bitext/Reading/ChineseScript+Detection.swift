import Synchronization

extension ChineseScript {
    /// Tells Traditional from Simplified characters in `texts`, from a sample of their Han characters.
    ///
    /// Counts the characters that ICU's `Hant-Hans` transliteration changes (Traditional-only forms) and
    /// those `Hans-Hant` changes (Simplified-only forms); Simplified wins only with more. Characters
    /// shared by both (中, 人, 國 → 国 aside) count for neither. Each distinct character is classified once
    /// per process, so a corpus pays for ICU only on characters it has not seen.
    package init(detecting texts: some Sequence<some StringProtocol>, sample: Int = 4000) {
        var counts: [Unicode.Scalar: Int] = [:]
        var count = 0
        outer: for text in texts {
            for scalar in text.unicodeScalars where Self.isHan(scalar.value) {
                counts[scalar, default: 0] += 1
                count += 1
                if count >= sample { break outer }
            }
        }
        let classes = Self.classes(of: counts.keys)
        var balance = 0
        for (scalar, occurrences) in counts { balance += Int(classes[scalar] ?? 0) * occurrences }
        self = balance < 0 ? .simplified : .traditional
    }

    /// CJK Unified Ideographs (and extensions) and CJK Compatibility Ideographs: a range test, much
    /// cheaper than `Unicode.Scalar.Properties.isIdeographic` in a loop over every character.
    private static func isHan(_ value: UInt32) -> Bool {
        switch value {
        case 0x3400...0x4DBF, 0x4E00...0x9FFF, 0xF900...0xFAFF, 0x20000...0x323AF: true
        default: false
        }
    }

    /// Per character: +1 Traditional-only, -1 Simplified-only, 0 shared (or no transliterator).
    private static let known = Mutex<[Unicode.Scalar: Int8]>([:])

    private static func classes(of scalars: some Collection<Unicode.Scalar>) -> [Unicode.Scalar: Int8] {
        var result: [Unicode.Scalar: Int8] = [:]
        var unknown: [Unicode.Scalar] = []
        known.withLock { known in
            for scalar in scalars {
                if let kind = known[scalar] { result[scalar] = kind } else { unknown.append(scalar) }
            }
        }
        guard !unknown.isEmpty else { return result }
        var learned: [Unicode.Scalar: Int8] = [:]
        for scalar in unknown { learned[scalar] = classify(scalar) }
        known.withLock { known in known.merge(learned) { old, _ in old } }
        result.merge(learned) { old, _ in old }
        return result
    }

    private static func classify(_ scalar: Unicode.Scalar) -> Int8 {
        guard let toSimplified = Transliterator.traditionalToSimplified,
            let toTraditional = Transliterator.simplifiedToTraditional
        else { return 0 }
        let character = String(scalar)
        if toSimplified(character) != character { return 1 }
        if toTraditional(character) != character { return -1 }
        return 0
    }
}
