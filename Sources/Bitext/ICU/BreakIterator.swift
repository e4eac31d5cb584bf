import ICUShim

/// An ICU break iterator over UTF-8 text: sentence, word or character boundaries as byte offsets.
///
/// Not thread-safe: give each task its own.
package final class BreakIterator {
    package enum Kind: Int32, Sendable {
        case sentence = 0
        case word = 1
        case character = 2
    }

    private let handle: OpaquePointer
    private var boundaries: [Int64] = []
    private var statuses: [Int32] = []

    /// Opens an iterator of `kind` for an ICU locale such as `zh_Hant` or `en@ss=standard`.
    package init(_ kind: Kind, locale: String) throws(ICUError) {
        var status: Int32 = 0
        guard let handle = bitext_icu_breaker_open(kind.rawValue, locale, &status) else {
            throw ICUError(operation: "opening a \(kind) break iterator for '\(locale)'", code: status)
        }
        self.handle = handle
    }

    deinit { bitext_icu_breaker_close(handle) }

    /// The boundaries of `text` as UTF-8 byte offsets, from 0 to `text.utf8.count`, each with the
    /// rule status of the segment that ends there (ICU's `UWordBreak` values for word breaks).
    package func boundaries(in text: String) throws(ICUError) -> [(offset: Int, status: Int32)] {
        var text = text
        let result = text.withUTF8 { bytes in Result { () throws(ICUError) in try run(bytes) } }
        return try result.get()
    }

    private func run(_ bytes: UnsafeBufferPointer<UInt8>) throws(ICUError) -> [(offset: Int, status: Int32)] {
        let count = try fill(bytes)
        return (0..<count).map { (Int(boundaries[$0]), statuses[$0]) }
    }

    /// Calls `body` with the boundaries of UTF-8 `bytes` and their rule statuses (as `boundaries(in:)`),
    /// in buffers valid only during the call: no array is made for them.
    package func withBoundaries<Result>(
        in bytes: UnsafeBufferPointer<UInt8>,
        _ body: (_ offsets: UnsafeBufferPointer<Int64>, _ statuses: UnsafeBufferPointer<Int32>) -> Result
    ) throws(ICUError) -> Result {
        let count = try fill(bytes)
        return boundaries.withUnsafeBufferPointer { offsets in
            statuses.withUnsafeBufferPointer { rules in
                body(UnsafeBufferPointer(rebasing: offsets[0..<count]), UnsafeBufferPointer(rebasing: rules[0..<count]))
            }
        }
    }

    /// Fills `boundaries` and `statuses` for `bytes`; returns how many there are.
    private func fill(_ bytes: UnsafeBufferPointer<UInt8>) throws(ICUError) -> Int {
        let capacity = bytes.count + 1
        if boundaries.count < capacity {
            boundaries = [Int64](repeating: 0, count: capacity)
            statuses = [Int32](repeating: 0, count: capacity)
        }
        var status: Int32 = 0
        let count = boundaries.withUnsafeMutableBufferPointer { out in
            statuses.withUnsafeMutableBufferPointer { rules in
                bytes.withMemoryRebound(to: CChar.self) { text in
                    bitext_icu_breaker_run(
                        handle, text.baseAddress, Int64(bytes.count), out.baseAddress, rules.baseAddress,
                        Int32(capacity), &status)
                }
            }
        }
        guard count >= 0 else { throw ICUError(operation: "finding boundaries", code: status) }
        return min(Int(count), capacity)
    }
}

extension BreakIterator {
    /// ICU word-break rule statuses: the segment ending at a boundary is a word of this kind
    /// when its status falls in the range.
    package enum WordStatus {
        package static let none: Range<Int32> = 0..<100
        package static let number: Range<Int32> = 100..<200
        package static let letter: Range<Int32> = 200..<300
        package static let kana: Range<Int32> = 300..<400
        package static let ideographic: Range<Int32> = 400..<500
    }
}
