import BitextTestSupport
import Foundation
import Testing

@testable import Bitext

@Suite final class BatchOutputTests: Sendable {
    /// A scratch folder of the test's own, removed when it ends.
    private let scratch: TemporaryFolder
    private var folder: String { scratch.path }

    init() throws { scratch = try TemporaryFolder("batch-output") }
    deinit { scratch.remove() }

    private func contents(_ path: String) throws -> String {
        String(decoding: try Data(contentsOf: URL(fileURLWithPath: path)), as: UTF8.self)
    }

    @Test func writesThroughAPartialFileAndRecordsEachDocument() throws {
        let path = folder + "/out.tsv"
        let output = try BatchOutput(path: path, format: .tsv, resume: false)
        try output.write(document: "a", bytes: Array("一\tone\n".utf8))
        #expect(FileManager.default.fileExists(atPath: path + ".partial"))
        #expect(!FileManager.default.fileExists(atPath: path))
        try output.write(document: "b", bytes: Array("二\ttwo\n".utf8))
        try output.finish()
        #expect(try contents(path) == "一\tone\n二\ttwo\n")
        #expect(try contents(path + ".done") == "bitext-batch 1 tsv\na\t8\nb\t16\n")
        #expect(!FileManager.default.fileExists(atPath: path + ".partial"))
    }

    /// A kill after a document's bytes but before its state line, with a half state line: both dropped.
    @Test func resumeDropsWhatTheStateFileDoesNotRecord() throws {
        let path = folder + "/out.jsonl"
        try Data("{\"a\":1}\n{\"b\":2}\n{\"c\"".utf8).write(to: URL(fileURLWithPath: path + ".partial"))
        try Data("bitext-batch 1 jsonl\na\t8\nb\t1".utf8).write(to: URL(fileURLWithPath: path + ".done"))
        let output = try BatchOutput(path: path, format: .jsonl, resume: true)
        #expect(output.completed == ["a"])
        try output.write(document: "b", bytes: Array("{\"b\":2}\n".utf8))
        try output.finish()
        #expect(try contents(path) == "{\"a\":1}\n{\"b\":2}\n")
        #expect(try contents(path + ".done") == "bitext-batch 1 jsonl\na\t8\nb\t16\n")
    }

    /// A finished TMX reopens without its closing tags and gets them back at the end.
    @Test func resumesAFinishedTMX() throws {
        let path = folder + "/out.tmx"
        let tmx = OutputDescription(targets: [.init(path: path, format: .tmx)])
        let first = try #require(BatchOutput.open(tmx, resume: false).first)
        try first.write(document: "a", bytes: Array("    <tu/>\n".utf8))
        try first.finish()
        let whole = try contents(path)
        #expect(whole.hasSuffix("    <tu/>\n  </body>\n</tmx>\n"))
        let second = try #require(BatchOutput.open(tmx, resume: true).first)
        #expect(second.completed == ["a"])
        try second.write(document: "b", bytes: Array("    <tu/>\n".utf8))
        try second.finish()
        #expect(try contents(path) == whole.replacingOccurrences(of: "<tu/>\n", with: "<tu/>\n    <tu/>\n"))
    }

    @Test func refusesToResumeAnotherFormat() throws {
        let path = folder + "/out.tsv"
        try Data("bitext-batch 1 jsonl\n".utf8).write(to: URL(fileURLWithPath: path + ".done"))
        #expect(
            throws: BatchError(
                .state, file: path + ".done",
                message: "records a jsonl output, not tsv; run without --resume to start over")
        ) { try BatchOutput(path: path, format: .tsv, resume: true) }
    }

    @Test func refusesToResumeWithoutAStateFile() throws {
        let path = folder + "/out.tsv"
        try Data("x\ty\n".utf8).write(to: URL(fileURLWithPath: path))
        #expect(
            throws: BatchError(
                .state, file: path + ".done",
                message: "not found, so the output cannot be resumed; run without --resume to start over")
        ) { try BatchOutput(path: path, format: .tsv, resume: true) }
    }

    @Test func writesOneBeadFileADocument() throws {
        let path = folder + "/beads"
        let output = try BatchOutput(path: path, format: .beads, resume: false)
        try output.write(document: "a", bytes: Array("[0]:[0]\n".utf8))
        try output.finish()
        #expect(try contents(path + "/a.beads") == "[0]:[0]\n")
        #expect(try BatchOutput(path: path, format: .beads, resume: true).completed == ["a"])
    }
}

/// What a batch output refuses, and what it never does: mix two batches, move a finished output away,
/// change anything before every check passed, write over the manifest or a file it names.
extension BatchOutputTests {
    private func manifest(_ text: String) throws -> Manifest {
        try Data(text.utf8).write(to: URL(fileURLWithPath: folder + "/m.tsv"))
        return try Manifest(path: folder + "/m.tsv")
    }

    private func files() throws -> [String: String] {
        var files: [String: String] = [:]
        for name in try FileManager.default.contentsOfDirectory(atPath: folder) {
            files[name] = try contents(folder + "/" + name)
        }
        return files
    }

    @Test func aSecondBatchOnTheSameOutputIsRefused() throws {
        let path = folder + "/out.tsv"
        let first = try BatchOutput(path: path, format: .tsv, resume: false)
        #expect {
            try BatchOutput(path: path, format: .tsv, resume: false)
        } throws: { error in
            (error as? BatchError)?.kind == .busy
                && (error as? BatchError)?.description
                    == "\(path): another bitext batch is writing this output (it holds \(path).done); wait for it to end, or write to another file"
        }
        try first.write(document: "a", bytes: Array("一\tone\n".utf8))
        try first.finish()
        // Finished, the lock is free again.
        try BatchOutput(path: path, format: .tsv, resume: true).finish()
        #expect(try contents(path) == "一\tone\n")
    }

    @Test(arguments: [
        ("a\t8\nb\t16\na\t16\n", 4, "'a' is recorded twice (first on line 2), so the output holds it twice"),
        ("a\t8\nghost\t16\n", 3, "'ghost' is not in the manifest"),
        ("a\t8\nb\t4\n", 3, "not ID<TAB>OFFSET after the offsets before it"),
    ])
    func aBadStateChangesNothing(state: String, line: Int, message: String) throws {
        let path = folder + "/out.tsv"
        try Data("一\tone\n二\ttwo\n".utf8).write(to: URL(fileURLWithPath: path))
        try Data(("bitext-batch 1 tsv\n" + state).utf8).write(to: URL(fileURLWithPath: path + ".done"))
        let documents = try manifest("a\ta.txt\nb\tb.txt\n")
        let before = try files()
        #expect {
            try BatchOutput(path: path, format: .tsv, resume: true, manifest: documents)
        } throws: { error in
            guard let error = error as? BatchError else { return false }
            return error.kind == .state && error.line == line && error.message.hasPrefix(message)
                && error.message.hasSuffix("run without --resume to start over")
        }
        #expect(try files() == before)
    }

    /// Resuming a finished output copies it into the partial file: the output stays complete meanwhile.
    @Test func resumingAFinishedOutputLeavesItInPlace() throws {
        let path = folder + "/out.tsv"
        let first = try BatchOutput(path: path, format: .tsv, resume: false)
        try first.write(document: "a", bytes: Array("一\tone\n".utf8))
        try first.finish()
        let second = try BatchOutput(path: path, format: .tsv, resume: true, manifest: try manifest("a\tx\nb\ty\n"))
        #expect(try contents(path) == "一\tone\n")
        #expect(try contents(path + ".partial") == "一\tone\n")
        try second.write(document: "b", bytes: Array("二\ttwo\n".utf8))
        #expect(try contents(path) == "一\tone\n")
        try second.finish()
        #expect(try contents(path) == "一\tone\n二\ttwo\n")
        #expect(!FileManager.default.fileExists(atPath: path + ".partial"))
    }

    /// No output file may be the manifest or a file it names; refused before anything is written.
    @Test(arguments: ["m.tsv", "zh.txt", "en.txt"])
    func anInputIsNeverTheOutput(name: String) throws {
        try Data("中文\n".utf8).write(to: URL(fileURLWithPath: folder + "/zh.txt"))
        try Data("English\n".utf8).write(to: URL(fileURLWithPath: folder + "/en.txt"))
        let documents = try manifest("a\tzh.txt\ten.txt\n")
        let before = try files()
        #expect {
            try BatchOutput(path: folder + "/" + name, format: .tsv, resume: false, manifest: documents)
        } throws: { error in
            (error as? BatchError)?.kind == .usage
                && (error as? BatchError)?.message.hasSuffix("write the output to another file") == true
        }
        #expect(try files() == before)
    }

    /// Two targets that are one file (`-o out.tmx --tmx ./out.tmx`) would mix their documents: refused
    /// before either is opened.
    @Test func twoTargetsThatAreOneFileAreRefused() throws {
        let description = OutputDescription(targets: [
            .init(path: folder + "/out.tmx", format: .tmx), .init(path: folder + "/./out.tmx", format: .tmx),
        ])
        #expect { try BatchOutput.open(description, resume: false) } throws: { error in
            (error as? BatchError)?.kind == .usage
                && (error as? BatchError)?.message.hasPrefix("named as two outputs") == true
        }
        #expect(try files().isEmpty)
    }

    /// A FIFO is a stream: written in place, no partial or state file; `--resume` needs a file.
    @Test func aFIFOIsAStream() throws {
        let path = folder + "/fifo"
        try #require(mkfifo(path, 0o644) == 0)
        let reader = Thread {
            // Read to the end by hand: Data(contentsOf:) takes a FIFO's size, 0, and stops.
            let data = FileHandle(forReadingAtPath: path)?.readDataToEndOfFile() ?? Data()
            _ = FileManager.default.createFile(atPath: self.folder + "/received", contents: data)
        }
        reader.start()
        let tmx = OutputDescription(targets: [.init(path: path, format: .tmx)])
        let output = try #require(BatchOutput.open(tmx, resume: false).first)
        try output.write(document: "a", bytes: Array("    <tu/>\n".utf8))
        try output.finish()
        while !FileManager.default.fileExists(atPath: folder + "/received") { usleep(1_000) }
        usleep(10_000)
        #expect(try contents(folder + "/received") == tmx.header(.tmx) + "    <tu/>\n" + tmx.footer(.tmx))
        #expect(try FileManager.default.contentsOfDirectory(atPath: folder).sorted() == ["fifo", "received"])
        #expect(throws: BatchError.self) { try BatchOutput.open(tmx, resume: true) }
    }
}
