import Synchronization

extension ChineseScript {
    /// Tells Traditional from Simplified characters in `texts`, from a sample of their Han characters.
    ///
    /// Counts the characters that ICU's `Hant-Hans` transliteration changes (Traditional-only forms) and
    /// those `Hans-Hant` changes (Simplified-only forms); Simplified wins only with more. Characters
    /// shared by both (中, 人, 國 → 国 aside) count for neither. Each distinct character is classified once
    /// per process, so a corpus pays for ICU only on characters it has not seen.
    package init(detecting texts: some Sequence<some StringProtocol>, sample: Int = 4000) {
        let known = Self.known.withLock { $0 }
        var balance = 0
        var unknown: [UInt32: Int] = [:]
        var count = 0
        func add(_ value: UInt32) {
            if let kind = known[value] {
                balance += Int(kind)
            } else {
                unknown[value, default: 0] += 1
            }
            count += 1
        }
        outer: for text in texts {
            let scanned: Bool? = text.utf8.withContiguousStorageIfAvailable { bytes in
                Self.forEachHan(in: bytes) { value in
                    add(value)
                    return count < sample
                }
            }
            if scanned == nil {
                for scalar in text.unicodeScalars where Self.isHan(scalar.value) {
                    add(scalar.value)
                    if count >= sample { break outer }
                }
            } else if count >= sample {
                break
            }
        }
        if !unknown.isEmpty {
            var learned: [(UInt32, Int8)] = []
            for (value, occurrences) in unknown {
                let kind = Self.classify(value)
                learned.append((value, kind))
                balance += Int(kind) * occurrences
            }
            Self.known.withLock { known in
                for (value, kind) in learned where known[value] == nil { known[value] = kind }
            }
        }
        self = balance < 0 ? .simplified : .traditional
    }

    /// Calls `body` with each Han character of valid UTF-8 `bytes` while it returns true; returns whether
    /// the text was scanned to its end.
    @inline(__always)
    @discardableResult
    private static func forEachHan(in bytes: UnsafeBufferPointer<UInt8>, _ body: (UInt32) -> Bool) -> Bool {
        bytes.forEachWideScalar { value in !isHan(value) || body(value) }
    }

    /// CJK Unified Ideographs (and extensions) and CJK Compatibility Ideographs: a range test, much
    /// cheaper than `Unicode.Scalar.Properties.isIdeographic` in a loop over every character.
    @inline(__always)
    private static func isHan(_ value: UInt32) -> Bool {
        switch value {
        case 0x3400...0x4DBF, 0x4E00...0x9FFF, 0xF900...0xFAFF, 0x20000...0x323AF: true
        default: false
        }
    }

    /// Per character: +1 Traditional-only, -1 Simplified-only, 0 shared (or no transliterator).
    private static let known = Mutex(Classes())

    /// The classes of the characters seen so far: a flat array for the main block, a dictionary beyond.
    private struct Classes: Sendable {
        private static let denseStart: UInt32 = 0x3400
        private static let denseEnd: UInt32 = 0xA000
        /// `class + 2` (1, 2 or 3), 0 for a character not seen yet.
        private var dense: [Int8] = []
        private var sparse: [UInt32: Int8] = [:]

        subscript(value: UInt32) -> Int8? {
            get {
                let offset = value &- Self.denseStart
                guard offset < Self.denseEnd - Self.denseStart else { return sparse[value] }
                guard Int(offset) < dense.count else { return nil }
                let stored = dense.withUnsafeBufferPointer { $0[Int(offset)] }
                return stored == 0 ? nil : stored - 2
            }
            set {
                guard let newValue else { return }
                let offset = value &- Self.denseStart
                guard offset < Self.denseEnd - Self.denseStart else {
                    sparse[value] = newValue
                    return
                }
                if dense.isEmpty { dense = [Int8](repeating: 0, count: Int(Self.denseEnd - Self.denseStart)) }
                dense[Int(offset)] = newValue + 2
            }
        }
    }

    private static func classify(_ value: UInt32) -> Int8 {
        guard let toSimplified = Transliterator.traditionalToSimplified,
            let toTraditional = Transliterator.simplifiedToTraditional, let scalar = Unicode.Scalar(value)
        else { return 0 }
        let character = String(scalar)
        if toSimplified(character) != character { return 1 }
        if toTraditional(character) != character { return -1 }
        return 0
    }
}
