import Foundation

/// What `align`, `batch` and `convert` write: the targets and their formats, the language tags and
/// layout (`ExportOptions`), and which pairs (`PairFilter`); validated in one place.
///
/// ```swift
/// var output = OutputDescription(targets: [.init(path: "004.tmx", format: .tmx)])
/// output.options.chineseTag = "zh-TW"
/// try output.validate()
/// let notes = try output.write(pairs)
/// ```
public struct OutputDescription: Sendable, Hashable {
    /// One output: a file (`-`: standard output) in one format; for Moses, the prefix of two files.
    public struct Target: Sendable, Hashable {
        public var path: String
        public var format: ExportFormat

        public init(path: String, format: ExportFormat) {
            self.path = path
            self.format = format
        }

        /// The target at `path` in `format`, or in the format its extension names (TSV for `-`).
        public init(path: String, format: ExportFormat?) throws(ExportError) {
            if let format {
                if let named = ExportFormat(path: path), named != format {
                    throw ExportError(
                        file: "",
                        message:
                            "'\(path)' is a .\(named.rawValue) name but --format says \(format.rawValue): "
                            + "drop --format, or name the file for \(format.rawValue)",
                        kind: .invalidOption)
                }
                self.init(path: path, format: format)
            } else if path == "-" {
                self.init(path: path, format: .tsv)
            } else if let detected = ExportFormat(path: path) {
                self.init(path: path, format: detected)
            } else {
                throw ExportError(
                    file: "",
                    message:
                        "cannot tell the format of '\(path)' from its extension: add --format tmx|tsv|jsonl|beads|moses",
                    kind: .invalidOption)
            }
        }

        /// The name messages give it: `standard output`, the path, or Moses's two files.
        public var name: String {
            path == "-" ? "standard output" : format == .moses ? "\(path).zh, \(path).en" : path
        }

        /// The files it writes: the path, or Moses's `PREFIX.zh` and `PREFIX.en`.
        public var files: [String] { format == .moses ? [path + ".zh", path + ".en"] : [path] }
    }

    public var targets: [Target]
    /// Direction, language tags, TSV columns, one-sided pairs, the TMX header's date.
    public var options: ExportOptions
    /// Which pairs are written (`--min-score`, `--beads`).
    public var filter: PairFilter

    public init(targets: [Target] = [], options: ExportOptions = ExportOptions(), filter: PairFilter = PairFilter()) {
        self.targets = targets
        self.options = options
        self.filter = filter
    }

    /// Throws unless the description can be written: language tags of BCP 47's shape (the Chinese one
    /// a Chinese tag), Moses files with a prefix, and at most one target on standard output.
    public func validate() throws(ExportError) {
        try LanguageTag.check(options.chineseTag, option: "--zh-tag", language: .chinese)
        try LanguageTag.check(options.englishTag, option: "--en-tag", language: .english)
        for target in targets where target.format == .moses && target.path == "-" {
            throw ExportError(
                file: "", message: "Moses output is two files: give -o PREFIX, not '-'", kind: .invalidOption)
        }
        if targets.count(where: { $0.path == "-" }) > 1 {
            throw ExportError(file: "", message: "only one output can go to standard output", kind: .invalidOption)
        }
    }

    /// The files of every target for `pairs` after the filter, and what was left out or changed; a file
    /// whose name ends in `.gz` is gzipped.
    public func render(_ pairs: [AlignedPair]) -> (files: [(path: String, contents: Data)], notes: [String]) {
        let filtered = filter.apply(pairs)
        var statistics = ExportStatistics()
        statistics.belowConfidence = filtered.belowConfidence
        statistics.otherBeadType = filtered.otherBeadType
        var notes = filterNotes(statistics)
        var files: [(path: String, contents: Data)] = []
        for target in targets {
            let (outputs, written) = target.format.write(filtered.kept, options: options)
            for (suffix, text) in outputs {
                let path = target.path == "-" ? "-" : target.path + suffix
                let bytes = Array(text.utf8)
                files.append((path, Data(path != "-" && Gzip.isCompressed(path) ? Gzip.compress(bytes) : bytes)))
            }
            notes += writerNotes(written, name: target.name)
        }
        return (files, notes)
    }

    /// Checks, before any work, that every target can be written: none a directory, one of `inputs`
    /// (`-`: standard input) or another target's file (`AtomicFile.check(_:inputs:)`).
    public func check(inputs: [String] = []) throws(ExportError) {
        try AtomicFile.check(targets.flatMap(\.files), inputs: inputs)
    }

    /// Writes every target all or nothing (`AtomicFile`), none of them one of `inputs`; returns the notes
    /// for standard error.
    public func write(_ pairs: [AlignedPair], inputs: [String] = []) throws(ExportError) -> [String] {
        let (files, notes) = render(pairs)
        try AtomicFile.write(files, inputs: inputs)
        return notes
    }

    /// What `statistics` (summed over a batch, or one write) left out or changed, one line each:
    /// the filter's, then the writers' (prefixed with `name` when given).
    public func notes(_ statistics: ExportStatistics, name: String? = nil) -> [String] {
        filterNotes(statistics) + writerNotes(statistics, name: name)
    }

    private func filterNotes(_ statistics: ExportStatistics) -> [String] {
        var notes: [String] = []
        if statistics.belowConfidence > 0, let minimum = filter.minimumConfidence {
            notes.append(
                "left out \(ExportStatistics.counted(statistics.belowConfidence, "pair")) below --min-score \(minimum)")
        }
        if statistics.otherBeadType > 0, let types = filter.beadTypes {
            notes.append(
                "left out \(ExportStatistics.counted(statistics.otherBeadType, "pair")) of bead types other than \(PairFilter.list(types))"
            )
        }
        return notes
    }

    private func writerNotes(_ statistics: ExportStatistics, name: String?) -> [String] {
        let prefix = name.map { "\($0): " } ?? ""
        var notes: [String] = []
        if statistics.oneSidedLeftOut > 0 {
            notes.append(
                prefix
                    + "left out \(ExportStatistics.counted(statistics.oneSidedLeftOut, "one-sided pair")) (--keep-one-sided keeps them)"
            )
        }
        if statistics.illegalCharactersRemoved > 0 {
            notes.append(
                prefix
                    + "removed \(ExportStatistics.counted(statistics.illegalCharactersRemoved, "character")) that XML 1.0 forbids"
            )
        }
        if statistics.breaksReplaced > 0 {
            notes.append(
                prefix
                    + "replaced \(ExportStatistics.counted(statistics.breaksReplaced, "tab or line break")) inside texts by spaces"
            )
        }
        return notes
    }
}
