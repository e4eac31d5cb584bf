import Foundation
import Testing

@testable import Bitext

@Suite struct BatchOutputTests {
    private let folder: String = {
        let path = NSTemporaryDirectory() + "bitext-batch-output-\(UUID().uuidString)"
        try? FileManager.default.createDirectory(atPath: path, withIntermediateDirectories: true)
        return path
    }()

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
