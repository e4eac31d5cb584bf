extension Segmenter {
    /// Titles before a name: `Dr. Li`, `Gen. He Weidong`. The sentence goes on after them when the next
    /// word is capitalized or a number.
    static let titles: Set<String> = [
        "Mr", "Mrs", "Ms", "Messrs", "Mme", "Dr", "Prof", "Gen", "Lt", "Col", "Maj", "Capt", "Cmdr", "Adm", "Sgt",
        "Cpl", "Gov", "Sen", "Rep", "Rev", "Hon", "Pres", "Amb", "Supt", "Insp", "Atty", "Fr",
    ]

    /// Abbreviations before a number: `Feb. 24`, `No. 5`, `Art. 3`.
    static let beforeNumbers: Set<String> = [
        "Jan", "Feb", "Mar", "Apr", "Jun", "Jul", "Aug", "Sep", "Sept", "Oct", "Nov", "Dec", "No", "Nos", "Art",
        "Arts", "Fig", "Figs", "Vol", "Vols", "Ch", "Sec", "Para", "para", "p", "pp", "Ps",
    ]

    /// Abbreviations that can also end a sentence (`Main St.`): kept with the next word only when it does
    /// not usually start a sentence.
    static let placeWords: Set<String> = ["St", "Mt", "Ft", "Ave", "Blvd", "Rd"]

    /// Capitalized words that usually start a sentence, so after `U.S.` or `St.` they start a new one.
    static let sentenceStarters: Set<String> = [
        "A", "After", "All", "Also", "Although", "An", "And", "As", "At", "Before", "Both", "But", "By", "During",
        "Each", "For", "From", "He", "Her", "His", "However", "I", "If", "In", "It", "Its", "Many", "Meanwhile",
        "Most", "My", "No", "Now", "On", "One", "Or", "Our", "She", "Since", "So", "Some", "Such", "That", "The",
        "Their", "Then", "There", "These", "They", "This", "Those", "Though", "To", "Under", "We", "What", "When",
        "Where", "Which", "While", "Who", "Why", "With", "Yet", "You",
    ]

    /// What follows `a.m.` and `p.m.` inside a sentence: `10 a.m. Beijing time`, `3 p.m. Monday`, `9 a.m. GMT`.
    static let afterClockTimes: Set<String> = [
        "Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday", "GMT", "UTC", "EST", "EDT",
        "CST", "PST", "PDT", "CET", "BST", "ET", "JST",
    ]

    /// Whether the sentence goes on across ICU's boundary at `boundary`: a boundary after an abbreviation
    /// that ICU's suppressions miss, or after an ASCII ellipsis inside Chinese text.
    static func continues(_ bytes: UnsafeBufferPointer<UInt8>, at boundary: Int, language: Language) -> Bool {
        var end = boundary
        while end > 0, bytes[end - 1] == 0x20 || bytes[end - 1] == 0x09 { end -= 1 }
        guard end > 0, bytes[end - 1] == UInt8(ascii: "."), boundary < bytes.count else { return false }
        let spaced = end < boundary
        let next = bytes[boundary]
        if language == .chinese, !spaced, end >= 2, bytes[end - 2] == UInt8(ascii: "."), next >= 0x80 {
            return true  // 2025年...我們: an ASCII ellipsis, as "……".
        }
        // The word before the period: ASCII letters and periods, after a space, bracket, quote or non-ASCII.
        var start = end - 1
        while start > 0, isLetter(bytes[start - 1]) || bytes[start - 1] == UInt8(ascii: ".") { start -= 1 }
        guard start < end - 1, isLetter(bytes[start]) else { return false }
        if start > 0, bytes[start - 1] < 0x80, !" \t(\"'[-/".utf8.contains(bytes[start - 1]) { return false }
        let word = String(decoding: UnsafeBufferPointer(rebasing: bytes[start..<(end - 1)]), as: UTF8.self)
        let nextWord = String(
            decoding: UnsafeBufferPointer(rebasing: bytes[boundary...].prefix(while: isLetter)), as: UTF8.self)
        let isUpper = (0x41...0x5A).contains(next)
        let isDigit = (0x30...0x39).contains(next)
        if titles.contains(word) { return spaced && (isUpper || isDigit) }
        if beforeNumbers.contains(word) { return spaced && isDigit }
        if placeWords.contains(word) { return spaced && isUpper && !sentenceStarters.contains(nextWord) }
        if word == "a.m" || word == "p.m" {
            guard spaced, isUpper else { return false }
            let afterNext = bytes[(boundary + nextWord.utf8.count)...].drop { $0 == 0x20 }.prefix(while: isLetter)
            return afterClockTimes.contains(nextWord) || afterNext.elementsEqual("time".utf8)
        }
        // Initials and dotted acronyms: V., U.S., D.C. (single capitals between periods).
        let parts = word.split(separator: ".", omittingEmptySubsequences: false)
        guard parts.allSatisfy({ $0.count == 1 && $0.utf8.allSatisfy { (0x41...0x5A).contains($0) } }) else {
            return false
        }
        if language == .chinese, !spaced, next >= 0x80 { return true }  // U.S.總統
        return spaced && isUpper && !sentenceStarters.contains(nextWord)
    }

    private static func isLetter(_ byte: UInt8) -> Bool {
        (0x41...0x5A).contains(byte) || (0x61...0x7A).contains(byte)
    }
}
