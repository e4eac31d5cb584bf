extension UnsafeBufferPointer where Element == UInt8 {
    /// The value of the scalar that starts at `index` of these valid UTF-8 bytes, and how many bytes it takes:
    /// the one decoder of the hot loops (anchors, Chinese words, script sampling, the one-sentence test).
    ///
    /// The bytes must be valid UTF-8 (a `String`'s): a lead byte's continuation bytes are read unchecked
    /// in release builds; debug builds check that they are there and are continuation bytes.
    @inline(__always)
    func scalar(at index: Int) -> (value: UInt32, width: Int) {
        assert(index >= 0 && index < count, "scalar(at:) past the end")
        let lead = self[index]
        assert(
            lead < 0x80
                || lead >= 0xC0 && index + (lead < 0xE0 ? 1 : lead < 0xF0 ? 2 : 3) < count
                    && self[(index + 1)...(index + (lead < 0xE0 ? 1 : lead < 0xF0 ? 2 : 3))].allSatisfy {
                        $0 & 0xC0 == 0x80
                    },
            "scalar(at:) on bytes that are not UTF-8")
        if lead < 0x80 { return (UInt32(lead), 1) }
        if lead < 0xE0 { return (UInt32(lead & 0x1F) << 6 | UInt32(self[index + 1] & 0x3F), 2) }
        if lead < 0xF0 {
            return (
                UInt32(lead & 0x0F) << 12 | UInt32(self[index + 1] & 0x3F) << 6 | UInt32(self[index + 2] & 0x3F), 3
            )
        }
        return (
            UInt32(lead & 0x07) << 18 | UInt32(self[index + 1] & 0x3F) << 12 | UInt32(self[index + 2] & 0x3F) << 6
                | UInt32(self[index + 3] & 0x3F), 4
        )
    }

    /// Calls `body` with each scalar of three or four bytes (U+0800 and up: Han, CJK punctuation, full-width
    /// forms) of these valid UTF-8 bytes while it returns true, stepping over shorter ones by their lead
    /// byte undecoded; returns whether the bytes were scanned to their end.
    @inline(__always)
    @discardableResult
    func forEachWideScalar(_ body: (UInt32) -> Bool) -> Bool {
        var index = 0
        while index < count {
            let lead = self[index]
            if lead < 0xE0 {
                index += lead < 0x80 ? 1 : 2
                continue
            }
            let (value, width) = scalar(at: index)
            index += width
            if !body(value) { return false }
        }
        return true
    }
}
