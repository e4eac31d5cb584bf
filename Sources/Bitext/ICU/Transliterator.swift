import ICUShim
import Synchronization

/// An ICU transliterator such as `Han-Latin; Latin-ASCII` (習近平 → xi jin ping) or `Hant-Hans`.
///
/// Safe to share across tasks: each call borrows an ICU handle no other call is using (a small pool,
/// one per task running at once). ICU still runs rule-based transforms one at a time process-wide (a
/// static mutex in `RuleBasedTransliterator::handleTransliterate`), so what keeps the cores busy is the
/// memo: short inputs (words, characters) are remembered process-wide, up to `memoCapacity` of them, as
/// a corpus repeats its words and ICU's rule matching costs microseconds a character.
package final class Transliterator: Sendable {
    private let handles: ObjectPool<Handle, ICUError>
    private let memo = Mutex<[String: String]>([:])

    /// Inputs of at most this many UTF-16 units are remembered.
    package static let memoLength = 16
    /// The most inputs remembered; beyond it, results are computed each time (memory stays bounded).
    package static let memoCapacity = 200_000

    /// One ICU transliterator, only ever used by the call that took it out of the pool.
    private final class Handle {
        let pointer: OpaquePointer
        var units: [UInt16] = []

        init(_ identifier: String) throws(ICUError) {
            var status: Int32 = 0
            guard let pointer = bitext_icu_transliterator_open(identifier, &status) else {
                throw ICUError(operation: "opening transliterator '\(identifier)'", code: status)
            }
            self.pointer = pointer
        }

        deinit { bitext_icu_transliterator_close(pointer) }

        /// The transliteration of `text`; nil if ICU fails.
        func transliterate(_ text: String) -> String? {
            let length = text.utf16.count
            var capacity = max(16, length * 4)
            while true {
                if units.count < capacity { units = [UInt16](repeating: 0, count: capacity) }
                var written = Int32(length)
                let status = units.withUnsafeMutableBufferPointer { buffer in
                    _ = buffer.initialize(from: text.utf16)
                    return bitext_icu_transliterate(pointer, buffer.baseAddress, &written, Int32(capacity))
                }
                if status == 0 { return String(decoding: units[0..<Int(written)], as: UTF16.self) }
                // U_BUFFER_OVERFLOW_ERROR: try again with room for the reported length.
                guard status == 15, Int(written) > capacity else { return nil }
                capacity = Int(written) + 16
            }
        }
    }

    /// Opens `identifier` once, so that a transform ICU does not have fails here and not on first use.
    package init(_ identifier: String) throws(ICUError) {
        handles = ObjectPool(first: try Handle(identifier)) { () throws(ICUError) in try Handle(identifier) }
    }

    /// The transliteration of `text`; `text` itself if ICU fails.
    package func callAsFunction(_ text: String) -> String {
        let remembered = text.utf16.count <= Self.memoLength
        if remembered, let known = memo.withLock({ $0[text] }) { return known }
        guard let transliterated = handles.withElementIfAvailable({ $0.transliterate(text) }) else { return text }
        let result = transliterated ?? text
        if remembered {
            memo.withLock { memo in
                if memo.count < Self.memoCapacity { memo[text] = result }
            }
        }
        return result
    }
}

extension Transliterator {
    /// Han characters to toneless ASCII pinyin, one syllable a word: 習近平 → `xi jin ping`; nil when ICU
    /// cannot open it, which `ICUServices.check()` reports as an error at startup.
    package static var hanToLatin: Transliterator? { try? opened.hanToLatin.get() }
    /// Traditional to Simplified Chinese characters (nil as `hanToLatin`).
    package static var traditionalToSimplified: Transliterator? { try? opened.traditionalToSimplified.get() }
    /// Simplified to Traditional Chinese characters (nil as `hanToLatin`).
    package static var simplifiedToTraditional: Transliterator? { try? opened.simplifiedToTraditional.get() }

    /// The transforms bitext uses, each opened once, or why ICU could not.
    static let opened = (
        hanToLatin: open("Han-Latin; Latin-ASCII; Lower"), traditionalToSimplified: open("Hant-Hans"),
        simplifiedToTraditional: open("Hans-Hant")
    )

    private static func open(_ identifier: String) -> Result<Transliterator, ICUError> {
        Result { () throws(ICUError) in try Transliterator(identifier) }
    }
}
