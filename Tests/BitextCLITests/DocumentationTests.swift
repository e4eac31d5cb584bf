import BitextTestSupport
import Foundation
import Testing

/// README.md and docs/ say what the program does: their figures and examples are checked against the
/// program's real output. The figures are read from the docs, never written here, so a change of the
/// aligner that moves a figure fails this test until the docs say the new one.
@Suite struct DocumentationTests {
    private static let root = BitextBinary.root

    // MARK: Quality tables

    /// How each row of a quality table (`| data | strict F1 | lax F1 |…`) is measured: the documents
    /// (gold, then the `bitext align` arguments that give the system's beads) and the extra options.
    private static let rows: [String: (documents: [(gold: String, input: [String])], options: [String])] = {
        let un = ["UN19930101_020", "UN19990209_010"].map { name in
            (
                gold: "fixtures/un-zh-en/\(name).gold",
                input: [
                    "--presegmented", "--zh", "fixtures/un-zh-en/\(name).zh", "--en", "fixtures/un-zh-en/\(name).en",
                ]
            )
        }
        func document(_ name: String) -> [(gold: String, input: [String])] {
            let base = "fixtures/sinorama-hansard-zh-en/\(name)"
            return [(gold: base + ".gold", input: ["--presegmented", "--zh", base + ".zh", "--en", base + ".en"])]
        }
        let seed = [(gold: "fixtures/gold/004_b1f2f82659ca7572.gold", input: ["seeds/004_b1f2f82659ca7572.txt"])]
        return [
            "two UN documents with LDC gold (`fixtures/un-zh-en/`, presegmented), default": (un, []),
            "the same, `--monotonic` (no reordering, no learned word translations)": (un, ["--monotonic"]),
            "the same, `--no-lexicon` (no built-in CC-CEDICT lexicon)": (un, ["--no-lexicon"]),
            "Sinorama 198706005, Taipei 1987, abridged English (`fixtures/sinorama-hansard-zh-en/`), default":
                (document("198706005"), []),
            "Hong Kong Hansard 890621, 21 June 1989 (`fixtures/sinorama-hansard-zh-en/`), default":
                (document("890621"), []),
            "seed 004, hand-checked gold (`fixtures/gold/`), default": (seed, []),
            "seed 004 with `--dictionary fixtures/dictionary/seed004.u8` (CC-CEDICT format)":
                (seed, ["--dictionary", "fixtures/dictionary/seed004.u8"]),
            "seed 004, `--monotonic`": (seed, ["--monotonic"]),
        ]
    }()

    /// Every row of the quality tables in README.md and docs/align.md is what `bitext eval` prints for
    /// `bitext align`'s beads (strict and lax F1, three decimals).
    @Test(arguments: ["README.md", "docs/align.md"])
    func qualityTablesAreTheProgramsFigures(file: String) throws {
        let text = try String(contentsOf: Self.root.appendingPathComponent(file), encoding: .utf8)
        let table = Self.table(in: text, header: "| data | strict F1 | lax F1 |")
        #expect(table.count >= 4, "\(file): no quality table found")
        let folder = try TemporaryFolder("docs")
        defer { folder.remove() }
        for row in table {
            let label = row[0]
            let measure = try #require(Self.rows[label], "\(file): no measurement for the row '\(label)'")
            var evalArguments = ["eval", "--json"]
            for (index, document) in measure.documents.enumerated() {
                let beads = folder.path("\(index).beads")
                let align = try BitextBinary.run(
                    ["align", "--format", "beads", "-o", beads] + measure.options + document.input)
                #expect(align.status == 0, "\(label): \(align.stderr)")
                evalArguments += ["--gold", document.gold, beads]
            }
            let eval = try BitextBinary.run(evalArguments)
            #expect(eval.status == 0, "\(label): \(eval.stderr)")
            let report = try JSONSerialization.jsonObject(with: Data(eval.stdout.utf8)) as? [String: Any]
            let strict = try #require(report?["strictF1"] as? Double)
            let lax = try #require(report?["laxF1"] as? Double)
            #expect(
                [row[1], row[2]] == [String(format: "%.3f", strict), String(format: "%.3f", lax)],
                "\(file): '\(label)' says strict \(row[1]), lax \(row[2]); bitext eval prints \(strict), \(lax)")
        }
    }

    /// The cells of the rows of the Markdown table whose header line starts with `header`.
    static func table(in text: String, header: String) -> [[String]] {
        let lines = text.split(separator: "\n", omittingEmptySubsequences: false).map(String.init)
        guard let start = lines.firstIndex(where: { $0.hasPrefix(header) }) else { return [] }
        return lines[(start + 2)...].prefix { $0.hasPrefix("|") }.map { line in
            line.split(separator: "|", omittingEmptySubsequences: false).dropFirst().dropLast()
                .map { $0.trimmingCharacters(in: .whitespaces) }
        }
    }

    // MARK: Examples

    /// The `$ command` examples of these files, run in order in one scratch folder holding the
    /// repository's seeds/ and fixtures/, print what the docs show (standard output and error together;
    /// a line `…` stands for any number of lines). A block after `<!-- unchecked: why -->` is skipped.
    @Test(arguments: ["docs/export.md", "docs/pairing.md", "docs/reorder.md", "docs/spark.md"])
    func examplesPrintWhatTheDocsShow(file: String) throws {
        let text = try String(contentsOf: Self.root.appendingPathComponent(file), encoding: .utf8)
        let folder = try TemporaryFolder("docs")
        defer { folder.remove() }
        for name in ["seeds", "fixtures"] {
            try FileManager.default.createSymbolicLink(
                at: folder.url.appendingPathComponent(name), withDestinationURL: Self.root.appendingPathComponent(name))
        }
        let examples = Self.examples(in: text)
        #expect(!examples.isEmpty, "\(file): no examples")
        for (command, expected) in examples {
            let shell = Process()
            shell.executableURL = URL(fileURLWithPath: "/bin/sh")
            shell.arguments = ["-c", "exec 2>&1\n" + command]
            shell.currentDirectoryURL = folder.url
            var environment = ProcessInfo.processInfo.environment
            environment["PATH"] = BitextBinary.url.deletingLastPathComponent().path + ":" + (environment["PATH"] ?? "")
            environment["SOURCE_DATE_EPOCH"] = "1795309323"
            shell.environment = environment
            let output = folder.url.appendingPathComponent(".output")
            _ = FileManager.default.createFile(atPath: output.path, contents: nil)
            let handle = try FileHandle(forWritingTo: output)
            shell.standardOutput = handle
            shell.standardError = handle
            try shell.run()
            shell.waitUntilExit()
            try handle.close()
            let printed = try String(contentsOf: output, encoding: .utf8)
                .split(separator: "\n", omittingEmptySubsequences: false).map(String.init)
            #expect(
                Self.matches(printed.last == "" ? Array(printed.dropLast()) : printed, expected),
                "\(file): $ \(command)\nprints:\n\(printed.joined(separator: "\n"))\nthe docs show:\n\(expected.joined(separator: "\n"))"
            )
        }
    }

    /// The examples of a Markdown text: each `$ ` line of a fenced block, and the lines under it.
    static func examples(in text: String) -> [(command: String, output: [String])] {
        var examples: [(command: String, output: [String])] = []
        var inBlock = false
        var skipped = false
        var inExample = false
        var previous = ""
        for line in text.split(separator: "\n", omittingEmptySubsequences: false).map(String.init) {
            if line.hasPrefix("```") {
                if !inBlock { skipped = previous.hasPrefix("<!-- unchecked") }
                inBlock.toggle()
                inExample = false
            } else if inBlock, !skipped {
                if line.hasPrefix("$ ") {
                    examples.append((String(line.dropFirst(2)), []))
                    inExample = true
                } else if inExample {
                    examples[examples.count - 1].output.append(line)
                }
            }
            if !line.isEmpty { previous = line }
        }
        return examples
    }

    /// Whether `printed` is `expected`, where an `expected` line `…` stands for any number of lines.
    static func matches(_ printed: [String], _ expected: [String]) -> Bool {
        guard let first = expected.first else { return printed.isEmpty }
        if first == "…" {
            return (0...printed.count).contains { matches(Array(printed[$0...]), Array(expected.dropFirst())) }
        }
        return printed.first == first && matches(Array(printed.dropFirst()), Array(expected.dropFirst()))
    }

    @Test func theMatcherTakesEllipsesForAnyLines() {
        #expect(Self.matches(["a", "b", "c"], ["a", "…", "c"]))
        #expect(Self.matches(["a", "c"], ["a", "…", "c"]))
        #expect(!Self.matches(["a", "b"], ["a", "…", "c"]))
        #expect(!Self.matches(["a", "b"], ["a"]))
    }
}
