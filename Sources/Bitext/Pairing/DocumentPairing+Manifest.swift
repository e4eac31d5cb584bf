import Foundation

extension DocumentPairing {
    /// The pairs as a batch manifest, `ID<TAB>ZH<TAB>EN<TAB>SCORE` a line in the Chinese parts' order, under
    /// a comment line; a part of a mixed file is named by its file (batch takes that language from it).
    ///
    /// An id is the two files' names without extension, joined by `+` (one name when they are the same),
    /// made unique with `-2`, `-3`.
    /// - Parameter absolutePaths: relative paths made absolute (for a manifest written elsewhere).
    package func manifest(chinese: [PairingPart], english: [PairingPart], absolutePaths: Bool = false) -> String {
        func written(_ path: String) -> String {
            guard absolutePaths, !path.hasPrefix("/") else { return path }
            return (FileManager.default.currentDirectoryPath as NSString).appendingPathComponent(path)
        }
        var text = "# id\tzh\ten\tscore (bitext pair)\n"
        var used: Set<String> = []
        for pair in pairs.sorted(by: { $0.chinese < $1.chinese }) {
            let zh = written(chinese[pair.chinese].path)
            let en = written(english[pair.english].path)
            let names = [Self.stem(zh), Self.stem(en)]
            let base = names[0] == names[1] ? names[0] : names.joined(separator: "+")
            var id = base
            var number = 2
            while !used.insert(id).inserted {
                id = "\(base)-\(number)"
                number += 1
            }
            text += "\(id)\t\(zh)\t\(en)\t\(String(format: "%.3f", pair.score))\n"
        }
        return text
    }

    /// The unpaired parts, `zh<TAB>PATH` or `en<TAB>PATH` a line, Chinese first.
    package func unpairedList(chinese: [PairingPart], english: [PairingPart]) -> String {
        var text = ""
        for index in unpairedChinese { text += "zh\t\(chinese[index].path)\n" }
        for index in unpairedEnglish { text += "en\t\(english[index].path)\n" }
        return text
    }

    /// A file's name without folder and extension.
    private static func stem(_ path: String) -> String {
        let name = (path as NSString).lastPathComponent
        let stem = (name as NSString).deletingPathExtension
        return stem.isEmpty ? name : stem
    }
}
