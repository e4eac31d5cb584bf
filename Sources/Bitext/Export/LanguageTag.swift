/// Checks of the language tags written into TMX (`xml:lang`, `srclang`).
enum LanguageTag {
    /// Primary subtags of Chinese: the macrolanguage and its ISO 639-3 members a TMX may name.
    static let chinese: Set<String> = [
        "zh", "zho", "chi", "cmn", "yue", "nan", "hak", "wuu", "gan", "hsn", "cjy", "cdo", "cpx", "czh", "czo", "mnp",
        "lzh",
    ]

    /// Whether `tag` has BCP 47's shape: a primary subtag of 2-3 letters (or 5-8), then subtags of 1-8
    /// letters or digits, separated by `-` (OmegaT rejects `_` and spaces).
    static func isWellFormed(_ tag: String) -> Bool {
        let parts = tag.split(separator: "-", omittingEmptySubsequences: false)
        guard let primary = parts.first, [2, 3, 5, 6, 7, 8].contains(primary.count),
            primary.allSatisfy({ $0.isASCII && $0.isLetter })
        else { return false }
        return parts.dropFirst().allSatisfy { part in
            (1...8).contains(part.count) && part.allSatisfy { $0.isASCII && ($0.isLetter || $0.isNumber) }
        }
    }

    /// Throws unless `tag` is well formed and, for Chinese, names Chinese.
    static func check(_ tag: String, option: String, language: Language) throws(ExportError) {
        guard isWellFormed(tag) else {
            throw ExportError(
                file: option,
                message: "'\(tag)': not a language tag such as zh-TW or zh-Hant (OmegaT rejects '_' and spaces)",
                kind: .invalidOption)
        }
        let primary = String(tag.prefix { $0 != "-" }).lowercased()
        if language == .chinese, !chinese.contains(primary) {
            throw ExportError(
                file: option, message: "'\(tag)': not a Chinese language tag (zh-Hant, zh-TW, zh-Hans, …)",
                kind: .invalidOption)
        }
    }
}
