extension ChineseScript {
    /// Tells Traditional from Simplified characters in `texts`, from a sample of their Han characters.
    ///
    /// Counts the characters that ICU's `Hant-Hans` transliteration changes (Traditional-only forms) and
    /// those `Hans-Hant` changes (Simplified-only forms); Simplified wins only with more. Characters
    /// shared by both (中, 人, 國 → 国 aside) count for neither.
    package init(detecting texts: some Sequence<some StringProtocol>, sample: Int = 4000) {
        var han = String.UnicodeScalarView()
        var count = 0
        outer: for text in texts {
            for scalar in text.unicodeScalars where scalar.value >= 0x3400 && scalar.properties.isIdeographic {
                han.append(scalar)
                count += 1
                if count >= sample { break outer }
            }
        }
        let text = String(han)
        guard !text.isEmpty, let toSimplified = Transliterator.traditionalToSimplified,
            let toTraditional = Transliterator.simplifiedToTraditional
        else {
            self = .traditional
            return
        }
        let traditionalOnly = Self.changes(text, toSimplified(text))
        let simplifiedOnly = Self.changes(text, toTraditional(text))
        self = simplifiedOnly > traditionalOnly ? .simplified : .traditional
    }

    /// How many characters differ between `text` and its transliteration.
    private static func changes(_ text: String, _ converted: String) -> Int {
        let before = Array(text.unicodeScalars)
        let after = Array(converted.unicodeScalars)
        guard before.count == after.count else {
            // Not one to one: count the characters of `text` the conversion lost.
            let kept = Set(after)
            return before.count { !kept.contains($0) }
        }
        return zip(before, after).count { $0 != $1 }
    }
}
