import Synchronization

extension WordTokenizer {
    /// A tokenizer in the pool; only ever used by the one call that took it out.
    private final class Entry: @unchecked Sendable {
        let tokenizer: WordTokenizer
        init(_ tokenizer: WordTokenizer) { self.tokenizer = tokenizer }
    }

    /// Tokenizers not in use: opening ICU's word rules (and the Chinese dictionary) for every document
    /// of a batch costs more than the document's tokenising.
    private static let idle = Mutex<[Entry]>([])

    /// The most tokenizers kept for reuse (one per task running at once is enough).
    private static let poolLimit = 16

    /// Runs `body` with a tokenizer no other call is using, from the pool when one is free; nil when
    /// ICU cannot open one.
    static func withPooled<Result>(_ body: (WordTokenizer) -> Result) -> Result? {
        guard let entry = idle.withLock({ $0.popLast() }) ?? (try? WordTokenizer()).map(Entry.init) else {
            return nil
        }
        defer { idle.withLock { if $0.count < poolLimit { $0.append(entry) } } }
        return body(entry.tokenizer)
    }
}
