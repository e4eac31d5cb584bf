import ICUShim
import Synchronization

/// Parses spelled-out numbers through ICU's rule-based spell-out format: 八十 → 80.
///
/// ICU builds a number parser on every parse, so values are cached (numeral strings are few).
package final class SpelloutParser: Sendable {
    private let state: Mutex<State>

    private struct State: ~Copyable {
        let pointer: OpaquePointer
        var values: [String: Double] = [:]
        deinit { bitext_icu_spellout_close(pointer) }
    }

    /// Cached strings beyond which the cache starts again (random text could grow it without end).
    private static let cacheLimit = 100_000

    package init(locale: String) throws(ICUError) {
        var status: Int32 = 0
        guard let pointer = bitext_icu_spellout_open(locale, &status) else {
            throw ICUError(operation: "opening the spell-out rules for '\(locale)'", code: status)
        }
        state = Mutex(State(pointer: pointer))
    }

    /// The value of `text` when all of it is one spelled-out number, else nil.
    package func value(of text: String) -> Double? {
        guard !text.isEmpty else { return nil }
        let value = state.withLock { state in
            if let known = state.values[text] { return known }
            let units = Array(text.utf16)
            var value = 0.0
            let parsed = bitext_icu_spellout_parse(state.pointer, units, Int32(units.count), &value)
            if state.values.count >= Self.cacheLimit { state.values.removeAll(keepingCapacity: true) }
            state.values[text] = parsed == 1 ? value : .nan
            return parsed == 1 ? value : .nan
        }
        return value.isNaN ? nil : value
    }

    /// Traditional Chinese numerals (八十, 一千三百萬); nil when ICU cannot open the rules, which
    /// `ICUServices.check()` reports as an error at startup.
    package static var chinese: SpelloutParser? { try? opened.get() }

    /// The Chinese spell-out rules, opened once, or why ICU could not.
    static let opened = Result { () throws(ICUError) in try SpelloutParser(locale: "zh_Hant") }
}
