import Foundation

extension Sentence {
    /// The lines of presegmented text as sentences, id = 0-based line number; blank lines skipped
    /// (their ids stay unused).
    package static func lines(of text: String) -> [Sentence] {
        var sentences: [Sentence] = []
        var offset = 0
        var number = 0
        for line in text.split(separator: "\n", omittingEmptySubsequences: false) {
            defer {
                offset += line.utf8.count + 1
                number += 1
            }
            let trimmed = line.trimmingCharacters(in: .whitespacesAndNewlines)
            guard !trimmed.isEmpty else { continue }
            sentences.append(
                Sentence(
                    id: number, text: trimmed, paragraph: number, line: number + 1,
                    range: offset..<(offset + line.utf8.count)))
        }
        return sentences
    }
}
