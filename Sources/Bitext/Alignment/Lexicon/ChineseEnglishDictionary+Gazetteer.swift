import Foundation

extension ChineseEnglishDictionary {
    /// The names of the package's gazetteer (countries, cities, leaders, organisations) as
    /// dictionary entries: 俄羅斯 → russia, russian. Empty if the resource cannot be read.
    package static let gazetteer: ChineseEnglishDictionary = {
        guard let url = Bundle.module.url(forResource: "gazetteer", withExtension: "tsv"),
            let text = try? String(contentsOf: url, encoding: .utf8)
        else { return ChineseEnglishDictionary() }
        return ChineseEnglishDictionary(gazetteerText: text)
    }()

    /// Reads gazetteer lines `Traditional<TAB>Simplified<TAB>English|variant…<TAB>kind`.
    package init(gazetteerText text: String) {
        self.init()
        let tokenizer = try? WordTokenizer()
        for line in text.split(separator: "\n") where !line.hasPrefix("#") {
            let fields = line.split(separator: "\t", omittingEmptySubsequences: false)
            guard fields.count >= 3 else { continue }
            let english = fields[2].split(separator: "|").flatMap {
                tokenizer?.words(String($0), dropStopWords: true) ?? []
            }
            add(words: [String(fields[0]), String(fields[1])], stems: english)
        }
        includesNames = true
    }
}
