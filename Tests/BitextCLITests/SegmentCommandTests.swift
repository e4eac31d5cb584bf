import BitextTestSupport
import Foundation
import Testing

@Suite struct SegmentCommandTests {
    static let seed004 = "seeds/004_b1f2f82659ca7572.txt"

    /// The sentences a listing shows for one passage, as (paragraph, id, text).
    static func sentences(in listing: String, passage: String) -> [(paragraph: Int, id: Int, text: String)] {
        var result: [(paragraph: Int, id: Int, text: String)] = []
        var inPassage = false
        var paragraph = -1
        for line in listing.split(separator: "\n", omittingEmptySubsequences: false) {
            if !line.hasPrefix(" ") {
                inPassage = line.hasPrefix(passage)
                continue
            }
            guard inPassage else { continue }
            let trimmed = line.drop { $0 == " " }
            if trimmed.hasPrefix("paragraph "), let number = Int(trimmed.dropFirst(10).prefix { $0.isNumber }) {
                paragraph = number
            } else if let id = Int(trimmed.prefix { $0.isNumber }) {
                result.append((paragraph, id, String(trimmed.drop { $0.isNumber }.dropFirst(2))))
            }
        }
        return result
    }

    @Test func seed004ShowsTheChineseBodyAfterTheTitleWithTheMetadataSetAside() throws {
        let run = try BitextBinary.run(["segment", Self.seed004])
        #expect(run.status == 0)
        #expect(run.stderr.isEmpty)
        #expect(run.stdout.contains("chinese (traditional): 7 paragraphs, 16 sentences\n"))
        let chinese = Self.sentences(in: run.stdout, passage: "chinese")
        #expect(chinese.first?.text == "習近平同俄羅斯總統普京通電話")
        let body = chinese.filter { $0.paragraph > 0 }
        #expect(body.count == 15)
        #expect(body.map(\.id) == Array(1...15))
        #expect(body.first?.text.hasPrefix("新華社北京2月24日電 2月24日下午,國家主席習近平") == true)
        #expect(!run.stdout.contains("張芃芃新華社"))
        #expect(
            run.stdout.contains(
                "set aside: 2 items\n  line 3  metadata  發佈時間:2025-02-25 09:37:29 | 來源:新華網 | 作者: | 責任編輯:張芃芃\n"))
        #expect(run.stdout.contains("  line 23  end mark  ■\n"))
    }

    @Test func seed004ShowsTheUnrelatedEnglishParagraphOnItsOwn() throws {
        let run = try BitextBinary.run(["segment", Self.seed004])
        let english = Self.sentences(in: run.stdout, passage: "english")
        #expect(english.count == 19)
        #expect(english.filter { $0.paragraph == 0 }.map(\.id) == [0, 1, 2])
        #expect(english.dropFirst(3).first?.paragraph == 1)
        #expect(
            english.dropFirst(3).first?.text == "Xi says bilateral ties show China, Russia good neighbors, true friends"
        )
    }

    @Test func jsonParses() throws {
        let run = try BitextBinary.run(["segment", "seeds/001_2f64ea4ca3c4ec51.txt", "--json"])
        #expect(run.status == 0)
        let json = try #require(try JSONSerialization.jsonObject(with: Data(run.stdout.utf8)) as? [String: Any])
        let english = try #require(json["english"] as? [[String: Any]])
        #expect(english.count == 21)
        #expect(english.first?["id"] as? Int == 0)
        #expect((json["chinese"] as? [Any])?.isEmpty == true)
        let document = try #require(json["document"] as? [String: Any])
        #expect((document["metadata"] as? [String: String])?["date"] == "2025-01-22")
    }

    @Test func jsonParsesWithPython() throws {
        let run = try BitextBinary.run(["segment", Self.seed004, "--json"])
        let python = Process()
        python.executableURL = URL(fileURLWithPath: "/usr/bin/env")
        python.arguments = ["python3", "-c", "import sys, json; d = json.load(sys.stdin); print(len(d['chinese']))"]
        let input = Pipe()
        let output = Pipe()
        python.standardInput = input
        python.standardOutput = output
        guard (try? python.run()) != nil else { return }  // No python3 here: jsonParses() covers the JSON.
        input.fileHandleForWriting.write(Data(run.stdout.utf8))
        try input.fileHandleForWriting.close()
        let printed = String(decoding: output.fileHandleForReading.readDataToEndOfFile(), as: UTF8.self)
        python.waitUntilExit()
        #expect(python.terminationStatus == 0)
        #expect(printed == "16\n")
    }

    @Test func readsStandardInput() throws {
        let text = try Data(contentsOf: BitextBinary.root.appendingPathComponent(Self.seed004))
        let run = try BitextBinary.run(["segment", "-"], stdin: text)
        #expect(run.status == 0)
        #expect(run.stdout.hasPrefix("document stdin\n"))
        #expect(run.stdout.contains("chinese (traditional): 7 paragraphs, 16 sentences\n"))
        let empty = try BitextBinary.run(["segment", "-"])
        #expect(empty.status == 65)
        #expect(empty.stderr == "error: <stdin>: empty file\n")
    }

    @Test func readsTwoPresegmentedFiles() throws {
        let run = try BitextBinary.run([
            "segment", "--presegmented", "--zh", "fixtures/un-zh-en/UN19930101_020.zh", "--en",
            "fixtures/un-zh-en/UN19930101_020.en",
        ])
        #expect(run.status == 0)
        #expect(run.stdout.hasPrefix("document UN19930101_020\n"))
        #expect(run.stdout.contains("chinese (traditional): 549 paragraphs, 549 sentences\n"))
        #expect(run.stdout.contains("english: 471 paragraphs, 471 sentences\n"))
    }

    @Test func helpShowsExamples() throws {
        let run = try BitextBinary.run(["segment", "--help"])
        #expect(run.status == 0)
        #expect(run.stdout.contains("bitext segment seeds/004_b1f2f82659ca7572.txt"))
        #expect(run.stdout.contains("--presegmented"))
    }

    static let badInputs: [(name: String, bytes: [UInt8]?, message: String, status: Int32)] = [
        ("missing.txt", nil, "missing.txt: no such file", 66),
        ("empty.txt", [], "empty.txt: empty file", 65),
        (
            "binary.bin", [0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A, 0x00, 0x00],
            "binary.bin: byte 8: NUL byte: a binary file, not text", 65
        ),
        ("big5.txt", [0xA4, 0xA4, 0xA4, 0xE5, 0x0A], "big5.txt: byte 0: invalid UTF-8", 65),
        ("latin1.txt", Array("Caf".utf8) + [0xE9, 0x0A], "latin1.txt: byte 3: invalid UTF-8", 65),
        ("symbols.txt", Array("———\n".utf8), "symbols.txt: no chinese or english text found", 65),
    ]

    @Test(arguments: badInputs)
    func badInputFailsWithOneLine(name: String, bytes: [UInt8]?, message: String, status: Int32) throws {
        let scratch = try TemporaryFolder("cli")
        defer { scratch.remove() }
        if let bytes { try Data(bytes).write(to: scratch.url.appendingPathComponent(name)) }
        let run = try BitextBinary.run(["segment", name], in: scratch.url)
        #expect(run.status == status)
        #expect(run.stderr == "error: \(message)\n")
        #expect(run.stdout.isEmpty)
    }

    @Test func aDirectoryIsNotAnInput() throws {
        let run = try BitextBinary.run(["segment", "seeds"])
        #expect(run.status == 66)
        #expect(run.stderr == "error: seeds: is a directory, not a file\n")
    }

    @Test func swappedFilesAreCaught() throws {
        let run = try BitextBinary.run([
            "segment", "--zh", "seeds/000_c2b90381b155c869.txt", "--en", "fixtures/un-zh-en/UN19930101_020.zh",
        ])
        #expect(run.status == 65)
        #expect(
            run.stderr
                == "error: seeds/000_c2b90381b155c869.txt: english text given as --zh (are --zh and --en swapped?)\n")
    }

    @Test(arguments: [
        ([String](), "Error: give an article to read: INPUT, or --zh FILE --en FILE"),
        (["--zh", "a.txt"], "Error: --zh needs --en FILE too (or give the file as INPUT)"),
        (["a.txt", "--en", "b.txt"], "Error: give INPUT, or --zh FILE --en FILE, not both"),
    ])
    func usageErrors(arguments: [String], message: String) throws {
        let run = try BitextBinary.run(["segment"] + arguments)
        #expect(run.status == 64)
        #expect(run.stderr.hasPrefix(message + "\n"))
    }
}
