/// One side of a bitext.
public enum Language: String, Sendable, Hashable, Codable, CaseIterable {
    case chinese = "zh"
    case english = "en"
}

/// Which characters a Chinese passage is written in.
public enum ChineseScript: String, Sendable, Hashable, Codable {
    case traditional
    case simplified
}
