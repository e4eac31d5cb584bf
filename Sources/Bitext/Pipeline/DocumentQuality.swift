/// How well the two sides of an aligned document correspond: what `align --summary` and `batch --scores`
/// report.
package struct DocumentQuality: Sendable, Hashable {
    /// The expected share of right pairs among the two-sided ones (`AlignedDocument.score`).
    package var score: Double
    package var chinese: Int
    package var english: Int
    /// The share of each side's sentences left without a counterpart.
    package var unalignedChinese: Double
    package var unalignedEnglish: Double

    /// Below this score, the two texts are likely not translations of each other (docs/confidence.md:
    /// true pairs of the development documents score above 0.8, mismatched ones below 0.55).
    package static let doubtful = 0.6

    /// Whether the two texts are likely not translations of each other: a score under `doubtful`, on at
    /// least ten sentences a side (the score of a shorter document rests on too few pairs to say).
    package var isDoubtful: Bool { score < Self.doubtful && min(chinese, english) >= 10 }

    /// One JSON line: `{"document":…,"score":…,"zh":…,"en":…,"zh_unaligned":…,"en_unaligned":…}`, every
    /// key always there, numbers with three decimals.
    package func jsonLine(document: String) -> String {
        "{\"document\":\(JSONLFormat.string(document)),\"score\":\(Self.decimal(score)),\"zh\":\(chinese),"
            + "\"en\":\(english),\"zh_unaligned\":\(Self.decimal(unalignedChinese)),"
            + "\"en_unaligned\":\(Self.decimal(unalignedEnglish))}\n"
    }

    private static func decimal(_ value: Double) -> String {
        value.isFinite ? String(format: "%.3f", value) : "0.000"
    }
}

extension AlignedDocument {
    /// The document's score and how much of each side found no counterpart.
    package var quality: DocumentQuality {
        let unaligned = unaligned
        return DocumentQuality(
            score: score, chinese: chinese.count, english: english.count, unalignedChinese: unaligned.chinese,
            unalignedEnglish: unaligned.english)
    }
}
