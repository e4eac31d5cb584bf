import Foundation

/// The sentences of a document to align, read from an article or from a Chinese and an English file.
///
/// Interim reading until the Reader lands: lines are paragraphs, Chinese when Han characters outnumber
/// Latin letters; paragraphs are split by the Segmenter unless presegmented.
package struct AlignmentInput: Sendable {
    package var document: String
    package var chinese: [Sentence]
    package var english: [Sentence]

    /// Reads a Chinese and an English file.
    package static func read(chinesePath: String, englishPath: String, presegmented: Bool) throws -> AlignmentInput {
        let chinese = try lines(of: chinesePath)
        let english = try lines(of: englishPath)
        let segmenter = try Segmenter()
        let input = AlignmentInput(
            document: name(of: chinesePath),
            chinese: try sentences(chinese, language: .chinese, presegmented: presegmented, segmenter: segmenter),
            english: try sentences(english, language: .english, presegmented: presegmented, segmenter: segmenter))
        if input.chinese.isEmpty { throw AlignmentError(file: chinesePath, reason: .missingLanguage(.chinese)) }
        if input.english.isEmpty { throw AlignmentError(file: englishPath, reason: .missingLanguage(.english)) }
        return input
    }

    /// Reads a bilingual article: its Chinese and English lines.
    package static func read(path: String, presegmented: Bool) throws -> AlignmentInput {
        let all = try lines(of: path)
        var chinese: [(Int, String)] = []
        var english: [(Int, String)] = []
        for (number, line) in all {
            var han = 0
            var latin = 0
            for scalar in line.unicodeScalars {
                if AnchorExtractor.isHan(scalar.value) {
                    han += 1
                } else if scalar.properties.isAlphabetic {
                    latin += 1
                }
            }
            if han > 0 && han * 2 >= latin {
                chinese.append((number, line))
            } else if latin > 0 {
                english.append((number, line))
            }
        }
        let segmenter = try Segmenter()
        let input = AlignmentInput(
            document: name(of: path),
            chinese: try sentences(chinese, language: .chinese, presegmented: presegmented, segmenter: segmenter),
            english: try sentences(english, language: .english, presegmented: presegmented, segmenter: segmenter))
        if input.chinese.isEmpty { throw AlignmentError(file: path, reason: .missingLanguage(.chinese)) }
        if input.english.isEmpty { throw AlignmentError(file: path, reason: .missingLanguage(.english)) }
        return input
    }

    private static func name(of path: String) -> String {
        let file = URL(fileURLWithPath: path).lastPathComponent
        guard let dot = file.lastIndex(of: "."), dot > file.startIndex else { return file }
        return String(file[..<dot])
    }

    /// The non-blank lines of a file with their 0-based numbers.
    private static func lines(of path: String) throws -> [(Int, String)] {
        guard let data = FileManager.default.contents(atPath: path) else {
            throw AlignmentError(file: path, reason: .unreadable("cannot read the file"))
        }
        guard let text = String(data: data, encoding: .utf8) else {
            throw AlignmentError(file: path, reason: .unreadable("not valid UTF-8"))
        }
        return Sentence.lines(of: text).map { ($0.id, $0.text) }
    }

    private static func sentences(
        _ lines: [(Int, String)], language: Language, presegmented: Bool, segmenter: Segmenter
    ) throws -> [Sentence] {
        let passage = Passage(
            language: language,
            paragraphs: lines.map { Paragraph(id: $0.0, text: $0.1, line: $0.0 + 1, offset: 0) })
        var sentences = try segmenter.sentences(of: passage, presegmented: presegmented)
        if presegmented {
            // Presegmented ids are input line numbers.
            for index in sentences.indices { sentences[index].id = lines[index].0 }
        }
        return sentences
    }
}
