import BitextTestSupport
import Foundation
import Testing

/// The Python tools a corpus goes on to: a Spark job aligning partitions with one model, and Hugging
/// Face datasets loading the pairs. Each runs a script of `Tests/Python/` with the built binary; skipped,
/// saying why, when the Python package (or Java, for Spark) is missing. `.ci/run` installs them.
@Suite(.serialized) final class PythonInteropTests: Sendable {
    private static let root = BitextBinary.root.path

    /// Whether `python3` imports `module`.
    static func imports(_ module: String) -> Bool {
        (try? run(["python3", "-c", "import \(module)"]).status) == 0
    }

    /// Whether a Java runtime runs (pyspark starts one).
    static let hasJava = (try? run(["java", "-version"]).status) == 0

    /// Runs `arguments` (looked up on PATH, the built `bitext` first) in the repository; output and
    /// errors together.
    static func run(_ arguments: [String]) throws -> (status: Int32, output: String) {
        let folder = try TemporaryFolder("python-run")
        defer { folder.remove() }
        let output = folder.path("output")
        _ = FileManager.default.createFile(atPath: output, contents: nil)
        let handle = try FileHandle(forWritingTo: URL(fileURLWithPath: output))
        let process = Process()
        process.executableURL = URL(fileURLWithPath: "/usr/bin/env")
        process.arguments = arguments
        process.currentDirectoryURL = URL(fileURLWithPath: root)
        var environment = ProcessInfo.processInfo.environment
        environment["PATH"] = BitextBinary.url.deletingLastPathComponent().path + ":" + (environment["PATH"] ?? "")
        process.environment = environment
        process.standardInput = FileHandle(forReadingAtPath: root + "/README.md")
        process.standardOutput = handle
        process.standardError = handle
        try process.run()
        process.waitUntilExit()
        try handle.close()
        return (process.terminationStatus, try String(contentsOfFile: output, encoding: .utf8))
    }

    /// A scratch folder of the test's own, removed when it ends.
    private let scratch: TemporaryFolder
    private var folder: String { scratch.path }

    init() throws { scratch = try TemporaryFolder("python") }
    deinit { scratch.remove() }

    /// A Spark job in local mode aligning one, two and three partitions with `--model` gives, byte for
    /// byte and in order, the pairs of one `bitext batch --jsonl --model` run.
    @Test(
        .enabled(
            if: imports("pyspark") && hasJava,
            "pyspark or Java is missing: pip install pyspark, apt-get install openjdk-17-jre-headless (.ci/run does)"),
        .timeLimit(.minutes(10)))
    func sparkPartitionsGiveOneRunsPairs() throws {
        let model = folder + "/model.bin"
        let learn = try BitextBinary.run(["learn", "--presegmented", "fixtures/batch/presegmented.tsv", "-o", model])
        #expect(learn.status == 0, "\(learn.stderr)")
        let documents = folder + "/docs.jsonl"
        try (LearnCLITests.jsonLines().joined(separator: "\n") + "\n").write(
            toFile: documents, atomically: true, encoding: .utf8)
        let run = try Self.run(
            ["python3", "Tests/Python/spark_partitions.py", BitextBinary.url.path, model, documents, "--presegmented"])
        #expect(run.status == 0, "\(run.output)")
        #expect(run.output.contains("2 partition(s): "), "\(run.output)")
    }

    /// The JSON lines of several runs (`align --format jsonl` on articles and presegmented files, a
    /// `batch --jsonl` stream), concatenated, load with `datasets.load_dataset('json', …)`: every line a
    /// row, the columns those of docs/jsonl.schema.json.
    @Test(
        .enabled(if: imports("datasets"), "datasets is missing: pip install datasets (.ci/run does)"),
        .timeLimit(.minutes(5)))
    func concatenatedRunsLoadWithDatasets() throws {
        let runs = [
            ["align", "--format", "jsonl", "seeds/004_b1f2f82659ca7572.txt"],
            [
                "align", "--format", "jsonl", "--presegmented", "--zh", "fixtures/un-zh-en/UN19990209_010.zh",
                "--en", "fixtures/un-zh-en/UN19990209_010.en",
            ],
            [
                "align", "--format", "jsonl", "--presegmented", "--zh", "fixtures/un-zh-en/UN19930101_020.zh",
                "--en", "fixtures/un-zh-en/UN19930101_020.en",
            ],
        ]
        var pairs = ""
        for arguments in runs {
            let run = try BitextBinary.run(arguments)
            #expect(run.status == 0, "\(arguments): \(run.stderr)")
            pairs += run.stdout
        }
        let stream = try BitextBinary.run(
            ["batch", "--jsonl", "--quiet", "--no-learning", "--presegmented"],
            stdin: Data((try LearnCLITests.jsonLines(["198706005"]).joined(separator: "\n") + "\n").utf8))
        #expect(stream.status == 0, "\(stream.stderr)")
        pairs += stream.stdout
        let path = folder + "/pairs.jsonl"
        try pairs.write(toFile: path, atomically: true, encoding: .utf8)
        let run = try Self.run(["python3", "Tests/Python/datasets_load.py", path, "docs/jsonl.schema.json"])
        #expect(run.status == 0, "\(run.output)")
        let lines = pairs.split(separator: "\n").count
        #expect(run.output.contains(": \(lines) rows of 4 documents"), "\(run.output)")
    }
}
