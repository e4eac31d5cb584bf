/// Splits English text into words and numbers, the units anchors are found in.
package enum EnglishWords {
    /// A word or number of an English text.
    package struct Token: Sendable {
        package enum Kind: Sendable { case word, number }

        package var kind: Kind
        /// Scalar offsets in the text.
        package var range: Range<Int>
        /// The hash of the lowercased word (words only).
        package var hash: UInt64
        /// The value of a number (numbers only; ordinals such as 80th included).
        package var value: Double
        /// Whether the word starts with an uppercase letter.
        package var isCapitalized: Bool
        /// Whether every letter of the word is uppercase (BRICS).
        package var isUppercase: Bool
    }

    /// The words and numbers of `scalars`, in order; punctuation and spaces dropped.
    package static func tokens(_ scalars: [Unicode.Scalar]) -> [Token] {
        var tokens: [Token] = []
        var index = 0
        let count = scalars.count
        while index < count {
            let scalar = scalars[index]
            if isDigit(scalar) {
                let start = index
                let (value, next) = number(in: scalars, at: index)
                index = next
                // An ordinal suffix (80th) or a unit glued to the number stays with it.
                var end = index
                while end < count, isLetter(scalars[end]) { end += 1 }
                let suffix = String(String.UnicodeScalarView(scalars[index..<end])).lowercased()
                if suffix.isEmpty || ["st", "nd", "rd", "th", "s"].contains(suffix) {
                    tokens.append(
                        Token(
                            kind: .number, range: start..<end, hash: 0, value: value, isCapitalized: false,
                            isUppercase: false))
                    index = end
                } else {
                    // A word that starts with digits (3D): keep it as a word.
                    tokens.append(word(scalars, start..<end))
                    index = end
                }
            } else if isLetter(scalar) {
                let start = index
                while index < count, isLetter(scalars[index]) || isDigit(scalars[index]) { index += 1 }
                tokens.append(word(scalars, start..<index))
            } else {
                index += 1
            }
        }
        return tokens
    }

    /// The lowercased hashes of the words of `text` (numbers included as words).
    package static func hashes(of text: String) -> [UInt64] {
        let scalars = Array(text.unicodeScalars)
        return tokens(scalars).map { $0.kind == .word ? $0.hash : Gazetteer.hash(word: scalars[$0.range]) }
    }

    private static func word(_ scalars: [Unicode.Scalar], _ range: Range<Int>) -> Token {
        var upper = true
        for scalar in scalars[range] where isLetter(scalar) && !scalar.properties.isUppercase {
            upper = false
            break
        }
        let first = scalars[range.lowerBound]
        return Token(
            kind: .word, range: range, hash: Gazetteer.hash(word: scalars[range]), value: 0,
            isCapitalized: first.properties.isUppercase, isUppercase: upper)
    }

    /// The number written in ASCII digits at `start` (with thousands commas and a decimal point),
    /// and the offset after it.
    package static func number(in scalars: [Unicode.Scalar], at start: Int) -> (value: Double, end: Int) {
        var index = start
        var value = 0.0
        let count = scalars.count
        var group = 0
        var separator: Unicode.Scalar?
        while index < count {
            let scalar = scalars[index]
            if isDigit(scalar) {
                value = value * 10 + Double(scalar.value - 48)
                group += 1
                index += 1
            } else if scalar == "," || scalar == " " || scalar == "\u{A0}", group <= 3,
                separator == nil || separator == scalar,
                index > start, isDigitRun(scalars, from: index + 1, length: 3)
            {
                // Thousands separators: 1,000 and, in UN Chinese, 26 682 700.
                separator = scalar
                group = 0
                index += 1
            } else {
                break
            }
        }
        if index + 1 < count, scalars[index] == ".", isDigit(scalars[index + 1]) {
            index += 1
            var divisor = 1.0
            while index < count, isDigit(scalars[index]) {
                divisor *= 10
                value += Double(scalars[index].value - 48) / divisor
                index += 1
            }
        }
        return (value, index)
    }

    @inline(__always)
    package static func isDigit(_ scalar: Unicode.Scalar) -> Bool { scalar.value &- 48 < 10 }

    @inline(__always)
    package static func isLetter(_ scalar: Unicode.Scalar) -> Bool {
        let value = scalar.value
        if value < 128 { return (value | 0x20) &- 97 < 26 }
        return scalar.properties.isAlphabetic && scalar.script != .han
    }

    private static func isDigitRun(_ scalars: [Unicode.Scalar], from start: Int, length: Int) -> Bool {
        guard start + length <= scalars.count else { return false }
        for index in start..<(start + length) where !isDigit(scalars[index]) { return false }
        return start + length == scalars.count || !isDigit(scalars[start + length])
    }
}
