extension WordTokenizer {
    /// Tokenizers not in use: opening ICU's word rules (and the Chinese dictionary) for every document
    /// of a batch costs more than the document's tokenising. At most 16 are kept (one per task running
    /// at once is enough).
    private static let pool = ObjectPool<WordTokenizer, ICUError>(limit: 16) { () throws(ICUError) in
        try WordTokenizer()
    }

    /// Runs `body` with a tokenizer no other call is using, from the pool when one is free; nil when
    /// ICU cannot open one (`ICUServices.check()` reports that at startup).
    static func withPooled<Result>(_ body: (WordTokenizer) -> Result) -> Result? {
        pool.withElementIfAvailable(body)
    }
}
