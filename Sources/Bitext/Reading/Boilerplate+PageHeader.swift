import Foundation

extension Boilerplate {
    /// Whether `line` (trimmed) is a page header or a page number left in text taken from print:
    /// `1   HONG KONG LEGISLATIVE COUNCIL -- 21 June 1989`, `HONG KONG LEGISLATIVE COUNCIL -- 21 June 1989   1`,
    /// a bare `12`, `- 12 -`.
    ///
    /// A header is a page number and a running title apart by a tab or two spaces or more (as a
    /// layout puts them, never a sentence), the title short, with no sentence end, and its words
    /// before any date in capitals (`LEGISLATIVE COUNCIL`): a numbered list item (`1  The Council met`)
    /// is a sentence and stays.
    static func pageHeader(_ line: Substring) -> Bool {
        let bytes = Array(line.utf8)
        guard !bytes.isEmpty, bytes.count <= 120, let first = bytes.first, let last = bytes.last else { return false }
        if isPageNumber(bytes[...]) { return true }
        guard isDigit(first) || isDigit(last) else { return false }
        // The number and the title, split at the first (or last) gap of two spaces or a tab.
        let gaps = gapRanges(bytes)
        guard let gap = isDigit(first) ? gaps.first : gaps.last else { return false }
        let number = isDigit(first) ? bytes[..<gap.lowerBound] : bytes[gap.upperBound...]
        let title = isDigit(first) ? bytes[gap.upperBound...] : bytes[..<gap.lowerBound]
        guard number.count <= 4, number.allSatisfy(isDigit) else { return false }
        return isRunningTitle(title)
    }

    /// A page number alone: `12`, `- 12 -`, `— 12 —`, up to four digits.
    private static func isPageNumber(_ bytes: ArraySlice<UInt8>) -> Bool {
        let text = String(decoding: bytes, as: UTF8.self)
        let isDash = { (character: Character) in "-–— ".contains(character) }
        let digits = text.drop(while: isDash).reversed().drop(while: isDash)
        guard (1...4).contains(digits.count), digits.allSatisfy({ $0.isASCII && $0.isNumber }) else { return false }
        // Dashes, when there are any, on both sides.
        let leading = text.prefix(while: isDash)
        let trailing = text.reversed().prefix(while: isDash)
        return leading.isEmpty == trailing.isEmpty
    }

    /// A running title: 2 to 12 words, capitals in every word with letters before a dash or a date, then
    /// the dash or a month name (`HONG KONG LEGISLATIVE COUNCIL -- 21 June 1989`), no sentence end. A
    /// numbered heading (`3  ELECTRICITY BILL 1989`) has neither, and stays.
    private static func isRunningTitle(_ bytes: ArraySlice<UInt8>) -> Bool {
        let text = String(decoding: bytes, as: UTF8.self)
        guard let last = text.last, !".!?:;\"”".contains(last) else { return false }
        let words = text.split(whereSeparator: \.isWhitespace)
        guard (2...12).contains(words.count) else { return false }
        var capitals = 0
        var rest = words[...]
        while let word = rest.first {
            if word.allSatisfy({ "-–—,|".contains($0) }) || word.first?.isNumber == true { break }
            rest = rest.dropFirst()
            guard word.contains(where: \.isLetter) else { continue }
            guard word.allSatisfy({ !$0.isLowercase }) else { return false }
            capitals += 1
        }
        let dated = rest.contains { word in
            word.allSatisfy({ "-–—|".contains($0) })
                || months.contains(word.lowercased().trimmingCharacters(in: .punctuationCharacters))
        }
        return capitals >= 2 && dated
    }

    private static let months: Set<String> = [
        "january", "february", "march", "april", "may", "june", "july", "august", "september", "october",
        "november", "december",
    ]

    /// The gaps of `bytes`: runs of two spaces or more, or with a tab.
    private static func gapRanges(_ bytes: [UInt8]) -> [Range<Int>] {
        var gaps: [Range<Int>] = []
        var index = 0
        while index < bytes.count {
            guard bytes[index] == 0x20 || bytes[index] == 0x09 else {
                index += 1
                continue
            }
            var end = index
            while end < bytes.count, bytes[end] == 0x20 || bytes[end] == 0x09 { end += 1 }
            if end - index >= 2 || bytes[index..<end].contains(0x09) { gaps.append(index..<end) }
            index = end
        }
        return gaps
    }

    @inline(__always)
    private static func isDigit(_ byte: UInt8) -> Bool { byte &- 0x30 < 10 }
}
