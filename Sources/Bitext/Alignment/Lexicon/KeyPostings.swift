/// For each key, the sentences of one side that hold it, in order: where a key, and so a unit of the
/// other side, is found, without testing every sentence's key set.
struct KeyPostings: Sendable {
    /// Key k's sentences are `sentences[start[k]..<start[k + 1]]`, ascending.
    private var start: [Int32] = [0]
    private(set) var sentences: [Int32] = []

    init() {}

    /// The postings of the distinct keys of each of `sets` (dense ids below `keyCount`) that `including`
    /// keeps.
    init(_ sets: [KeySet], keyCount: Int, including: (Int) -> Bool) {
        var start = [Int32](repeating: 0, count: keyCount + 1)
        for set in sets {
            for key in set.keys where Int(key) < keyCount && including(Int(key)) { start[Int(key) + 1] += 1 }
        }
        for key in 0..<keyCount { start[key + 1] += start[key] }
        var next = start
        var sentences = [Int32](repeating: 0, count: Int(start[keyCount]))
        for (sentence, set) in sets.enumerated() {
            for key in set.keys where Int(key) < keyCount && including(Int(key)) {
                sentences[Int(next[Int(key)])] = Int32(sentence)
                next[Int(key)] += 1
            }
        }
        self.start = start
        self.sentences = sentences
    }

    /// Where key `key`'s sentences are in `sentences` (empty for a key without postings).
    @inline(__always)
    func postings(of key: Int) -> Range<Int> {
        key >= 0 && key + 1 < start.count ? Int(start[key])..<Int(start[key + 1]) : 0..<0
    }
}

/// Where the units of one side are found in the sentences of the other, through that side's postings
/// (`UnitOccurrences` for sides too long to hold a bit a unit and sentence).
struct PostedUnits: Sendable {
    private let postings: KeyPostings
    private let units: UnitTable
    /// The last unit found in each sentence: a unit with several keys in one sentence counts once.
    private var stamp: [Int32]

    /// The units of `units` in the sentences `sets`: postings of the keys those units have (a Chinese
    /// sentence's keys are mostly translations no English sentence has).
    init(_ units: UnitTable, in sets: [KeySet], keyCount: Int) {
        var wanted = [Bool](repeating: false, count: keyCount)
        for key in units.keys where Int(key) < keyCount { wanted[Int(key)] = true }
        postings = KeyPostings(sets, keyCount: keyCount) { wanted[$0] }
        self.units = units
        stamp = [Int32](repeating: -1, count: sets.count)
    }

    /// Forgets the units met so far, for looking them up again (for another set of ranges).
    mutating func startOver() {
        for index in stamp.indices { stamp[index] = -1 }
    }

    /// Calls `body` with each sentence of `range` that holds one of unit `u`'s keys, once each (once per
    /// unit since `startOver`: the ranges asked of one unit must not overlap).
    @inline(__always)
    mutating func forEachSentence(of u: Int, in range: Range<Int>, _ body: (Int) -> Void) {
        guard !range.isEmpty else { return }
        precondition(range.upperBound <= stamp.count && u < Int(Int32.max), "a sentence or unit out of range")
        let lower = Int32(range.lowerBound)
        let upper = Int32(range.upperBound)
        let sentences = postings.sentences
        for k in units.keys(of: u) {
            let postings = postings.postings(of: Int(units.keys[k]))
            var (low, high) = (postings.lowerBound, postings.upperBound)
            let end = high
            // The first posting at or after the range's start.
            while low < high {
                let middle = (low + high) / 2
                if sentences[middle] < lower { low = middle + 1 } else { high = middle }
            }
            while low < end, sentences[low] < upper {
                let sentence = Int(sentences[low])
                if stamp[sentence] != Int32(u) {
                    stamp[sentence] = Int32(u)
                    body(sentence)
                }
                low += 1
            }
        }
    }
}
