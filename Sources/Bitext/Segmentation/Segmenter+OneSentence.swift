extension Segmenter {
    /// Whether ICU's sentence rules can only find one sentence in UTF-8 `bytes`: no terminator but in its
    /// closing run (`。」`, `?!"`, `.)` and spaces) and no paragraph separator, so `split` needs no ICU.
    ///
    /// Under Unicode's sentence rules (UAX #29, which ICU's `zh_Hant` and `en@ss=standard` follow) a
    /// break falls only after a separator or after a terminator, its closing punctuation and spaces;
    /// suppressions and Bitext's own fixes only take breaks away. Scalars outside the ranges checked here
    /// (scripts with terminators of their own) answer false: ICU decides. Most news paragraphs of one
    /// sentence (headlines, datelines, quotes, numbered UN paragraphs' sentences) take this path.
    static func isOneSentence(_ bytes: UnsafeBufferPointer<UInt8>) -> Bool {
        // 0: before any terminator; 1: in the closing run (terminators, closing marks); 2: in its spaces.
        var state = 0
        var index = 0
        let count = bytes.count
        while index < count {
            let lead = bytes[index]
            // Four-byte scalars, and bytes that are not UTF-8, are for ICU to judge.
            let width = lead < 0x80 ? 1 : lead < 0xC2 ? 0 : lead < 0xE0 ? 2 : lead < 0xF0 ? 3 : 0
            guard width > 0, index + width <= count else { return false }
            let kind = width == 1 ? asciiKinds[Int(lead)] : Self.kind(bytes.scalar(at: index).value)
            switch (kind, state) {
            case (.unknown, _), (.separator, _): return false
            case (.other, 0), (.space, 0), (.closing, 0): break
            case (.terminator, 0), (.terminator, 1), (.closing, 1): state = 1
            case (.space, _): state = 2
            default: return false  // Text, or a closing mark after the spaces, follows a terminator.
            }
            index += width
        }
        return true
    }

    /// What a scalar can do to a sentence break.
    enum Kind: UInt8 {
        /// Nothing: letters, digits, Han, most punctuation.
        case other
        /// A sentence terminator (Sentence_Break STerm or ATerm).
        case terminator
        /// Closing punctuation (Sentence_Break Close): may follow a terminator inside its sentence.
        case closing
        /// Sentence_Break Sp.
        case space
        /// A paragraph separator or a control character.
        case separator
        /// Outside the ranges classified here.
        case unknown
    }

    private static let asciiKinds: [Kind] = (0..<128).map { byte in
        switch UInt8(byte) {
        case 0x09, 0x20: .space
        case 0..<0x20, 0x7F: .separator
        case UInt8(ascii: "."), UInt8(ascii: "!"), UInt8(ascii: "?"): .terminator
        case UInt8(ascii: "\""), UInt8(ascii: "'"), UInt8(ascii: "("), UInt8(ascii: ")"), UInt8(ascii: "["),
            UInt8(ascii: "]"), UInt8(ascii: "{"), UInt8(ascii: "}"):
            .closing
        default: .other
        }
    }

    /// The kind of a scalar of two or three UTF-8 bytes.
    private static func kind(_ value: UInt32) -> Kind {
        switch value {
        case 0x4E00...0x9FFF, 0x3400...0x4DBF: .other  // Han
        case 0x3002, 0xFF01, 0xFF0E, 0xFF1F, 0xFF61, 0x203C, 0x203D, 0x2047...0x2049, 0x2024: .terminator
        case 0x3008...0x3011, 0x3014...0x301B, 0x301D...0x301F, 0xFF08, 0xFF09, 0xFF3B, 0xFF3D, 0xFF5B, 0xFF5D,
            0xFF5F, 0xFF60, 0xFF62, 0xFF63, 0x2018...0x201F, 0x00AB, 0x00BB, 0x2039, 0x203A:
            .closing
        case 0x3000, 0x00A0, 0x2000...0x200A, 0x202F, 0x205F: .space
        case 0x0085, 0x2028, 0x2029: .separator
        case 0x00A1...0x024F, 0x3001, 0x3003...0x3007, 0x3012, 0x3013, 0x301C, 0x3020...0x303F, 0xFF02...0xFF07,
            0xFF0A...0xFF0D, 0xFF0F...0xFF1E, 0xFF20...0xFF3A, 0xFF3C, 0xFF3E...0xFF5A, 0xFF5C, 0xFF5E, 0xFF64...0xFFEF,
            0x2010...0x2017, 0x2020...0x2023, 0x2025...0x2027, 0x2030...0x2038, 0x203E...0x2046, 0x204A...0x205E:
            .other
        default: .unknown
        }
    }
}
