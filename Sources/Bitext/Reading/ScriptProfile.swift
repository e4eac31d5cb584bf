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
        while index < bytes.count {
            let lead = bytes[index]
            var latin = false
            if lead < 0x80 {
                index += 1
                switch lead {
                case 0x41...0x5A, 0x61...0x7A: latin = true
                case 0x30...0x39: digits += 1
                default: break
                }
            } else {
                let length = lead >= 0xF0 ? 4 : lead >= 0xE0 ? 3 : 2
                var value = UInt32(lead) & (length == 2 ? 0x1F : length == 3 ? 0x0F : 0x07)
                for next in (index + 1)..<min(index + length, bytes.count) {
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
    private mutating func classify(_ value: UInt32) -> Bool {
        switch value {
        case 0x4E00...0x9FFF, 0x3400...0x4DBF:
            han += 1
            return false
        case 0x2000...0x206F, 0x3000...0x3004, 0x3008...0x303F, 0xFF01...0xFF0F, 0xFF1A...0xFF20:
            return false  // General, CJK and fullwidth punctuation: a fast path.
        default:
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
