/// Splits passages into sentences with ICU's sentence BreakIterator.
///
/// Chinese uses the `zh_Hant` rules, English `en@ss=standard`, whose suppressions keep abbreviations
/// such as "Mr." and "Feb. 24" inside their sentence. On top of ICU, `Segmenter` keeps together what
/// ICU 72 still breaks in news text: titles (`Dr.`, `Gen.`, `Gov.`), initials and dotted acronyms before a
/// name (`Vladimir V. Putin`, `the U.S. President`), `No. 5`, and in Chinese, Latin abbreviations and
/// ASCII ellipses before Han text (`U.S.總統`, `2025年...我們`).
/// Not thread-safe: give each task its own.
public final class Segmenter {
    private let chineseBreaks: BreakIterator
    private let englishBreaks: BreakIterator

    public init() throws(ICUError) {
        chineseBreaks = try BreakIterator(.sentence, locale: "zh_Hant")
        englishBreaks = try BreakIterator(.sentence, locale: "en@ss=standard")
    }

    /// The document's passages split into sentences.
    ///
    /// A presegmented document (read with `ReadOptions.presegmented`) keeps each paragraph as one sentence.
    public func segment(_ document: Document, presegmented: Bool = false) throws(ICUError) -> SegmentedDocument {
        SegmentedDocument(
            document: document,
            chinese: try document.chinese.map { (passage) throws(ICUError) in
                try sentences(of: passage, presegmented: presegmented)
            } ?? [],
            english: try document.english.map { (passage) throws(ICUError) in
                try sentences(of: passage, presegmented: presegmented)
            } ?? [])
    }

    /// The sentences of `passage`, numbered from 0 in passage order.
    ///
    /// A presegmented passage keeps each paragraph as one sentence, empty ones included.
    public func sentences(of passage: Passage, presegmented: Bool = false) throws(ICUError) -> [Sentence] {
        var sentences: [Sentence] = []
        sentences.reserveCapacity(passage.paragraphs.count * (presegmented ? 1 : 3))
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
    public func split(_ text: String, language: Language) throws(ICUError) -> [(text: String, range: Range<Int>)] {
        try split(text, language: language, shortcut: true)
    }

    /// `split`; with `shortcut`, a paragraph that can hold one sentence only is not handed to ICU.
    package func split(_ text: String, language: Language, shortcut: Bool) throws(ICUError) -> [(
        text: String, range: Range<Int>
    )] {
        var text = text
        let boundaries =
            shortcut && text.withUTF8({ Self.isOneSentence($0) })
            ? [(offset: 0, status: Int32(0)), (offset: text.utf8.count, status: Int32(0))]
            : try (language == .chinese ? chineseBreaks : englishBreaks).boundaries(in: text)
        return text.withUTF8 { bytes in
            var result: [(text: String, range: Range<Int>)] = []
            result.reserveCapacity(boundaries.count - 1)
            var start = 0
            for (boundary, _) in boundaries.dropFirst()
            where boundary >= bytes.count || !Self.continues(bytes, at: boundary, language: language) {
                let end = boundary >= bytes.count ? bytes.count : Self.openingStart(bytes, from: start, to: boundary)
                var lower = start
                var upper = end
                start = end
                while lower < upper, let width = Self.spaceWidth(bytes, at: lower) { lower += width }
                while upper > lower, let width = Self.spaceWidth(bytes, before: upper) { upper -= width }
                guard lower < upper else { continue }
                let text = String(decoding: UnsafeBufferPointer(rebasing: bytes[lower..<upper]), as: UTF8.self)
                result.append((text, lower..<upper))
            }
            return result
        }
    }

    /// Where the next sentence really starts when ICU's boundary at `end` follows opening brackets or
    /// quotes: `他走了。“我們走。”` breaks before `“`, not after it. An ASCII `"` counts as opening when the
    /// sentence's `"` would otherwise be unbalanced.
    static func openingStart(_ bytes: UnsafeBufferPointer<UInt8>, from start: Int, to end: Int) -> Int {
        var position = end
        while position > start {
            var lead = position - 1
            while lead > start, bytes[lead] & 0xC0 == 0x80 { lead -= 1 }
            let scalar = scalar(in: bytes, from: lead, to: position)
            if scalar == "\"" {
                let quotes = bytes[start..<position].count { $0 == UInt8(ascii: "\"") }
                guard quotes % 2 == 1 else { break }
            } else if let scalar, scalar.value >= 0x80 || scalar == "(" || scalar == "[" {
                let category = scalar.properties.generalCategory
                guard category == .openPunctuation || category == .initialPunctuation else { break }
            } else {
                break
            }
            position = lead
        }
        // Keep the sentence before non-empty.
        return bytes[start..<position].contains { $0 > 0x20 } ? position : end
    }

    /// The byte length of the space (ASCII, U+00A0 or U+3000) starting at `index`, if one does.
    private static func spaceWidth(_ bytes: UnsafeBufferPointer<UInt8>, at index: Int) -> Int? {
        switch bytes[index] {
        case 0x20, 0x09, 0x0A, 0x0D: 1
        case 0xC2 where index + 1 < bytes.count && bytes[index + 1] == 0xA0: 2
        case 0xE3 where index + 2 < bytes.count && bytes[index + 1] == 0x80 && bytes[index + 2] == 0x80: 3
        default: nil
        }
    }

    /// The byte length of the space ending at `index`, if one does.
    private static func spaceWidth(_ bytes: UnsafeBufferPointer<UInt8>, before index: Int) -> Int? {
        switch bytes[index - 1] {
        case 0x20, 0x09, 0x0A, 0x0D: 1
        case 0xA0 where index >= 2 && bytes[index - 2] == 0xC2: 2
        case 0x80 where index >= 3 && bytes[index - 3] == 0xE3 && bytes[index - 2] == 0x80: 3
        default: nil
        }
    }

    /// The scalar encoded in `bytes[start..<end]`.
    private static func scalar(in bytes: UnsafeBufferPointer<UInt8>, from start: Int, to end: Int) -> Unicode.Scalar? {
        var iterator = UnsafeBufferPointer(rebasing: bytes[start..<end]).makeIterator()
        var decoder = Unicode.UTF8()
        guard case .scalarValue(let scalar) = decoder.decode(&iterator) else { return nil }
        return scalar
    }
}
