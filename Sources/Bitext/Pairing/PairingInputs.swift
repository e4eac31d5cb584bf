import Foundation

/// The Chinese and English parts to pair, read from files, folders and manifests.
///
/// A file given as is yields a part a language it holds (a mixed file, two); one given as `--zh` or
/// `--en` only its part in that language. A folder yields its files, recursively, hidden ones left out,
/// in name order; a `.tsv` file is a batch manifest, its pairs' files read as `--zh` and `--en`, its mixed
/// files as they are. A part named twice is read once.
package struct PairingInputs: Sendable {
    package private(set) var chinese: [PairingPart] = []
    package private(set) var english: [PairingPart] = []
    private var seen: Set<String> = []
    private let reader: Reader

    /// The outputs of this run that are already there: found in a folder, an earlier run's manifest or
    /// list of unpaired parts is left out (anything else is read, and the output refused as an input).
    private var skipped: Set<FileStatus.Identity> = []
    /// Every file read.
    package private(set) var paths: [String] = []

    /// Reads `files` (articles, folders, manifests), `chineseFiles` as Chinese and `englishFiles` as English;
    /// a file found in a folder that is one of `outputs` is left out.
    package init(
        files: [String], chinese chineseFiles: [String] = [], english englishFiles: [String] = [],
        outputs: [String] = []
    ) throws(PairingError) {
        reader = Reader(options: ReadOptions())
        for output in outputs {
            if let status = try? FileStatus(path: output), status.kind == .regular { skipped.insert(status.identity) }
        }
        for path in files { try add(path, as: nil) }
        for path in chineseFiles { try add(path, as: .chinese) }
        for path in englishFiles { try add(path, as: .english) }
    }

    private mutating func add(_ path: String, as language: Language?) throws(PairingError) {
        var isDirectory: ObjCBool = false
        if FileManager.default.fileExists(atPath: path, isDirectory: &isDirectory), isDirectory.boolValue {
            for file in Self.files(in: path) {
                if !skipped.isEmpty, let status = try? FileStatus(path: file), skipped.contains(status.identity),
                    Self.isPairOutput(file)
                {
                    continue
                }
                try read(file, as: language)
            }
        } else if language == nil, path.hasSuffix(".tsv") || path.hasSuffix(".tsv.gz") {
            try addManifest(path)
        } else {
            try read(path, as: language)
        }
    }

    private mutating func addManifest(_ path: String) throws(PairingError) {
        let manifest: Manifest
        do {
            manifest = try Manifest(path: path)
        } catch {
            throw .manifest(error)
        }
        for entry in manifest {
            switch entry {
            case .success(let document):
                switch document.source {
                case .files(let chinese, let english):
                    try read(chinese, as: .chinese)
                    try read(english, as: .english)
                case .file(let file): try read(file, as: nil)
                case .texts, .text: break
                }
            case .failure(let error): throw .manifest(error)
            }
        }
    }

    private mutating func read(_ path: String, as language: Language?) throws(PairingError) {
        let wanted = language.map { [$0] } ?? Language.allCases
        let keys = wanted.map { "\($0.rawValue) \(path)" }
        guard keys.contains(where: { !seen.contains($0) }) else { return }
        let document: Document
        paths.append(path)
        do {
            document = try reader.read(path: path)
        } catch {
            throw .read(error)
        }
        if let language, document.passage(language) == nil {
            throw .read(ReadError(file: path, reason: .noText(language)))
        }
        for part in PairingPart.parts(of: document, path: path, only: language)
        where seen.insert("\(part.language.rawValue) \(path)").inserted {
            switch part.language {
            case .chinese: chinese.append(part)
            case .english: english.append(part)
            }
        }
    }

    /// Whether the file at `path` is what `bitext pair` writes: a manifest (its comment line first) or a
    /// list of unpaired parts (`zh<TAB>PATH`, `en<TAB>PATH` lines).
    private static func isPairOutput(_ path: String) -> Bool {
        guard let bytes = try? LoadedFile.contents(of: path), let text = String(validating: bytes, as: UTF8.self)
        else { return false }
        if text.hasPrefix(DocumentPairing.manifestHeader) { return true }
        let lines = text.split(separator: "\n")
        return lines.allSatisfy { $0.hasPrefix("zh\t") || $0.hasPrefix("en\t") }
    }

    /// The regular files under `folder`, recursively, hidden ones left out, in path order.
    private static func files(in folder: String) -> [String] {
        let url = URL(fileURLWithPath: folder)
        guard
            let enumerator = FileManager.default.enumerator(
                at: url, includingPropertiesForKeys: [.isRegularFileKey], options: [.skipsHiddenFiles])
        else { return [] }
        var files: [String] = []
        let prefix = url.path.hasSuffix("/") ? url.path : url.path + "/"
        for case let file as URL in enumerator
        where (try? file.resourceValues(forKeys: [.isRegularFileKey]).isRegularFile) == true {
            let relative =
                file.path.hasPrefix(prefix) ? String(file.path.dropFirst(prefix.count)) : file.lastPathComponent
            files.append((folder as NSString).appendingPathComponent(relative))
        }
        return files.sorted()
    }
}

extension DocumentPairer {
    /// Pairs the parts `inputs` read.
    package func pair(_ inputs: PairingInputs) throws(PairingError) -> DocumentPairing {
        do {
            return try pair(chinese: inputs.chinese, english: inputs.english)
        } catch {
            throw .pipeline(error)
        }
    }
}
