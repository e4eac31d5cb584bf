/// ICU's word boundaries and rule statuses for English text of ASCII and common typographic
/// punctuation (‘ ’ “ ” – — …), found without ICU: most English sentences are such text, and ICU's
/// rule engine costs several times more per character.
///
/// These are Unicode's word-boundary rules (UAX #29) as ICU 72's `word.txt` has them for these
/// characters: letters and digits join (`G20`, `3rd`); `.` and apostrophes join letters (`U.S`,
/// `don't`, `it’s`); `,` `;` `.` and apostrophes join digits (`1,300`, `3.5`); `_` joins both; spaces
/// join spaces; CR joins LF; every other character stands alone. A word's status is ICU's: 100
/// (number) when it ends in a digit (or a `_` after one), 200 (letter) otherwise; everything else 0.
/// `WordBreakTests` checks this against ICU itself, character class by character class.
enum EnglishWordBreaks {
    /// Fills `offsets` and `statuses` as `BreakIterator.withBoundaries` would for `bytes` (offsets from
    /// 0 to `bytes.count`, the first status 0); false, leaving them in any state, when `bytes` hold a
    /// character these rules do not cover (ICU must split them).
    static func fill(_ bytes: UnsafeBufferPointer<UInt8>, offsets: inout [Int64], statuses: inout [Int32]) -> Bool {
        offsets.removeAll(keepingCapacity: true)
        statuses.removeAll(keepingCapacity: true)
        offsets.append(0)
        statuses.append(0)
        var index = 0
        while index < bytes.count {
            guard let (kind, width) = Self.kind(bytes, at: index) else { return false }
            var end = index + width
            var status: Int32 = 0
            switch kind {
            case .carriageReturn:
                if end < bytes.count, bytes[end] == 0x0A { end += 1 }
            case .space:
                while end < bytes.count, bytes[end] == 0x20 { end += 1 }
            case .letter, .digit, .connector:
                var last = kind
                status = kind == .letter ? 200 : kind == .digit ? 100 : 0
                scan: while end < bytes.count {
                    guard let (next, nextWidth) = Self.kind(bytes, at: end) else { return false }
                    switch next {
                    case .letter, .digit:
                        status = next == .letter ? 200 : 100
                        last = next
                        end += nextWidth
                    case .connector:
                        status = last == .digit ? 100 : 200
                        last = next
                        end += nextWidth
                    case .letterOrDigitJoiner, .digitJoiner:
                        // Joins two letters (not `,` or `;`) or two digits.
                        let after = end + nextWidth
                        guard after < bytes.count, let (following, followingWidth) = Self.kind(bytes, at: after)
                        else { break scan }
                        let letters = last == .letter && next == .letterOrDigitJoiner && following == .letter
                        let digits = last == .digit && following == .digit
                        guard letters || digits else { break scan }
                        status = letters ? 200 : 100
                        last = following
                        end = after + followingWidth
                    default:
                        break scan
                    }
                }
            default:
                break
            }
            offsets.append(Int64(end))
            statuses.append(status)
            index = end
        }
        return true
    }

    /// What a character is to the word-boundary rules.
    private enum Kind {
        case letter
        case digit
        /// `_`: joins letters and digits on either side.
        case connector
        /// `.`, `'`, `‘`, `’`: between two letters or two digits.
        case letterOrDigitJoiner
        /// `,`, `;`: between two digits.
        case digitJoiner
        case space
        case carriageReturn
        /// Anything else covered: a segment of its own.
        case other
    }

    /// The kind and UTF-8 length of the character at `index`; nil for a character not covered.
    @inline(__always)
    private static func kind(_ bytes: UnsafeBufferPointer<UInt8>, at index: Int) -> (Kind, Int)? {
        let byte = bytes[index]
        switch byte {
        case 0x41...0x5A, 0x61...0x7A: return (.letter, 1)
        case 0x30...0x39: return (.digit, 1)
        case 0x5F: return (.connector, 1)
        case 0x2E, 0x27: return (.letterOrDigitJoiner, 1)
        case 0x2C, 0x3B: return (.digitJoiner, 1)
        case 0x20: return (.space, 1)
        case 0x0D: return (.carriageReturn, 1)
        case ..<0x80: return (.other, 1)
        case 0xE2:
            // U+2013 – U+2014 — U+2018 ‘ U+2019 ’ U+201C “ U+201D ” U+2026 …
            guard index + 2 < bytes.count, bytes[index + 1] == 0x80 else { return nil }
            switch bytes[index + 2] {
            case 0x98, 0x99: return (.letterOrDigitJoiner, 3)
            case 0x93, 0x94, 0x9C, 0x9D, 0xA6: return (.other, 3)
            default: return nil
            }
        default:
            return nil
        }
    }
}
