import Testing

@testable import Bitext

/// The one output description of `align`, `batch` and `convert`: validation, and a batch's writing a
/// document at a time, which must be the whole-file writers' bytes.
@Suite struct OutputDescriptionTests {
    private let pairs = [
        AlignedPair(
            bead: Bead(chinese: [0], english: [0, 1]), chinese: "「甲」<乙>&\u{1}丙", english: "A \"b\"\tc\r\nd\\",
            confidence: 0.75),
        AlignedPair(bead: Bead(chinese: [], english: [2]), chinese: "", english: "Left over.", confidence: 0),
    ]

    /// Re-recorded when the batch took `TMXWriter`'s units: CR is now `&#13;` (as `align --tmx` writes it,
    /// so XML line-end normalisation gives the text back), where it was written raw before.
    @Test func tmxEscapesAndLeavesOutOneSidedPairs() {
        let text = String(decoding: Self.encode(pairs, document: "a&b", format: .tmx), as: UTF8.self)
        #expect(
            text == """
                    <tu tuid="a&amp;b-1">
                      <prop type="x-document">a&amp;b</prop>
                      <prop type="x-bead">[0]:[0, 1]</prop>
                      <prop type="x-confidence">0.75</prop>
                      <tuv xml:lang="zh-Hant"><seg>「甲」&lt;乙&gt;&amp;丙</seg></tuv>
                      <tuv xml:lang="en"><seg>A "b"\tc&#13;\nd\\</seg></tuv>
                    </tu>

                """)
    }

    /// A batch's TMX units are `align --tmx`'s (`TMXWriter.write`) byte for byte, but for their `tuid`s;
    /// `--zh-tag` reaches the units and the header.
    @Test func tmxUnitsAreTheTMXWriters() throws {
        let document = pairs.map { pair in
            var pair = pair
            pair.document = "d"
            return pair
        }
        func body(_ text: String) -> String {
            text.replacing(/tuid="[^"]*"/, with: "tuid=\"\"")
        }
        var export = ExportOptions()
        export.chineseTag = "zh-TW"
        export.keepOneSided = true
        let whole = TMXWriter(options: export).write(document).text
        let start = try #require(whole.range(of: "  <body>\n")).upperBound
        let end = try #require(whole.range(of: "  </body>")).lowerBound
        let batch = String(decoding: Self.encode(pairs, document: "d", format: .tmx, options: export), as: UTF8.self)
        #expect(body(batch) == body(String(whole[start..<end])))
        #expect(batch.contains(#"<tu tuid="d-2">"#))
        #expect(batch.contains(#"<tuv xml:lang="zh-TW">"#))
        #expect(OutputDescription(options: export).header(.tmx).contains(#"srclang="zh-TW""#))
    }

    /// JSONL, TSV and beads are the export writers' bytes, so a batch file reads back with `bitext convert`.
    @Test func otherFormatsAreTheExportWriters() {
        #expect(Self.encode(pairs, document: "d", format: .jsonl) == Array(JSONLFormat().write(pairs).text.utf8))
        #expect(Self.encode(pairs, document: "d", format: .tsv) == Array(TSVFormat().write(pairs).text.utf8))
        #expect(Self.encode(pairs, document: "d", format: .beads) == Array(BeadWriter().write(pairs).text.utf8))
    }

    @Test func errorRecordsAreJSON() {
        let record = JSONLFormat.errorRecord(document: nil, message: "stdin:2: \"x\"\tnot valid")
        #expect(
            String(decoding: record, as: UTF8.self) == #"{"document":null,"error":"stdin:2: \"x\"\tnot valid"}"# + "\n")
    }

    @Test(arguments: [("out.tmx", ExportFormat.tmx), ("a/b.TSV", .tsv), ("x.jsonl", .jsonl), ("beads.d/x", nil)])
    func formatFromTheOutputName(path: String, format: ExportFormat?) {
        #expect(ExportFormat(path: path) == format)
    }

    /// One document's bytes in `format`, as a batch writes them.
    static func encode(
        _ pairs: [AlignedPair], document: String, format: ExportFormat, options: ExportOptions = ExportOptions()
    ) -> [UInt8] {
        OutputDescription(options: options).encode(pairs, document: document, format: format).files[0]
    }

    /// A batch's file, header, documents and footer, is the whole-file writer's output for every
    /// option of the description (filters, direction, tags, score and header columns), when the
    /// documents' pairs carry their document's id; TMX's tuids differ (`ID-N`), nothing else.
    @Test(arguments: [ExportFormat.tmx, .tsv, .jsonl, .beads])
    func aBatchFileIsTheWritersFile(format: ExportFormat) throws {
        var options = ExportOptions()
        options.source = .english
        options.chineseTag = "zh-TW"
        options.englishTag = "en-GB"
        options.score = true
        options.header = true
        options.creationDate = nil
        let description = OutputDescription(
            options: options, filter: PairFilter(minimumConfidence: 0.5, beadTypes: ["1-2", "1-1"]))
        var document =
            pairs + [AlignedPair(bead: Bead(chinese: [1], english: [3]), chinese: "丁", english: "D", confidence: 0.25)]
        for index in document.indices { document[index].document = "d" }
        let batch =
            description.header(format)
            + String(decoding: description.encode(document, document: "d", format: format).files[0], as: UTF8.self)
            + description.footer(format)
        var single = description
        single.targets = [.init(path: "out", format: format)]
        let written = String(decoding: try #require(single.render(document).files.first).contents, as: UTF8.self)
        func withoutIDs(_ text: String) -> String { text.replacing(/tuid="[^"]*"/, with: "tuid=\"\"") }
        #expect(withoutIDs(batch) == withoutIDs(written))
        #expect(!batch.contains("丁"))
        #expect(!batch.contains("Left over."))
    }

    @Test(
        arguments: [
            ("zh-TW", "en", nil), ("zh-Hant", "en-GB", nil), ("yue-HK", "en", nil), ("cmn-Hant-TW", "en-US", nil),
            ("en", "en", "--zh-tag 'en': not a Chinese language tag (zh-Hant, zh-TW, zh-Hans, …)"),
            (
                "zh_TW", "en",
                "--zh-tag 'zh_TW': not a language tag such as zh-TW or zh-Hant (OmegaT rejects '_' and spaces)"
            ),
            ("", "en", "--zh-tag '': not a language tag such as zh-TW or zh-Hant (OmegaT rejects '_' and spaces)"),
            (
                "zh", "e n",
                "--en-tag 'e n': not a language tag such as zh-TW or zh-Hant (OmegaT rejects '_' and spaces)"
            ),
            (
                "zh-", "en",
                "--zh-tag 'zh-': not a language tag such as zh-TW or zh-Hant (OmegaT rejects '_' and spaces)"
            ),
            ("z", "en", "--zh-tag 'z': not a language tag such as zh-TW or zh-Hant (OmegaT rejects '_' and spaces)"),
        ] as [(String, String, String?)])
    func languageTagsAreChecked(chinese: String, english: String, message: String?) {
        var description = OutputDescription()
        description.options.chineseTag = chinese
        description.options.englishTag = english
        do {
            try description.validate()
            #expect(message == nil)
        } catch {
            #expect(error.description == message)
            #expect(error.kind == .invalidOption)
        }
    }

    @Test func mosesNeedsAPrefixAndOneTargetAtMostIsStandardOutput() {
        #expect(throws: ExportError.self) {
            try OutputDescription(targets: [.init(path: "-", format: .moses)]).validate()
        }
        #expect(throws: ExportError.self) {
            try OutputDescription(targets: [.init(path: "-", format: .tsv), .init(path: "-", format: .tmx)]).validate()
        }
        #expect(throws: ExportError.self) { try OutputDescription.Target(path: "out.unknown", format: nil) }
        #expect((try? OutputDescription.Target(path: "-", format: nil))?.format == .tsv)
    }
}
