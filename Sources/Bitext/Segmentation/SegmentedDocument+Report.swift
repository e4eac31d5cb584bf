import Foundation

extension SegmentedDocument {
    /// A human-readable listing: metadata, then each passage's paragraphs and numbered sentences, then
    /// what was set aside. Paragraph headers are left out when sentence i is line i (presegmented input).
    ///
    /// ```
    /// chinese (traditional): 7 paragraphs, 16 sentences
    ///   paragraph 0, line 2
    ///      0  習近平同俄羅斯總統普京通電話
    /// ```
    package var report: String {
        var out = "document \(document.id)\n"
        for key in document.metadata.keys.sorted() {
            out += "  \(key.padding(toLength: 10, withPad: " ", startingAt: 0)) \(document.metadata[key] ?? "")\n"
        }
        for language in Language.allCases {
            guard let passage = document.passage(language) else { continue }
            let sentences = sentences(language)
            let script = passage.script.map { " (\($0.rawValue))" } ?? ""
            out += "\n\(language.name)\(script): \(count(passage.paragraphs.count, "paragraph")), "
            out += "\(count(sentences.count, "sentence"))\n"
            let width = String(max(sentences.count - 1, 0)).count
            // One sentence a line (presegmented input): paragraph headers would only repeat the ids.
            let oneEach =
                sentences.count == passage.paragraphs.count
                && sentences.allSatisfy { $0.line - $0.id == sentences[0].line - sentences[0].id }
            var paragraph = -1
            for sentence in sentences {
                if sentence.paragraph != paragraph && !oneEach {
                    paragraph = sentence.paragraph
                    out += "  paragraph \(paragraph), line \(sentence.line)\n"
                }
                let id = String(sentence.id)
                let text = sentence.text.isEmpty ? "" : "  \(sentence.text)"
                out += "    \(String(repeating: " ", count: width - id.count))\(id)\(text)\n"
            }
        }
        if !document.setAside.isEmpty {
            out += "\nset aside: \(count(document.setAside.count, "item"))\n"
            for item in document.setAside {
                out += "  line \(item.line)  \(item.kind.label)  \(item.text)\n"
            }
        }
        return out
    }

    private func count(_ number: Int, _ noun: String) -> String {
        "\(number) \(noun)\(number == 1 ? "" : "s")"
    }
}
