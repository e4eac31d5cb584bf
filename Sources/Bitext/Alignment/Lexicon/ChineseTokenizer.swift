/// Splits Chinese sentences into the units lexical evidence counts: characters, and the dictionary's
/// words where it has them.
///
/// In a run of Han characters, each position starts the longest headword of the dictionary there
/// (習近平, 俄羅斯), or else one character: translations are matched character by character but for
/// names and dictionary words, and a word-break dictionary would only be cut up again. Runs of
/// letters and digits (`BRICS`, `G20`, `1,300`, full-width forms too) are words, lowercased, and
/// Latin ones stemmed as `WordTokenizer` stems English. Stop characters (的, 了, 和) are dropped
/// where they stand alone, not inside a headword; punctuation and spaces separate.
package struct ChineseTokenizer: Sendable {
    package let dictionary: ChineseEnglishDictionary?

    package init(dictionary: ChineseEnglishDictionary?) {
        self.dictionary = dictionary
    }

    /// The units of `text`, in order.
    package func words(_ text: String) -> [String] {
        let scalars = text.unicodeScalars.map(Self.halfwidth)
        var words: [String] = []
        var index = 0
        while index < scalars.count {
            let value = scalars[index].value
            if AnchorExtractor.isHan(value) {
                var end = index + 1
                while end < scalars.count, AnchorExtractor.isHan(scalars[end].value) { end += 1 }
                split(scalars[index..<end], into: &words)
                index = end
            } else if let kind = Self.kind(scalars[index]) {
                index = word(scalars, from: index, kind: kind, into: &words)
            } else {
                index += 1
            }
        }
        return words
    }

    /// Appends the units of a run of Han characters: longest headwords, else single characters.
    private func split(_ run: ArraySlice<Unicode.Scalar>, into words: inout [String]) {
        var start = run.startIndex
        while start < run.endIndex {
            let length = max(1, dictionary?.longestHeadword(in: run, at: start) ?? 0)
            let end = start + length
            if length > 1 || !Self.stopCharacters.contains(run[start].value) {
                var word = String.UnicodeScalarView()
                word.append(contentsOf: run[start..<end])
                words.append(String(word))
            }
            start = end
        }
    }

    /// What a scalar is to a word of letters and digits.
    private enum Kind {
        case letter
        case digit
    }

    /// Letters (Latin and other alphabets; not Han or kana) and ASCII digits; nil for the rest.
    @inline(__always)
    private static func kind(_ scalar: Unicode.Scalar) -> Kind? {
        let value = scalar.value
        if value &- 0x30 < 10 { return .digit }
        if (value | 0x20) &- 0x61 < 26 { return .letter }
        guard value >= 0x80, !AnchorExtractor.isHan(value), !(0x3040...0x31FF).contains(value),
            scalar.properties.isAlphabetic
        else { return nil }
        return .letter
    }

    /// Appends the word of letters and digits starting at `start` (joined across `.` and apostrophes
    /// between letters, `,` and `.` between digits: `U.S`, `China’s`, `1,300`, `3.5`); returns the
    /// index after it.
    private func word(_ scalars: [Unicode.Scalar], from start: Int, kind: Kind, into words: inout [String]) -> Int {
        var end = start + 1
        var hasLetter = kind == .letter
        var ascii = scalars[start].isASCII
        while end < scalars.count {
            if let next = Self.kind(scalars[end]) {
                hasLetter = hasLetter || next == .letter
                ascii = ascii && scalars[end].isASCII
                end += 1
                continue
            }
            guard end + 1 < scalars.count, let before = Self.kind(scalars[end - 1]),
                let after = Self.kind(scalars[end + 1]), before == after
            else { break }
            let joiner = scalars[end]
            let joins =
                before == .letter ? joiner == "." || joiner == "'" || joiner == "’" : joiner == "," || joiner == "."
            guard joins else { break }
            ascii = ascii && joiner.isASCII
            end += 1
        }
        var view = String.UnicodeScalarView()
        view.append(contentsOf: scalars[start..<end])
        let word = String(view).lowercased()
        words.append(hasLetter && ascii ? WordTokenizer.stem(word) : word)
        return end
    }

    /// Full-width ASCII (Ａ, ０, ％) as ASCII.
    @inline(__always)
    private static func halfwidth(_ scalar: Unicode.Scalar) -> Unicode.Scalar {
        let value = scalar.value
        guard value &- 0xFF01 < 0x5E, let ascii = Unicode.Scalar(value - 0xFEE0) else { return scalar }
        return ascii
    }

    /// Characters that carry little meaning for alignment on their own (的, 了, 和).
    private static let stopCharacters: Set<UInt32> = Set(
        "的了和與与及是在也都而之並并就對对為为將将把被以於于其這这那等或向從从同由已上下着著過过所者".unicodeScalars.map(\.value))
}
