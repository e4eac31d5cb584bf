extension BeadFile {
    /// A bead-file line in the plain form, read from its bytes: spaces and tabs, `[`, ids (digits) between
    /// commas, `]`, `:`, the English side alike, then optionally `:` and a decimal number.
    ///
    /// Nil for any other line (Unicode spaces, a sign, an id too long for an `Int`, a fourth field): the
    /// general reader decides those, so both read every line they share alike.
    enum PlainLine {
        case blank
        case bead(Bead, score: Double?)

        init?(_ line: UnsafeBufferPointer<UInt8>) {
            var index = 0
            func skipSpaces() {
                while index < line.count && (line[index] == UInt8(ascii: " ") || line[index] == UInt8(ascii: "\t")) {
                    index += 1
                }
            }
            func consume(_ byte: UInt8) -> Bool {
                guard index < line.count && line[index] == byte else { return false }
                index += 1
                return true
            }
            func side() -> [Int]? {
                guard consume(UInt8(ascii: "[")) else { return nil }
                skipSpaces()
                var ids: [Int] = []
                if consume(UInt8(ascii: "]")) { return ids }
                while true {
                    let first = index
                    var id = 0
                    while index < line.count && line[index] &- UInt8(ascii: "0") < 10 {
                        // 18 digits cannot overflow an Int; longer ids go to the general reader.
                        guard index - first < 18 else { return nil }
                        id = id * 10 + Int(line[index] &- UInt8(ascii: "0"))
                        index += 1
                    }
                    guard index > first else { return nil }
                    ids.append(id)
                    skipSpaces()
                    if consume(UInt8(ascii: "]")) { return ids }
                    guard consume(UInt8(ascii: ",")) else { return nil }
                    skipSpaces()
                }
            }
            skipSpaces()
            if index == line.count {
                self = .blank
                return
            }
            guard let chinese = side() else { return nil }
            skipSpaces()
            guard consume(UInt8(ascii: ":")) else { return nil }
            skipSpaces()
            guard let english = side() else { return nil }
            skipSpaces()
            var score: Double?
            if consume(UInt8(ascii: ":")) {
                skipSpaces()
                let first = index
                while index < line.count, Self.isNumberByte(line[index]) { index += 1 }
                // At most 15 bytes: a string that small is built without allocating.
                guard index > first, index - first <= 15 else { return nil }
                score = Double(String(decoding: UnsafeBufferPointer(rebasing: line[first..<index]), as: UTF8.self))
                guard score != nil else { return nil }
                skipSpaces()
            }
            guard index == line.count else { return nil }
            self = .bead(Bead(chinese: chinese, english: english), score: score)
        }

        private static func isNumberByte(_ byte: UInt8) -> Bool {
            byte &- UInt8(ascii: "0") < 10 || byte == UInt8(ascii: ".") || byte == UInt8(ascii: "e")
                || byte == UInt8(ascii: "E") || byte == UInt8(ascii: "-") || byte == UInt8(ascii: "+")
        }
    }
}
