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

    init(_ text: some StringProtocol) {
        var inLatinWord = false
        for scalar in text.unicodeScalars {
            let value = scalar.value
            var latin = false
            if value < 0x80 {
                switch value {
                case 0x41...0x5A, 0x61...0x7A: latin = true
                case 0x30...0x39: digits += 1
                default: break
                }
            } else if (0x4E00...0x9FFF).contains(value) || (0x3400...0x4DBF).contains(value) {
                han += 1
            } else if scalar.properties.isAlphabetic {
                switch scalar.script {
                case .han: han += 1
                case .latin: latin = true
                case .other: otherLetters += 1
                case .common: break
                }
            } else if scalar.properties.numericType != nil {
                digits += 1
            }
            if latin {
                latinLetters += 1
                if !inLatinWord { latinWords += 1 }
            }
            inLatinWord = latin
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

    /// Whether Han dominates: one Han character weighs about two thirds of an English word, the ratio of
    /// Chinese characters to English words in translated news.
    var hanDominates: Bool { han > 0 && 2 * han >= 3 * latinWords }

    /// The language the text is in: Chinese when Han dominates its letters, English when Latin does;
    /// nil when neither does or the text is too short to tell (no Han and fewer than 3 Latin letters).
    var language: Language? {
        if otherLetters > han + latinLetters { return nil }
        if hanDominates { return .chinese }
        return latinLetters >= 3 ? .english : nil
    }
}
