import Foundation
import Testing

@testable import Bitext

@Suite struct ExportAtomicFileTests {
    @Test func replacesOnSuccessWithoutTemporaryFiles() throws {
        let directory = try ExportFixtures.temporaryDirectory()
        defer { try? FileManager.default.removeItem(at: directory) }
        let first = directory.appendingPathComponent("a.tsv").path
        let second = directory.appendingPathComponent("b.tmx").path
        try Data("old\n".utf8).write(to: URL(fileURLWithPath: first))
        try AtomicFile.write([(first, Data("new\n".utf8)), (second, Data("tmx\n".utf8))])
        #expect(try String(contentsOfFile: first, encoding: .utf8) == "new\n")
        #expect(try String(contentsOfFile: second, encoding: .utf8) == "tmx\n")
        #expect(try FileManager.default.contentsOfDirectory(atPath: directory.path).sorted() == ["a.tsv", "b.tmx"])
    }

    @Test func failureChangesNothing() throws {
        let directory = try ExportFixtures.temporaryDirectory()
        defer { try? FileManager.default.removeItem(at: directory) }
        let existing = directory.appendingPathComponent("out.tmx").path
        try Data("old\n".utf8).write(to: URL(fileURLWithPath: existing))
        let missing = directory.appendingPathComponent("no/such/corpus.en").path
        #expect {
            try AtomicFile.write([(existing, Data("new\n".utf8)), (missing, Data("x\n".utf8))])
        } throws: { error in
            (error as? ExportError)?.description
                == "\(missing): cannot write: no directory \(directory.appendingPathComponent("no/such").path)"
        }
        #expect(try String(contentsOfFile: existing, encoding: .utf8) == "old\n")
        #expect(try FileManager.default.contentsOfDirectory(atPath: directory.path) == ["out.tmx"])
    }
}
