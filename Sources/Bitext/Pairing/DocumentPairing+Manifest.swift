import Foundation

extension DocumentPairing {
    /// The comment line a manifest starts with.
    package static let manifestHeader = "# id\tzh\ten\tscore (bitext pair)\n"

    /// The pairs as a batch manifest, `ID<TAB>ZH<TAB>EN<TAB>SCORE` a line in the Chinese parts' order, under
    /// a comment line; a part of a mixed file is named by its file (batch takes that language from it).
    ///
    /// An id is the two files' names without extension, joined by `+` (one name when they are the same),
    /// made unique with `-2`, `-3`.
    /// - Parameter folder: where the manifest goes: relative paths are written relative to it, as batch
    ///   reads them; nil keeps them as given (relative to the current folder).
    /// - Parameter absolutePaths: relative paths made absolute (for a manifest written elsewhere).
    package func manifest(
        chinese: [PairingPart], english: [PairingPart], folder: String? = nil, absolutePaths: Bool = false
    ) -> String {
        func written(_ path: String) -> String {
            guard !path.hasPrefix("/") else { return path }
            if absolutePaths { return Self.absolute(path) }
            guard let folder else { return path }
            return Self.relative(path, from: folder)
        }
        var text = Self.manifestHeader
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

    /// `path` (relative to the current folder) made absolute and standardised.
    static func absolute(_ path: String) -> String {
        let joined =
            path.hasPrefix("/")
            ? path : (FileManager.default.currentDirectoryPath as NSString).appendingPathComponent(path)
        return (joined as NSString).standardizingPath
    }

    /// `path` (relative to the current folder) as a path relative to `folder`: `../a.txt`.
    static func relative(_ path: String, from folder: String) -> String {
        let target = (absolute(path) as NSString).pathComponents
        let base = (absolute(folder.isEmpty ? "." : folder) as NSString).pathComponents
        var common = 0
        while common < min(target.count, base.count) && target[common] == base[common] { common += 1 }
        let up = [String](repeating: "..", count: base.count - common)
        let parts = up + target[common...]
        return parts.isEmpty ? "." : NSString.path(withComponents: parts)
    }
}
