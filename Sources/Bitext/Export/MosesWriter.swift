/// Line-aligned plain text, `PREFIX.zh` and `PREFIX.en`, as Moses, sacrebleu and fairseq read it.
///
/// Line i of one file translates line i of the other. Tabs and line breaks inside a text become
/// spaces; one-sided pairs are left out unless `keepOneSided` (then the missing side is an empty line).
public struct MosesWriter: Sendable {
    /// `keepOneSided` is the option Moses files take.
    public var options: ExportOptions

    public init(options: ExportOptions = ExportOptions()) { self.options = options }

    public func write(_ pairs: [AlignedPair]) -> (chinese: String, english: String, statistics: ExportStatistics) {
        var statistics = ExportStatistics()
        var chinese = ""
        var english = ""
        for pair in pairs {
            if pair.isOneSided && !options.keepOneSided || pair.chinese.isEmpty && pair.english.isEmpty {
                statistics.oneSidedLeftOut += 1
                continue
            }
            chinese += TSVFormat.flattened(pair.chinese, &statistics.breaksReplaced) + "\n"
            english += TSVFormat.flattened(pair.english, &statistics.breaksReplaced) + "\n"
            statistics.written += 1
        }
        return (chinese, english, statistics)
    }
}
