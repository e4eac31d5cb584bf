import ICUShim
import Synchronization

/// Parses spelled-out numbers through ICU's rule-based spell-out format: 八十 → 80.
package final class SpelloutParser: Sendable {
    private let handle: Mutex<Handle>

    private struct Handle: ~Copyable {
        let pointer: OpaquePointer
        deinit { bitext_icu_spellout_close(pointer) }
    }

    package init(locale: String) throws(ICUError) {
        var status: Int32 = 0
        guard let pointer = bitext_icu_spellout_open(locale, &status) else {
            throw ICUError(operation: "opening the spell-out rules for '\(locale)'", code: status)
        }
        handle = Mutex(Handle(pointer: pointer))
    }

    /// The value of `text` when all of it is one spelled-out number, else nil.
    package func value(of text: String) -> Double? {
        let units = Array(text.utf16)
        guard !units.isEmpty else { return nil }
        var value = 0.0
        let parsed = handle.withLock { handle in
            bitext_icu_spellout_parse(handle.pointer, units, Int32(units.count), &value)
        }
        return parsed == 1 ? value : nil
    }

    /// Traditional Chinese numerals (八十, 一千三百萬).
    package static let chinese: SpelloutParser? = try? SpelloutParser(locale: "zh_Hant")
}
