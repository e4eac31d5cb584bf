/// The ICU services bitext needs, checked once: a missing one is an error with ICU's reason, not a
/// feature quietly turned off (romanised names, numerals, script detection, word breaks).
public enum ICUServices {
    /// Throws the first ICU service that cannot be opened: the transliterators, the Chinese spell-out
    /// rules, the sentence and word break rules. The result is computed once a process.
    public static func check() throws(ICUError) {
        try checked.get()
    }

    private static let checked = Result { () throws(ICUError) in
        _ = try Transliterator.opened.hanToLatin.get()
        _ = try Transliterator.opened.traditionalToSimplified.get()
        _ = try Transliterator.opened.simplifiedToTraditional.get()
        _ = try SpelloutParser.opened.get()
        _ = try Segmenter()
        _ = try WordTokenizer()
    }
}
