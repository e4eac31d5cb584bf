extension TMXReader {
    /// How a unit's Chinese variant is chosen: the lowest rank wins, the first `<tuv>` of it among equals.
    ///
    /// 0 a Traditional script (`zh-Hant`, `zh-Hant-TW`), 1 Taiwan (`zh-TW`), 2 Hong Kong (`zh-HK`), 3 Macau
    /// (`zh-MO`), 4 any other Chinese (`zh`, `yue`, `cmn`), 5 Simplified (`zh-Hans`, `zh-CN`, `zh-SG`, `zh-MY`):
    /// Bitext aligns Traditional Chinese, so Simplified is the last resort, converted. Nil when the tag is
    /// not Chinese.
    public static func chineseRank(ofTag tag: String) -> Int? {
        guard language(ofTag: tag) == .chinese else { return nil }
        let subtags = tag.lowercased().split(whereSeparator: { $0 == "-" || $0 == "_" }).dropFirst()
        // A script subtag has four letters, a region two letters or three digits.
        if let script = subtags.first(where: { $0.count == 4 && $0.allSatisfy(\.isLetter) }) {
            if script == "hant" { return 0 }
            if script == "hans" { return simplifiedRank }
        }
        let region = subtags.first {
            ($0.count == 2 && $0.allSatisfy(\.isLetter)) || ($0.count == 3 && $0.allSatisfy(\.isNumber))
        }
        switch region {
        case "tw": return 1
        case "hk": return 2
        case "mo": return 3
        case "cn", "sg", "my": return simplifiedRank
        default: return 4
        }
    }

    /// The rank of Simplified Chinese, whose text is converted to Traditional.
    public static let simplifiedRank = 5
}
