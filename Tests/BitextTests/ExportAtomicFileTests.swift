import BitextTestSupport
import Foundation
import Testing

@testable import Bitext

@Suite struct ExportAtomicFileTests {
    @Test func replacesOnSuccessWithoutTemporaryFiles() throws {
        let directory = try TemporaryFolder("export")
        defer { directory.remove() }
        let first = directory.path("a.tsv")
        let second = directory.path("b.tmx")
        try Data("old\n".utf8).write(to: URL(fileURLWithPath: first))
        try AtomicFile.write([(first, Data("new\n".utf8)), (second, Data("tmx\n".utf8))])
        #expect(try String(contentsOfFile: first, encoding: .utf8) == "new\n")
        #expect(try String(contentsOfFile: second, encoding: .utf8) == "tmx\n")
        #expect(try FileManager.default.contentsOfDirectory(atPath: directory.path).sorted() == ["a.tsv", "b.tmx"])
    }

    @Test func failureChangesNothing() throws {
        let directory = try TemporaryFolder("export")
        defer { directory.remove() }
        let existing = directory.path("out.tmx")
        try Data("old\n".utf8).write(to: URL(fileURLWithPath: existing))
        let missing = directory.path("no/such/corpus.en")
        #expect {
            try AtomicFile.write([(existing, Data("new\n".utf8)), (missing, Data("x\n".utf8))])
        } throws: { error in
            (error as? ExportError)?.description
                == "\(missing): cannot write: no directory \(directory.path("no/such"))"
        }
        #expect(try String(contentsOfFile: existing, encoding: .utf8) == "old\n")
        #expect(try FileManager.default.contentsOfDirectory(atPath: directory.path) == ["out.tmx"])
    }
}
