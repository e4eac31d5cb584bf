import ICUShim

/// The writing systems Bitext tells apart.
package enum Script: Sendable, Equatable {
    /// Han ideographs (and bopomofo).
    case han
    /// Latin letters.
    case latin
    /// Digits, punctuation, spaces and symbols shared by all scripts.
    case common
    /// Any other script (Cyrillic, Kana, Hangul, …).
    case other
}

extension Unicode.Scalar {
    /// The script of this scalar, from ICU's `uscript_getScript`.
    package var script: Script {
        switch bitext_icu_script(value) {
        case Int32(BITEXT_ICU_SCRIPT_HAN), Int32(BITEXT_ICU_SCRIPT_BOPOMOFO): .han
        case Int32(BITEXT_ICU_SCRIPT_LATIN): .latin
        case Int32(BITEXT_ICU_SCRIPT_COMMON), Int32(BITEXT_ICU_SCRIPT_INHERITED): .common
        default: .other
        }
    }

    /// Terminal columns this scalar takes: 2 for East Asian Wide and Fullwidth, 0 for
    /// combining and format characters, 1 otherwise.
    package var displayWidth: Int {
        if value < 0x20 || (0x7F..<0xA0).contains(value) { return 0 }
        if value < 0x7F { return 1 }
        if bitext_icu_is_zero_width(value) != 0 { return 0 }
        switch bitext_icu_east_asian_width(value) {
        case 3, 5: return 2  // fullwidth, wide
        default: return 1
        }
    }
}

extension StringProtocol {
    /// Terminal columns this text takes (ICU East Asian Width; never a count of Characters).
    package var displayWidth: Int {
        unicodeScalars.reduce(0) { $0 + $1.displayWidth }
    }
}
