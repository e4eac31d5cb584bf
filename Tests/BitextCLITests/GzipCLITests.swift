import BitextTestSupport
import Foundation
import Testing

/// `.gz` inputs read and outputs written by extension, through the binary.
@Suite struct GzipCLITests {
    static let seed004 = "seeds/004_b1f2f82659ca7572.txt"
    static let un = "fixtures/un-zh-en/UN19930101_020"

    /// Runs `gzip ARGUMENTS` (the system's) with `input` on its standard input; its standard output.
    static func gzip(_ arguments: [String], _ input: Data) throws -> Data { try SystemGzip.run(arguments, input) }

    static func contents(_ path: String) throws -> Data {
        try Data(contentsOf: BitextBinary.root.appendingPathComponent(path))
    }

    /// `path` gzipped by the system's gzip, as one member or as two (`cat a.gz b.gz`).
    static func gzipped(_ path: String, members: Int) throws -> Data {
        let data = try contents(path)
        guard members == 2 else { return try gzip(["-c"], data) }
        let half = data.count / 2
        return try gzip(["-c"], data.prefix(half)) + gzip(["-c"], data.dropFirst(half))
    }

    @Test(arguments: [
        (["align"], 1), (["align"], 2), (["segment"], 1), (["segment"], 2), (["segment", "--json"], 2),
        (["align", "--format", "jsonl"], 2),
    ])
    func articleGzippedReadsAsThePlainFile(command: [String], members: Int) throws {
        let scratch = try TemporaryFolder("gz")
        defer { scratch.remove() }
        // The same file name less `.gz`: the document id comes from it.
        let plain = scratch.url.appendingPathComponent("004.txt")
        try Self.contents(Self.seed004).write(to: plain)
        let compressed = scratch.url.appendingPathComponent("004.txt.gz")
        try Self.gzipped(Self.seed004, members: members).write(to: compressed)
        let expected = try BitextBinary.run(command + [plain.path])
        let run = try BitextBinary.run(command + [compressed.path])
        #expect(expected.status == 0)
        #expect(run.status == 0)
        #expect(run.stdout == expected.stdout.replacingOccurrences(of: plain.path, with: compressed.path))
        #expect(!run.stdout.isEmpty)
    }

    @Test func twoFilesGzippedReadAsThePlainFiles() throws {
        let scratch = try TemporaryFolder("gz")
        defer { scratch.remove() }
        let zh = scratch.url.appendingPathComponent("UN.zh.gz")
        let en = scratch.url.appendingPathComponent("UN.en.gz")
        try Self.gzipped(Self.un + ".zh", members: 2).write(to: zh)
        try Self.gzipped(Self.un + ".en", members: 1).write(to: en)
        let expected = try BitextBinary.run([
            "align", "--presegmented", "--zh", Self.un + ".zh", "--en", Self.un + ".en", "--format", "beads",
        ])
        let run = try BitextBinary.run([
            "align", "--presegmented", "--zh", zh.path, "--en", en.path, "--format", "beads",
        ])
        #expect(run.status == 0)
        #expect(run.stdout == expected.stdout)
        #expect(run.stdout.split(separator: "\n").count > 400)
    }

    @Test(arguments: ["pairs.tsv", "memory.tmx", "pairs.jsonl"])
    func outputsAreGzippedInTheirFormatAndReadBack(name: String) throws {
        let scratch = try TemporaryFolder("gz")
        defer { scratch.remove() }
        let plain = scratch.path(name)
        let compressed = plain + ".gz"
        // TMX's creation date from SOURCE_DATE_EPOCH: the plain and the gzipped file hold the same text.
        let environment = ["SOURCE_DATE_EPOCH": "0"]
        for output in [plain, compressed] {
            let run = try BitextBinary.run(["align", Self.seed004, "-o", output], environment: environment)
            #expect(run.status == 0)
        }
        let written = try Data(contentsOf: URL(fileURLWithPath: compressed))
        #expect(written.starts(with: [0x1F, 0x8B, 0x08, 0x00, 0, 0, 0, 0]))
        let plainBytes = try Data(contentsOf: URL(fileURLWithPath: plain))
        #expect(try Self.gzip(["-dc"], written) == plainBytes)
        // Bitext's own reader: converting the .gz and the plain file gives the same TSV.
        let fromGzip = try BitextBinary.run(["convert", compressed, "-"])
        let fromPlain = try BitextBinary.run(["convert", plain, "-"])
        #expect(fromGzip.status == 0)
        #expect(fromGzip.stdout == fromPlain.stdout)
        #expect(!fromGzip.stdout.isEmpty)
        // A rerun writes the same bytes.
        #expect(try BitextBinary.run(["align", Self.seed004, "-o", compressed], environment: environment).status == 0)
        #expect(try Data(contentsOf: URL(fileURLWithPath: compressed)) == written)
    }

    @Test func convertWritesGzipFromGzip() throws {
        let scratch = try TemporaryFolder("gz")
        defer { scratch.remove() }
        let input = scratch.url.appendingPathComponent("sample.jsonl.gz")
        try Self.gzip(["-c"], Self.contents("fixtures/export/golden/sample.jsonl")).write(to: input)
        let output = scratch.path("sample.tsv.gz")
        #expect(try BitextBinary.run(["convert", input.path, output]).status == 0)
        let plain = try BitextBinary.run(["convert", "fixtures/export/golden/sample.jsonl", "-"])
        #expect(try Self.gzip(["-dc"], Data(contentsOf: URL(fileURLWithPath: output))) == Data(plain.stdout.utf8))
    }

    /// A gzipped seed cut short, a byte changed, or not gzip at all.
    static let damaged: [(name: String, damage: @Sendable (Data) -> Data, message: String)] = [
        ("cut.txt.gz", { $0.prefix($0.count / 2) }, "truncated gzip file: it ends early"),
        (
            "crc.txt.gz",
            { data in
                var data = data
                data[data.count - 6] ^= 0x01
                return data
            }, "corrupt gzip file: incorrect data check"
        ),
        ("plain.txt.gz", { _ in Data("Xi met Putin.\n".utf8) }, "corrupt gzip file: incorrect header check"),
    ]

    @Test(arguments: damaged.indices, [["align"], ["segment"], ["convert"], ["align", "--zh"]])
    func damagedGzipIsBadData(index: Int, command: [String]) throws {
        let scratch = try TemporaryFolder("gz")
        defer { scratch.remove() }
        let (name, damage, message) = Self.damaged[index]
        let file = scratch.url.appendingPathComponent(name)
        try damage(Self.gzipped(Self.seed004, members: 1)).write(to: file)
        var arguments = command + [file.path]
        if command.last == "--zh" { arguments += ["--en", Self.un + ".en"] }
        if command == ["convert"] { arguments.append(scratch.path("out.tsv")) }
        let run = try BitextBinary.run(arguments)
        #expect(run.status == 65)
        let cannot = command == ["convert"] ? "cannot read: " : ""
        #expect(run.stderr == "error: \(file.path): \(cannot)\(message)\n")
        #expect(!FileManager.default.fileExists(atPath: scratch.path("out.tsv")))
    }

    /// `eval` reads bead files through the same reader: a damaged gzipped one is bad data (65), not a
    /// missing file (66).
    @Test(arguments: damaged.indices)
    func damagedGzipBeadFileIsBadData(index: Int) throws {
        let scratch = try TemporaryFolder("gz")
        defer { scratch.remove() }
        let (name, damage, message) = Self.damaged[index]
        let file = scratch.url.appendingPathComponent(name.replacingOccurrences(of: ".txt", with: ".beads"))
        try damage(Self.gzip(["-c"], Data("[0]:[0]\n[1]:[1]\n".utf8))).write(to: file)
        let run = try BitextBinary.run(["eval", "--gold", "fixtures/eval/a.gold", file.path])
        #expect(run.status == 65)
        #expect(run.stderr == "error: \(file.path): cannot read the file (\(message))\n")
    }

    @Test func batchRefusesAGzipOutput() throws {
        let scratch = try TemporaryFolder("gz")
        defer { scratch.remove() }
        let manifest = scratch.url.appendingPathComponent("corpus.tsv")
        let article = scratch.url.appendingPathComponent("004.txt.gz")
        try Self.gzipped(Self.seed004, members: 1).write(to: article)
        try Data("004\t\(article.path)\n".utf8).write(to: manifest)
        let output = scratch.path("corpus.tsv.gz")
        let refused = try BitextBinary.run(["batch", manifest.path, "-o", output])
        #expect(refused.status == 64)
        #expect(refused.stderr.contains("cannot gzip them"))
        // Its documents may be gzipped.
        let plain = scratch.path("corpus.out.tsv")
        let run = try BitextBinary.run(["batch", manifest.path, "-o", plain])
        #expect(run.status == 0)
        let aligned = try BitextBinary.run(["align", Self.seed004])
        #expect(try String(contentsOfFile: plain, encoding: .utf8) == aligned.stdout)
    }

    /// A gzipped manifest is read as the plain one (`batch`, `learn`, `pair`): same output; a damaged one
    /// is named with the reason.
    @Test func aGzippedManifestReadsAsThePlainOne() throws {
        let scratch = try TemporaryFolder("gz")
        defer { scratch.remove() }
        let root = FileManager.default.currentDirectoryPath
        let lines =
            "# two documents\r\n004\t\(root)/\(Self.seed004)\r\nun\t\(root)/\(Self.un).zh\t\(root)/\(Self.un).en"
        let manifest = scratch.url.appendingPathComponent("corpus.tsv")
        try Data(lines.utf8).write(to: manifest)
        let gzipped = scratch.url.appendingPathComponent("corpus.tsv.gz")
        try Self.gzip(["-c"], Data(lines.utf8)).write(to: gzipped)
        var outputs: [String] = []
        for (input, name) in [(manifest, "plain.tsv"), (gzipped, "gz.tsv")] {
            let output = scratch.path(name)
            let run = try BitextBinary.run(["batch", input.path, "-o", output, "--quiet"])
            #expect(run.status == 0, "\(run.stderr)")
            outputs.append(try String(contentsOfFile: output, encoding: .utf8))
        }
        #expect(outputs[0] == outputs[1])
        #expect(outputs[0].split(separator: "\n").count > 400)
        let cut = scratch.url.appendingPathComponent("cut.tsv.gz")
        try Self.gzip(["-c"], Data(lines.utf8)).prefix(20).write(to: cut)
        let damaged = try BitextBinary.run(["batch", cut.path, "-o", scratch.path("x.tsv")])
        #expect(damaged.stderr.contains("\(cut.path): truncated gzip file: it ends early"), "\(damaged.stderr)")
        #expect(damaged.status != 0)
    }

    /// Standard input is decompressed when it starts as gzip does: `gzip -dc` is not needed in a pipe.
    @Test func gzippedStandardInputIsDecompressed() throws {
        let piped = try BitextBinary.run(["align", "-"], stdin: try Self.gzipped(Self.seed004, members: 1))
        let plain = try BitextBinary.run(["align", Self.seed004])
        #expect(piped.status == 0)
        #expect(piped.stdout == plain.stdout)
    }
}
