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

    /// The scalars of a text, in a buffer.
    package typealias Scalars = UnsafeBufferPointer<Unicode.Scalar>

    /// The words and numbers of `scalars`, in order; punctuation and spaces dropped.
    package static func tokens(_ scalars: [Unicode.Scalar]) -> [Token] {
        var result: [Token] = []
        scalars.withUnsafeBufferPointer { tokens(of: $0, into: &result) }
        return result
    }

    /// Appends the words and numbers of `scalars` to `tokens`, in order; punctuation and spaces dropped.
    package static func tokens(of scalars: Scalars, into tokens: inout [Token]) {
        var index = 0
        let count = scalars.count
        while index < count {
            let scalar = scalars[index].value
            if isDigit(scalar) {
                let start = index
                let (value, next) = number(in: scalars, at: index)
                index = next
                // An ordinal suffix (80th) or a unit glued to the number stays with it.
                var end = index
                while end < count, isLetter(scalars[end]) { end += 1 }
                if isNumberSuffix(scalars, index..<end) {
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
    }

    /// Whether the letters `range` after a number are none or, lowercased, an ordinal or plural
    /// ending (st, nd, rd, th, s). No letter outside ASCII lowercases to one of these.
    @inline(__always)
    private static func isNumberSuffix(_ scalars: Scalars, _ range: Range<Int>) -> Bool {
        switch range.count {
        case 0: return true
        case 1: return scalars[range.lowerBound].value | 0x20 == 0x73  // s
        case 2:
            let first = scalars[range.lowerBound].value
            let second = scalars[range.lowerBound + 1].value
            guard first < 128, second < 128 else { return false }
            switch (first | 0x20, second | 0x20) {
            case (0x73, 0x74), (0x6E, 0x64), (0x72, 0x64), (0x74, 0x68): return true  // st nd rd th
            default: return false
            }
        default: return false
        }
    }

    /// The lowercased hashes of the words of `text` (numbers included as words).
    package static func hashes(of text: String) -> [UInt64] {
        let scalars = Array(text.unicodeScalars)
        return scalars.withUnsafeBufferPointer { scalars in
            var result: [Token] = []
            tokens(of: scalars, into: &result)
            return result.map { $0.kind == .word ? $0.hash : hash(scalars, $0.range) }
        }
    }

    /// The lowercased hash of `scalars[range]` (as `Gazetteer.hash(word:)`).
    @inline(__always)
    package static func hash(_ scalars: Scalars, _ range: Range<Int>) -> UInt64 {
        var hash: UInt64 = FNV1a.offsetBasis
        for index in range { hash = Gazetteer.step(hash, Gazetteer.lowercased(scalars[index].value)) }
        return hash
    }

    private static func word(_ scalars: Scalars, _ range: Range<Int>) -> Token {
        var upper = true
        var hash: UInt64 = FNV1a.offsetBasis
        for index in range {
            let value = scalars[index].value
            hash = Gazetteer.step(hash, Gazetteer.lowercased(value))
            if upper, isLetter(value), !isUppercase(value) { upper = false }
        }
        return Token(
            kind: .word, range: range, hash: hash, value: 0,
            isCapitalized: isUppercase(scalars[range.lowerBound].value),
            isUppercase: upper)
    }

    /// The number written in ASCII digits at `start` (with thousands commas and a decimal point),
    /// and the offset after it.
    package static func number(in scalars: Scalars, at start: Int) -> (value: Double, end: Int) {
        var index = start
        var value = 0.0
        let count = scalars.count
        var group = 0
        var separator: UInt32?
        while index < count {
            let scalar = scalars[index].value
            if isDigit(scalar) {
                value = value * 10 + Double(scalar - 48)
                group += 1
                index += 1
            } else if scalar == 0x2C || scalar == 0x20 || scalar == 0xA0, group <= 3,
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
    package static func isDigit(_ value: UInt32) -> Bool { value &- 48 < 10 }

    @inline(__always)
    package static func isLetter(_ scalar: Unicode.Scalar) -> Bool { isLetter(scalar.value) }

    @inline(__always)
    package static func isLetter(_ value: UInt32) -> Bool {
        if value < 128 { return (value | 0x20) &- 97 < 26 }
        return isOtherLetter(value)
    }

    /// `isLetter` outside ASCII: alphabetic and not Han.
    private static func isOtherLetter(_ value: UInt32) -> Bool {
        guard let scalar = Unicode.Scalar(value) else { return false }
        return scalar.properties.isAlphabetic && scalar.script != .han
    }

    @inline(__always)
    private static func isUppercase(_ value: UInt32) -> Bool {
        if value < 128 { return value &- 65 < 26 }
        return Unicode.Scalar(value)?.properties.isUppercase ?? false
    }

    private static func isDigitRun(_ scalars: Scalars, from start: Int, length: Int) -> Bool {
        guard start + length <= scalars.count else { return false }
        for index in start..<(start + length) where !isDigit(scalars[index]) { return false }
        return start + length == scalars.count || !isDigit(scalars[start + length])
    }
}
