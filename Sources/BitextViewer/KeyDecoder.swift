/// Turns the bytes a terminal sends into keys: UTF-8 text, control keys and the escape sequences
/// of xterm, VT220 and tmux for arrows, PgUp/PgDn and Home/End.
package struct KeyDecoder: Sendable {
    private var pending: [UInt8] = []

    package init() {}

    /// Whether bytes are waiting for the rest of a sequence (a lone Esc is one, until `flush`).
    package var hasPending: Bool { !pending.isEmpty }

    /// The keys `bytes` complete; an unfinished sequence waits for the next call.
    package mutating func decode(_ bytes: some Sequence<UInt8>) -> [Key] {
        pending.append(contentsOf: bytes)
        var keys: [Key] = []
        while !pending.isEmpty {
            guard let (key, length) = Self.key(at: pending[...]) else { break }
            pending.removeFirst(length)
            if let key { keys.append(key) }
        }
        return keys
    }

    /// The keys still waiting when no more bytes came: a lone Esc, or an unknown sequence's bytes.
    package mutating func flush() -> [Key] {
        defer { pending.removeAll() }
        return pending.first == 0x1B ? [.escape] : []
    }

    /// The key at the start of `bytes` and how many bytes it takes (a nil key for bytes to skip),
    /// or nil when more bytes are needed.
    private static func key(at bytes: ArraySlice<UInt8>) -> (key: Key?, length: Int)? {
        guard let first = bytes.first else { return nil }
        switch first {
        case 0x1B: return escape(bytes)
        case 0x0D, 0x0A: return (.enter, 1)
        case 0x09: return (.tab, 1)
        case 0x7F, 0x08: return (.backspace, 1)
        case 0x01...0x1A: return (.control(Character(Unicode.Scalar(first + 0x60))), 1)
        case 0x00, 0x1C...0x1F: return (nil, 1)
        default: return utf8(bytes)
        }
    }

    private static func escape(_ bytes: ArraySlice<UInt8>) -> (key: Key?, length: Int)? {
        let start = bytes.startIndex
        guard bytes.count >= 2 else { return nil }
        let introducer = bytes[start + 1]
        if introducer == 0x1B { return (.escape, 1) }
        if introducer == UInt8(ascii: "O") {
            guard bytes.count >= 3 else { return nil }
            return (final(bytes[start + 2], parameter: nil), 3)
        }
        guard introducer == UInt8(ascii: "[") else { return (.escape, 1) }
        // CSI: parameters and intermediates, then a final byte in 0x40...0x7E.
        var index = start + 2
        while index < bytes.endIndex, !(0x40...0x7E).contains(bytes[index]) { index += 1 }
        guard index < bytes.endIndex else { return bytes.count > 16 ? (nil, bytes.count) : nil }
        let parameters = String(decoding: bytes[(start + 2)..<index], as: UTF8.self)
        let first = parameters.split(separator: ";").first.flatMap { Int($0) }
        return (final(bytes[index], parameter: first), index - start + 1)
    }

    private static func final(_ byte: UInt8, parameter: Int?) -> Key? {
        switch byte {
        case UInt8(ascii: "A"): .up
        case UInt8(ascii: "B"): .down
        case UInt8(ascii: "C"): .right
        case UInt8(ascii: "D"): .left
        case UInt8(ascii: "H"): .home
        case UInt8(ascii: "F"): .end
        case UInt8(ascii: "~"):
            switch parameter {
            case 1, 7: .home
            case 4, 8: .end
            case 5: .pageUp
            case 6: .pageDown
            default: nil
            }
        default: nil
        }
    }

    private static func utf8(_ bytes: ArraySlice<UInt8>) -> (key: Key?, length: Int)? {
        let first = bytes[bytes.startIndex]
        let length =
            switch first {
            case 0..<0x80: 1
            case 0xC0..<0xE0: 2
            case 0xE0..<0xF0: 3
            case 0xF0..<0xF8: 4
            default: 0
            }
        guard length > 0 else { return (nil, 1) }  // a stray continuation byte
        guard bytes.count >= length else { return nil }
        let text = String(validating: bytes.prefix(length), as: UTF8.self)
        return (text?.first.map(Key.character), length)
    }
}
