/// The weighted units of every sentence of one side, in flat arrays: no array per unit or sentence.
///
/// A unit is a content word with the keys it may match on the other side (its number, pinyin,
/// translations) and a weight (its inverse document frequency).
struct UnitTable: Sendable {
    /// Keys of all units, unit after unit.
    private(set) var keys: [Int32] = []
    /// Unit u's keys are `keys[keyStart[u]..<keyStart[u + 1]]`.
    private(set) var keyStart: [Int32] = [0]
    private(set) var weights: [Double] = []
    /// Sentence s's units are `unitStart[s]..<unitStart[s + 1]`.
    private(set) var unitStart: [Int32] = [0]

    var sentenceCount: Int { unitStart.count - 1 }

    /// An empty table.
    init() {}

    /// An empty table with room for `units` units of `keys` keys in all, over `sentences` sentences.
    init(units: Int, keys keyCount: Int, sentences: Int) {
        keys.reserveCapacity(keyCount)
        keyStart.reserveCapacity(units + 1)
        weights.reserveCapacity(units)
        unitStart.reserveCapacity(sentences + 1)
    }

    /// The number of units.
    var unitCount: Int { weights.count }

    /// The units of sentence `s`.
    @inline(__always)
    func units(of s: Int) -> Range<Int> { Int(unitStart[s])..<Int(unitStart[s + 1]) }

    /// The keys of unit `u`.
    @inline(__always)
    func keys(of u: Int) -> Range<Int> { Int(keyStart[u])..<Int(keyStart[u + 1]) }

    /// The keys of all units of sentence `s`.
    @inline(__always)
    func keyRange(ofSentence s: Int) -> Range<Int> {
        Int(keyStart[Int(unitStart[s])])..<Int(keyStart[Int(unitStart[s + 1])])
    }

    /// Adds a key to the unit being built (`endUnit` ends it).
    @inline(__always)
    mutating func appendKey(_ key: Int32) { keys.append(key) }

    /// Ends the unit being built: its keys are those appended since the last unit.
    @inline(__always)
    mutating func endUnit(weight: Double) {
        keyStart.append(Int32(keys.count))
        weights.append(weight)
    }

    /// Ends the sentence being built.
    mutating func endSentence() { unitStart.append(Int32(weights.count)) }

    /// Whether one of unit `u`'s keys is in one of `sets[range]`.
    @inline(__always)
    func found(_ u: Int, in sets: [KeySet], _ range: Range<Int>) -> Bool {
        for k in keys(of: u) {
            let key = keys[k]
            for sentence in range where sets[sentence].contains(key) { return true }
        }
        return false
    }
}
