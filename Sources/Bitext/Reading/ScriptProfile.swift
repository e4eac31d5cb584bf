/// How many letters of each script a stretch of text has: what tells a Chinese line from an English one.
struct ScriptProfile {
    var han = 0
    var latinLetters = 0
    /// Runs of Latin letters.
    var latinWords = 0
    /// Letters of other scripts (Cyrillic, Kana, Hangul, …).
    var otherLetters = 0
    var digits = 0

    init() {}

    init(_ text: Substring) {
        var text = text
        self.init()
        text.withUTF8 { count($0) }
    }

    init(_ text: String) {
        self.init(Substring(text))
    }

    /// Counts the letters of UTF-8 `bytes` (valid UTF-8, as Swift strings are).
    private mutating func count(_ bytes: UnsafeBufferPointer<UInt8>) {
        var inLatinWord = false
        var index = 0
        let count = bytes.count
        while index < count {
            let lead = bytes[index]
            var latin = false
            if lead < 0x80 {
                index += 1
                if (lead | 0x20) &- 0x61 < 26 {
                    latin = true
                } else if lead &- 0x30 < 10 {
                    digits += 1
                }
            } else if lead >= 0xE0, lead < 0xF0, index + 2 < count {
                let value =
                    UInt32(lead & 0x0F) << 12 | UInt32(bytes[index + 1] & 0x3F) << 6 | UInt32(bytes[index + 2] & 0x3F)
                index += 3
                latin = classify(value)
            } else {
                let length = lead >= 0xF0 ? 4 : lead >= 0xE0 ? 3 : 2
                var value = UInt32(lead) & (length == 2 ? 0x1F : length == 3 ? 0x0F : 0x07)
                for next in (index + 1)..<min(index + length, count) {
                    value = value << 6 | UInt32(bytes[next] & 0x3F)
                }
                index += length
                latin = classify(value)
            }
            if latin {
                latinLetters += 1
                if !inLatinWord { latinWords += 1 }
            }
            inLatinWord = latin
        }
    }

    /// Counts a non-ASCII scalar; returns whether it is a Latin letter.
    @inline(__always)
    private mutating func classify(_ value: UInt32) -> Bool {
        if value &- 0x4E00 < 0x5200 || value &- 0x3400 < 0x19C0 {
            han += 1
            return false
        }
        // General, CJK and fullwidth punctuation: a fast path.
        if value &- 0x2000 < 0x70 || value &- 0x3000 < 5 || value &- 0x3008 < 0x38 || value &- 0xFF01 < 0x0F
            || value &- 0xFF1A < 7
        {
            return false
        }
        return classifyOther(value)
    }

    /// `classify` beyond the fast paths: Unicode properties and ICU's script.
    private mutating func classifyOther(_ value: UInt32) -> Bool {
        guard let scalar = Unicode.Scalar(value) else { return false }
        if scalar.properties.isAlphabetic {
            switch scalar.script {
            case .han: han += 1
            case .latin: return true
            case .other: otherLetters += 1
            case .common: break
            }
        } else if scalar.properties.numericType != nil {
            digits += 1
        }
        return false
    }

    static func + (lhs: Self, rhs: Self) -> Self {
        var sum = lhs
        sum.han += rhs.han
        sum.latinLetters += rhs.latinLetters
        sum.latinWords += rhs.latinWords
        sum.otherLetters += rhs.otherLetters
        sum.digits += rhs.digits
        return sum
    }

    var hasLettersOrDigits: Bool { han + latinLetters + otherLetters + digits > 0 }

    /// Whether Han dominates: one Han character weighs about two thirds of an English word, the ratio of
    /// Chinese characters to English words in translated news.
    var hanDominates: Bool { han > 0 && 2 * han >= 3 * latinWords }

    /// The language the text is in: Chinese when Han dominates its letters, English when Latin does;
    /// nil when neither does (Japanese kana, Cyrillic, Hangul make a quarter of the letters or more) or the
    /// text is too short to tell (no Han and fewer than 3 Latin letters).
    var language: Language? {
        if 3 * otherLetters > han + latinLetters { return nil }
        if hanDominates { return .chinese }
        return latinLetters >= 3 ? .english : nil
    }
}
