/// Reading a batch document into a `Document`.
///
/// STAND-IN until the reader is in main: a line with a Han character is Chinese, a line with a Latin
/// letter English, anything else is set aside; a ` date YYYY-MM-DD` first line is metadata.
extension BatchPipeline {
    static func read(_ document: BatchDocument) throws(BatchError) -> Document {
        switch document.source {
        case .files(let chinese, let english):
            let chineseText = try text(of: chinese)
            let englishText = try text(of: english)
            return Document(
                id: document.id, chinese: passage(chineseText, .chinese), english: passage(englishText, .english))
        case .file(let path):
            return mixed(try text(of: path), id: document.id)
        case .texts(let chinese, let english):
            return Document(id: document.id, chinese: passage(chinese, .chinese), english: passage(english, .english))
        case .text(let text):
            return mixed(text, id: document.id)
        }
    }

    private static func text(of path: String) throws(BatchError) -> String {
        let bytes = try Manifest.contents(of: path)
        guard let text = String(validating: bytes, as: UTF8.self) else {
            throw BatchError(file: path, message: "not UTF-8 text")
        }
        return text
    }

    private static func lines(_ text: String) -> [(text: String, line: Int, offset: Int)] {
        var result: [(text: String, line: Int, offset: Int)] = []
        var offset = 0
        for (index, line) in text.split(
            omittingEmptySubsequences: false, whereSeparator: { $0 == "\n" || $0 == "\r\n" }
        ).enumerated() {
            defer { offset += line.utf8.count + 1 }  // a stand-in: CRLF offsets are off by one a line
            let trimmed = line.trimmingCharacters(in: .whitespacesAndNewlines)
            if trimmed.isEmpty || (index == 0 && line.hasPrefix(" date ")) { continue }
            result.append((trimmed, index + 1, offset))
        }
        return result
    }

    private static func passage(_ text: String, _ language: Language) -> Passage {
        Passage(
            language: language,
            paragraphs: lines(text).enumerated().map {
                Paragraph(id: $0, text: $1.text, line: $1.line, offset: $1.offset)
            }
        )
    }

    private static func mixed(_ text: String, id: String) -> Document {
        var chinese: [Paragraph] = []
        var english: [Paragraph] = []
        for line in lines(text) {
            if line.text.unicodeScalars.contains(where: { (0x4E00...0x9FFF).contains($0.value) }) {
                chinese.append(Paragraph(id: chinese.count, text: line.text, line: line.line, offset: line.offset))
            } else if line.text.unicodeScalars.contains(where: { $0.properties.isAlphabetic && $0.isASCII }) {
                english.append(Paragraph(id: english.count, text: line.text, line: line.line, offset: line.offset))
            }
        }
        return Document(
            id: id, chinese: Passage(language: .chinese, paragraphs: chinese),
            english: Passage(language: .english, paragraphs: english))
    }
}
