extension Lexicon {
    /// This lexicon with Model 1 trained on `pairs`, when what it learns holds on pairs it was not trained
    /// on: trained first without every fifth pair, it must tell those from unrelated sentences by a `lift`
    /// of at least `leastLift` (an even sample of `heldOutLimit` of them, trained on at most four times as
    /// many pairs, when there are more); nil when it does not. Under 40 pairs, too few to tell, it is trained
    /// without the check.
    ///
    /// Model 1 fits any training pairs, noise included (random text learns "translations" that are only
    /// the words its pairs happened to share), and a search that trusts such a model follows it away from
    /// the length evidence.
    package func learning(from pairs: [(chinese: [String], english: [String])], leastLift: Double) -> Lexicon? {
        var result = self
        let held = stride(from: 4, to: pairs.count, by: 5).map { pairs[$0] }
        // Too few to tell: a few dozen pairs teach Model 1 little beyond the dictionary's glosses.
        guard held.count >= 8 else {
            result.learn(from: pairs)
            return result
        }
        var trial = self
        trial.learn(
            from: pairs.indices.filter { $0 % 5 != 4 }.map { pairs[$0] }, iterations: 3,
            limit: 4 * Self.heldOutLimit, keyed: false)
        let checked =
            held.count > Self.heldOutLimit
            ? (0..<Self.heldOutLimit).map { held[$0 * held.count / Self.heldOutLimit] } : held
        guard trial.lift(on: checked) >= leastLift else { return nil }
        result.learn(from: pairs)
        return result
    }

    /// The most held-out pairs the check measures the lift on (an even sample), and a quarter of the
    /// most pairs its trial lexicon is trained on.
    static let heldOutLimit = 2_000

    /// How much better than chance the lexicon tells translations from unrelated sentences in `pairs`
    /// (sentence words, Chinese and stemmed English, of pairs it was not trained on).
    ///
    /// The mean share of each pair's Chinese words that have a translation in its English sentence, less
    /// the same share against the English of the pair half the list away. Near 0 when what was learned is
    /// noise (text with no shared vocabulary); 0.24 to 0.55 on the development documents.
    package func lift(on pairs: [(chinese: [String], english: [String])]) -> Double {
        guard pairs.count > 1 else { return 0 }
        let english = pairs.map { Set($0.english) }
        var own = 0.0
        var other = 0.0
        var counted = 0
        for (index, pair) in pairs.enumerated() {
            let translations = pair.chinese.map(translations(of:)).filter { !$0.isEmpty }
            guard !translations.isEmpty else { continue }
            func share(_ words: Set<String>) -> Double {
                let found = translations.count { $0.contains(where: words.contains) }
                return Double(found) / Double(translations.count)
            }
            own += share(english[index])
            other += share(english[(index + pairs.count / 2) % pairs.count])
            counted += 1
        }
        return counted == 0 ? 0 : (own - other) / Double(counted)
    }
}
