import BitextTestSupport
import Foundation
import Testing

/// Paths the convert tests share.
enum ConvertCLI {
    static func run(_ arguments: [String], input: Data = Data(), directory: URL = BitextBinary.root) throws -> (
        status: Int32, output: String, error: String
    ) {
        let result = try BitextBinary.run(arguments, stdin: input, in: directory)
        return (result.status, result.stdout, result.stderr)
    }

    static func fixture(_ path: String) -> String { BitextBinary.root.appendingPathComponent(path).path }
}

@Suite struct ConvertTests {
    @Test func otherToolsTMXToTSV() throws {
        let result = try ConvertCLI.run(["convert", ConvertCLI.fixture("fixtures/export/other-tools/okapi.tmx"), "-"])
        #expect(result.status == 0)
        #expect(
            result.output == """
                北京2月24日電\tBEIJING, Feb. 24 (Xinhua) -- Chinese President Xi Jinping said on Monday & more.
                連結從這裡開始。\tStart of a link here.
                \tOnly English here.

                """)
        // Its French <tuv> is said to be left out.
        #expect(
            result.error
                == "bitext: \(ConvertCLI.fixture("fixtures/export/other-tools/okapi.tmx")): left out 1 <tuv> element: "
                + "other languages, other variants of Chinese or English\n")
    }

    @Test func jsonlToTMXIsTheGolden() throws {
        let directory = try TemporaryFolder("convert")
        defer { directory.remove() }
        let out = directory.url.appendingPathComponent("sample.tmx")
        let result = try ConvertCLI.run([
            "convert", ConvertCLI.fixture("fixtures/export/golden/sample.jsonl"), out.path,
        ])
        #expect(result.status == 0)
        #expect(result.error == "bitext: \(out.path): left out 2 one-sided pairs (--keep-one-sided keeps them)\n")
        let golden = try String(
            contentsOfFile: ConvertCLI.fixture("fixtures/export/golden/sample.tmx"), encoding: .utf8)
        // The creation date is now (SOURCE_DATE_EPOCH fixes it; the shared runner passes no environment).
        let written = try String(contentsOf: out, encoding: .utf8)
            .replacing(/creationdate="\d{8}T\d{6}Z"/, with: "creationdate=\"20261122T010203Z\"")
        #expect(written == golden)
        #expect(try FileManager.default.contentsOfDirectory(atPath: directory.path) == ["sample.tmx"])
    }

    /// TMX → TMX keeps what it read (tuids, dates, props, notes; no invented confidence): the file
    /// `TMXWriter` writes in `TMXReadingCasesTests`, with nothing left out.
    @Test func tmxToTMXKeepsUnitMetadata() throws {
        let directory = try TemporaryFolder("convert")
        defer { directory.remove() }
        let out = directory.url.appendingPathComponent("kept.tmx")
        let input = ConvertCLI.fixture("fixtures/tmx-read/metadata.tmx")
        let result = try ConvertCLI.run([
            "convert", input, out.path, "--zh-tag", "zh-TW", "--en-tag", "en-US", "--source", "en",
        ])
        #expect(result.status == 0)
        #expect(result.error == "")
        let golden = try String(
            contentsOfFile: ConvertCLI.fixture("fixtures/tmx-read/metadata.expected.tmx"), encoding: .utf8)
        let written = try String(contentsOf: out, encoding: .utf8)
            .replacing(/creationdate="\d{8}T\d{6}Z"\/>/, with: "creationdate=\"20261122T010203Z\"/>")
        #expect(written == golden)
    }

    @Test func sourceDateEpochFixesCreationDate() throws {
        let process = Process()
        process.executableURL = BitextBinary.url
        process.arguments = ["convert", ConvertCLI.fixture("fixtures/export/golden/sample.jsonl"), "--format", "tmx"]
        process.environment = ["SOURCE_DATE_EPOCH": "1795309323"]
        let output = Pipe()
        process.standardOutput = output
        process.standardError = FileHandle.nullDevice
        try process.run()
        let data = output.fileHandleForReading.readDataToEndOfFile()
        process.waitUntilExit()
        #expect(String(decoding: data, as: UTF8.self).contains("creationdate=\"20261122T010203Z\""))
    }

    @Test func standardInputToStandardOutput() throws {
        let input = Data("你好\tHello\n再見\tGoodbye\t0.25\n".utf8)
        let result = try ConvertCLI.run(["convert", "-", "-", "--from", "tsv", "--format", "jsonl"], input: input)
        #expect(result.status == 0)
        #expect(
            result.output == """
                {"confidence":1.0,"crossing":false,"document":"","en":"Hello","en_ids":[0],"en_paragraph":null,"flags":[],"type":"1-1","zh":"你好","zh_ids":[0],"zh_paragraph":null}
                {"confidence":0.25,"crossing":false,"document":"","en":"Goodbye","en_ids":[1],"en_paragraph":null,"flags":[],"type":"1-1","zh":"再見","zh_ids":[1],"zh_paragraph":null}

                """)
    }

    @Test func filtersAreCountedOnStandardError() throws {
        let result = try ConvertCLI.run([
            "convert", ConvertCLI.fixture("fixtures/export/golden/sample.jsonl"), "--format", "beads", "--min-score",
            "0.6",
            "--beads", "1-1,2-1",
        ])
        #expect(result.status == 0)
        #expect(result.output == "[0]:[3]\n[4]:[4]\n")
        #expect(
            result.error == """
                bitext: left out 1 pair below --min-score 0.6
                bitext: left out 2 pairs of bead types other than 1-1,2-1

                """)
    }

    @Test func mosesPrefixAsOut() throws {
        let directory = try TemporaryFolder("convert")
        defer { directory.remove() }
        let input = Data("你好\tHello\n\tOnly English\n".utf8)
        let result = try ConvertCLI.run(
            ["convert", "-", "corpus", "--format", "moses"], input: input, directory: directory.url)
        #expect(result.status == 0)
        #expect(
            result.error == "bitext: corpus.zh, corpus.en: left out 1 one-sided pair (--keep-one-sided keeps them)\n")
        #expect(try String(contentsOf: directory.url.appendingPathComponent("corpus.zh"), encoding: .utf8) == "你好\n")
        #expect(try String(contentsOf: directory.url.appendingPathComponent("corpus.en"), encoding: .utf8) == "Hello\n")
    }

    @Test func mosesAndTMXTogether() throws {
        let directory = try TemporaryFolder("convert")
        defer { directory.remove() }
        let result = try ConvertCLI.run(
            [
                "convert", ConvertCLI.fixture("fixtures/export/other-tools/trados-utf16le.tmx"), "--moses", "corpus",
                "--tmx", "out.tmx", "--zh-tag", "zh-TW", "--source", "en", "-o", "out.tsv", "--header",
            ], directory: directory.url)
        #expect(result.status == 0, "\(result.error)")
        let files = try FileManager.default.contentsOfDirectory(atPath: directory.path).sorted()
        #expect(files == ["corpus.en", "corpus.zh", "out.tmx", "out.tsv"])
        let english = try String(contentsOf: directory.url.appendingPathComponent("corpus.en"), encoding: .utf8)
        #expect(
            english
                == "Xi says bilateral ties show China, Russia good neighbors, true friends\nChina and Russia are good neighbours that cannot be moved away.\n"
        )
        let tsv = try String(contentsOf: directory.url.appendingPathComponent("out.tsv"), encoding: .utf8)
        #expect(tsv.hasPrefix("en\tzh\nXi says"))
        let tmx = try String(contentsOf: directory.url.appendingPathComponent("out.tmx"), encoding: .utf8)
        #expect(tmx.contains("srclang=\"en\""))
        #expect(tmx.contains("<tuv xml:lang=\"zh-TW\"><seg>中俄是搬不走的好鄰居。</seg></tuv>"))
    }

    /// A failing run leaves an existing output as it was and no temporary file behind.
    @Test(
        arguments: [
            (
                ["bad.tsv", "out.tmx"], 65,
                "error: bad.tsv:2: expected 2 or 3 tab-separated columns (zh, en, confidence), found 1\n"
            ),
            (
                ["good.tsv", "out.tmx", "--moses", "missing/corpus"], 73,
                "error: missing/corpus.zh: cannot write: no such folder: missing\n"
            ),
            (["good.tsv", "out.tmx", "--tmx", "."], 73, "error: .: cannot write: it is a directory\n"),
        ] as [([String], Int32, String)])
    func existingOutputSurvivesFailure(arguments: [String], status: Int32, message: String) throws {
        let directory = try TemporaryFolder("convert")
        defer { directory.remove() }
        let old = Data("old contents\n".utf8)
        try old.write(to: directory.url.appendingPathComponent("out.tmx"))
        try Data("你好\tHello\nbroken line\n".utf8).write(to: directory.url.appendingPathComponent("bad.tsv"))
        try Data("你好\tHello\n".utf8).write(to: directory.url.appendingPathComponent("good.tsv"))
        let result = try ConvertCLI.run(["convert"] + arguments, directory: directory.url)
        #expect(result.status == status)
        #expect(result.error == message)
        #expect(try Data(contentsOf: directory.url.appendingPathComponent("out.tmx")) == old)
        let files = try FileManager.default.contentsOfDirectory(atPath: directory.path).sorted()
        #expect(files == ["bad.tsv", "good.tsv", "out.tmx"])
    }

    @Test(arguments: [
        (
            ["in.tsv", "out.txt"],
            "Error: cannot tell the format of 'out.txt' from its extension: add --format tmx|tsv|jsonl|beads|moses"
        ),
        (
            ["in.tsv", "--zh-tag", "zh_TW"],
            "Error: --zh-tag 'zh_TW': not a language tag such as zh-TW or zh-Hant (OmegaT rejects '_' and spaces)"
        ),
        (["in.tsv", "--beads", "one-one"], "Error: --beads 'one-one': expected bead types such as 1-1,2-1"),
        (["in.tsv", "a.tsv", "-o", "b.tsv"], "Error: give the output once: OUT or -o, not both"),
        (["in.tsv", "--format", "moses"], "Error: --format moses needs -o PREFIX (or use --moses PREFIX)"),
        (["in.tsv", "-", "--format", "moses"], "Error: Moses output is two files: give -o PREFIX, not '-'"),
        (["missing.tsv", "-"], "error: missing.tsv: cannot read: no such file"),
        (
            ["in.tsv", "out.beads", "--from", "beads"],
            "Error: The value 'beads' is invalid for '--from <format>': convert reads tmx, tsv or jsonl"
        ),
    ])
    func usageErrors(arguments: [String], message: String) throws {
        let directory = try TemporaryFolder("convert")
        defer { directory.remove() }
        try Data("你好\tHello\n".utf8).write(to: directory.url.appendingPathComponent("in.tsv"))
        let result = try ConvertCLI.run(["convert"] + arguments, directory: directory.url)
        #expect(result.status == (message.hasPrefix("error: ") ? 66 : 64))
        #expect(result.error.split(separator: "\n").first.map(String.init) == message)
    }
}
