import ICUShim
import Synchronization

/// An ICU transliterator such as `Han-Latin; Latin-ASCII` (習近平 → xi jin ping) or `Hant-Hans`.
///
/// Safe to share: calls are serialized. Opening one is slow (milliseconds); keep it.
package final class Transliterator: Sendable {
    private let handle: Mutex<Handle>

    private struct Handle: ~Copyable {
        let pointer: OpaquePointer
        deinit { bitext_icu_transliterator_close(pointer) }
    }

    package init(_ identifier: String) throws(ICUError) {
        var status: Int32 = 0
        guard let pointer = bitext_icu_transliterator_open(identifier, &status) else {
            throw ICUError(operation: "opening transliterator '\(identifier)'", code: status)
        }
        handle = Mutex(Handle(pointer: pointer))
    }

    /// The transliteration of `text`; `text` itself if ICU fails.
    package func callAsFunction(_ text: String) -> String {
        var buffer = Array(text.utf16)
        var capacity = max(16, buffer.count * 4)
        while true {
            var units = buffer + [UInt16](repeating: 0, count: capacity - buffer.count)
            var length = Int32(buffer.count)
            let status = handle.withLock { handle in
                bitext_icu_transliterate(handle.pointer, &units, &length, Int32(capacity))
            }
            if status == 0 { return String(decoding: units[0..<Int(length)], as: UTF16.self) }
            // U_BUFFER_OVERFLOW_ERROR: try again with room for the reported length.
            guard status == 15, Int(length) > capacity else { return text }
            capacity = Int(length) + 16
            buffer = Array(text.utf16)
        }
    }
}

extension Transliterator {
    /// Han characters to toneless ASCII pinyin, one syllable a word: 習近平 → `xi jin ping`.
    package static let hanToLatin: Transliterator? = try? Transliterator("Han-Latin; Latin-ASCII; Lower")
    /// Traditional to Simplified Chinese characters.
    package static let traditionalToSimplified: Transliterator? = try? Transliterator("Hant-Hans")
    /// Simplified to Traditional Chinese characters.
    package static let simplifiedToTraditional: Transliterator? = try? Transliterator("Hans-Hant")
}
