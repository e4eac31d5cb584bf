/// Output written a document at a time, as a batch writes it: a file's header once, each document's
/// bytes (done by the task that aligned it), the footer once.
///
/// JSONL, TSV and beads are the export writers' own output, a document at a time (their files are plain
/// concatenations; a TSV header line comes once, first). TMX units are `TMXWriter`'s too, byte for
/// byte, with `tuid`s unique across documents (`ID-N`); the header has a document type and a creation
/// date only when `options.creationDate` is set (`SOURCE_DATE_EPOCH`), so a resumed batch writes the
/// same bytes.
extension OutputDescription {
    /// What starts a file in `format`: TMX's XML header, TSV's header line with `options.header`.
    package func header(_ format: ExportFormat) -> String {
        switch format {
        case .tmx:
            var statistics = ExportStatistics()
            return TMXWriter(options: options).header(&statistics)
        case .tsv where options.header:
            return TSVFormat(options: options).write([]).text
        default:
            return ""
        }
    }

    /// What ends a file in `format` (TMX's closing tags).
    package func footer(_ format: ExportFormat) -> String {
        format == .tmx ? TMXWriter.footer : ""
    }

    /// The bytes of the pairs of document `id` in `format`, after the filter, and what was left out;
    /// for Moses, the Chinese file's bytes then the English file's.
    package func encode(_ pairs: [AlignedPair], document id: String, format: ExportFormat) -> (
        files: [[UInt8]], statistics: ExportStatistics
    ) {
        let filtered = filter.apply(pairs)
        var statistics = ExportStatistics()
        var files: [[UInt8]]
        if format == .tmx {
            files = [TMXWriter(options: options).units(filtered.kept, document: id, statistics: &statistics)]
        } else {
            var options = options
            options.header = false
            let (outputs, written) = format.write(filtered.kept, options: options)
            files = outputs.map { Array($0.text.utf8) }
            statistics = written
        }
        statistics.belowConfidence = filtered.belowConfidence
        statistics.otherBeadType = filtered.otherBeadType
        return (files, statistics)
    }
}
