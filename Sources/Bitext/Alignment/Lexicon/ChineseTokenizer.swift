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
        var text = text
        return text.withUTF8 { bytes in
            // Scalars (full-width forms as ASCII) and where each starts in `bytes`, on the stack when short.
            withUnsafeTemporaryAllocation(of: Unicode.Scalar.self, capacity: max(bytes.count, 1)) { scalarSpace in
                withUnsafeTemporaryAllocation(of: Int.self, capacity: bytes.count + 1) { startSpace in
                    var count = 0
                    var offset = 0
                    while offset < bytes.count {
                        let (value, width) = bytes.scalar(at: offset)
                        let scalar = Unicode.Scalar(value) ?? "\u{FFFD}"
                        scalarSpace.initializeElement(at: count, to: Self.halfwidth(scalar))
                        startSpace.initializeElement(at: count, to: offset)
                        count += 1
                        offset += width
                    }
                    startSpace.initializeElement(at: count, to: offset)
                    return words(
                        bytes, scalars: UnsafeBufferPointer(rebasing: scalarSpace[..<count]),
                        starts: UnsafeBufferPointer(rebasing: startSpace[...count]))
                }
            }
        }
    }

    /// The units of `bytes`, whose scalars are `scalars`, scalar i starting at byte `starts[i]`.
    private func words(
        _ bytes: UnsafeBufferPointer<UInt8>, scalars: UnsafeBufferPointer<Unicode.Scalar>,
        starts: UnsafeBufferPointer<Int>
    ) -> [String] {
        var words: [String] = []
        words.reserveCapacity(scalars.count)
        var index = 0
        while index < scalars.count {
            if AnchorExtractor.isHan(scalars[index].value) {
                var end = index + 1
                while end < scalars.count, AnchorExtractor.isHan(scalars[end].value) { end += 1 }
                split(scalars[index..<end], bytes: bytes, starts: starts, into: &words)
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
    private func split(
        _ run: Slice<UnsafeBufferPointer<Unicode.Scalar>>, bytes: UnsafeBufferPointer<UInt8>,
        starts: UnsafeBufferPointer<Int>, into words: inout [String]
    ) {
        var start = run.startIndex
        while start < run.endIndex {
            let length = dictionary?.unitLength(in: run, at: start) ?? 1
            let end = start + length
            if length > 1 || !Self.isStopCharacter(run[start].value) {
                words.append(
                    String(decoding: UnsafeBufferPointer(rebasing: bytes[starts[start]..<starts[end]]), as: UTF8.self))
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
        guard value >= 0x80, !AnchorExtractor.isHan(value), !(0x3040...0x31FF).contains(value) else { return nil }
        let alphabetic =
            value < 0x10000
            ? alphabeticBMP[Int(value) >> 6] & (1 << UInt64(value & 63)) != 0 : scalar.properties.isAlphabetic
        return alphabetic ? .letter : nil
    }

    /// Unicode's Alphabetic property for the Basic Multilingual Plane, one bit a scalar, looked up once:
    /// Chinese text is full of punctuation (，。、「」) to tell from letters.
    private static let alphabeticBMP: [UInt64] = {
        var bits = [UInt64](repeating: 0, count: 1024)
        for value in 0..<0x10000 {
            guard let scalar = Unicode.Scalar(UInt32(value)), scalar.properties.isAlphabetic else { continue }
            bits[value >> 6] |= 1 << UInt64(value & 63)
        }
        return bits
    }()

    /// Appends the word of letters and digits starting at `start` (joined across `.` and apostrophes
    /// between letters, `,` and `.` between digits: `U.S`, `China’s`, `1,300`, `3.5`); returns the
    /// index after it.
    private func word(
        _ scalars: UnsafeBufferPointer<Unicode.Scalar>, from start: Int, kind: Kind, into words: inout [String]
    ) -> Int {
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
        let word: String
        if ascii {
            // Lowercase ASCII byte by byte (full-width forms are ASCII here already).
            word = String(unsafeUninitializedCapacity: end - start) { buffer in
                for index in start..<end {
                    let byte = UInt8(truncatingIfNeeded: scalars[index].value)
                    buffer[index - start] = byte &- 0x41 < 26 ? byte | 0x20 : byte
                }
                return end - start
            }
        } else {
            var view = String.UnicodeScalarView()
            view.append(contentsOf: scalars[start..<end])
            word = String(view).lowercased()
        }
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

    /// Whether `value` is a character that carries little meaning for alignment on its own (的, 了, 和).
    @inline(__always)
    private static func isStopCharacter(_ value: UInt32) -> Bool {
        let index = Int(value) &- 0x4E00
        guard index >= 0, index < 0x5200 else { return false }
        return stopCharacters[index >> 6] & (1 << UInt64(index & 63)) != 0
    }

    /// The stop characters (all in U+4E00–U+9FFF), one bit each.
    private static let stopCharacters: [UInt64] = {
        var bits = [UInt64](repeating: 0, count: 0x5200 / 64)
        for scalar in "的了和與与及是在也都而之並并就對对為为將将把被以於于其這这那等或向從从同由已上下着著過过所者".unicodeScalars {
            let index = Int(scalar.value) - 0x4E00
            bits[index >> 6] |= 1 << UInt64(index & 63)
        }
        return bits
    }()
}
