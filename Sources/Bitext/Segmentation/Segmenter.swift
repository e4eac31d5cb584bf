/// Splits passages into sentences with ICU's sentence BreakIterator.
///
/// Chinese uses the `zh_Hant` rules, English `en@ss=standard`, whose suppressions keep
/// abbreviations such as "Feb. 24", "U.S." and "Mr." inside their sentence.
/// Not thread-safe: give each task its own.
public final class Segmenter {
    private let chineseBreaks: BreakIterator
    private let englishBreaks: BreakIterator

    public init() throws {
        chineseBreaks = try BreakIterator(.sentence, locale: "zh_Hant")
        englishBreaks = try BreakIterator(.sentence, locale: "en@ss=standard")
    }

    /// The sentences of `passage`, numbered from 0 in passage order.
    ///
    /// A presegmented passage keeps each paragraph as one sentence.
    public func sentences(of passage: Passage, presegmented: Bool = false) throws -> [Sentence] {
        var sentences: [Sentence] = []
        for paragraph in passage.paragraphs {
            if presegmented {
                sentences.append(
                    Sentence(
                        id: sentences.count, text: paragraph.text, paragraph: paragraph.id, line: paragraph.line,
                        range: paragraph.offset..<(paragraph.offset + paragraph.text.utf8.count)))
                continue
            }
            for piece in try split(paragraph.text, language: passage.language) {
                sentences.append(
                    Sentence(
                        id: sentences.count, text: piece.text, paragraph: paragraph.id, line: paragraph.line,
                        range: (paragraph.offset + piece.range.lowerBound)..<(paragraph.offset + piece.range.upperBound)
                    ))
            }
        }
        return sentences
    }

    /// The sentences of one paragraph's text, trimmed, with their UTF-8 byte ranges in it.
    public func split(_ text: String, language: Language) throws -> [(text: String, range: Range<Int>)] {
        let iterator = language == .chinese ? chineseBreaks : englishBreaks
        let bounds = try iterator.boundaries(in: text).map(\.offset)
        let bytes = Array(text.utf8)
        var result: [(text: String, range: Range<Int>)] = []
        for (start, end) in zip(bounds, bounds.dropFirst()) {
            var lower = start
            var upper = end
            while lower < upper, Self.isSpace(bytes, at: lower) { lower += 1 }
            while upper > lower, Self.isSpace(bytes, before: upper) { upper -= 1 }
            guard lower < upper else { continue }
            result.append((String(decoding: bytes[lower..<upper], as: UTF8.self), lower..<upper))
        }
        return result
    }

    private static func isSpace(_ bytes: [UInt8], at index: Int) -> Bool {
        switch bytes[index] {
        case 0x20, 0x09, 0x0A, 0x0D: true
        case 0xE3 where index + 2 < bytes.count: bytes[index + 1] == 0x80 && bytes[index + 2] == 0x80  // U+3000
        default: false
        }
    }

    private static func isSpace(_ bytes: [UInt8], before index: Int) -> Bool {
        if index >= 3, bytes[index - 3] == 0xE3, bytes[index - 2] == 0x80, bytes[index - 1] == 0x80 { return true }
        return [0x20, 0x09, 0x0A, 0x0D].contains(bytes[index - 1])
    }
}
