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
            // Mixed (SplitMix64's finaliser) before adding, so that sums of similar hashes do not cancel.
            var mixed = hash.value
            mixed = (mixed ^ (mixed >> 30)) &* 0xbf58_476d_1ce4_e5b9
            mixed = (mixed ^ (mixed >> 27)) &* 0x94d0_49bb_1331_11eb
            sum &+= mixed ^ (mixed >> 31)
        }
        return sum ^ UInt64(entries.count)
    }
}
