extension ChineseEnglishDictionary {
    /// A hash of the entries, the same whatever order they were added in: what a `ModelFile` records
    /// of the dictionary its model was learned with.
    package var fingerprint: UInt64 {
        var sum: UInt64 = 0
        for entry in entries.values {
            var hash = FNV1a()
            hash.add(entry.word)
            for stem in entry.stems {
                hash.add(0)
                hash.add(stem)
            }
            // Mixed before adding, so that sums of similar hashes do not cancel.
            sum &+= SplitMix64.mix(hash.value)
        }
        return sum ^ UInt64(entries.count)
    }
}
