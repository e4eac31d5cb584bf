import BitextTestSupport
import Foundation
import Testing

@Suite struct AlignCommandTests {
    /// `bitext align --presegmented … --format beads` on both UN documents, scored by `bitext eval`.
    @Test func alignsAndScoresTheUNDocuments() throws {
        let scratch = try TemporaryFolder("align")
        defer { scratch.remove() }
        var arguments = ["eval", "--json"]
        for name in ["UN19930101_020", "UN19990209_010"] {
            let run = try BitextBinary.run([
                "align", "--presegmented", "--zh", "fixtures/un-zh-en/\(name).zh", "--en",
                "fixtures/un-zh-en/\(name).en",
                "--format", "beads",
            ])
            #expect(run.status == 0)
            let system = scratch.url.appendingPathComponent("\(name).beads")
            try run.stdout.write(to: system, atomically: true, encoding: .utf8)
            arguments += ["--gold", "fixtures/un-zh-en/\(name).gold", system.path]
        }
        let eval = try BitextBinary.run(arguments)
        #expect(eval.status == 0)
        let scores = try JSONDecoder().decode([String: Double].self, from: Data(eval.stdout.utf8))
        #expect(scores["documents"] == 2)
        #expect(try #require(scores["strictF1"]) >= 0.95)
        #expect(try #require(scores["laxF1"]) >= 0.98)
    }

    @Test func writesTSVWithScoresByDefault() throws {
        let run = try BitextBinary.run(["align", "--score", "seeds/004_b1f2f82659ca7572.txt"])
        #expect(run.status == 0)
        let rows = run.stdout.split(separator: "\n").map { $0.split(separator: "\t", omittingEmptySubsequences: false) }
        #expect(rows.allSatisfy { $0.count == 3 && Double($0[2]).map { (0...1).contains($0) } == true })
        #expect(rows.contains { $0[0] == "習近平同俄羅斯總統普京通電話" && $0[1].hasPrefix("Xi says bilateral ties") })
    }

    @Test func writesJSONLines() throws {
        let run = try BitextBinary.run(["align", "--format", "jsonl", "seeds/004_b1f2f82659ca7572.txt"])
        #expect(run.status == 0)
        let first = try #require(run.stdout.split(separator: "\n").first)
        let object = try #require(try JSONSerialization.jsonObject(with: Data(first.utf8)) as? [String: Any])
        #expect(
            Set(object.keys).isSuperset(of: [
                "document", "zh_ids", "en_ids", "zh", "en", "type", "confidence", "flags", "crossing",
            ]))
    }

    @Test(arguments: [
        (["align", "--zh", "fixtures/un-zh-en/UN19930101_020.zh"], 64),
        (["align", "--max-bead-side", "5", "seeds/004_b1f2f82659ca7572.txt"], 64),
        (["align", "no/such/file.txt"], 66),
        (["align", "--min-score", "2", "seeds/004_b1f2f82659ca7572.txt"], 64),
        (["align", "--min-score=-1", "seeds/004_b1f2f82659ca7572.txt"], 64),
        (["align", "--zh", "-", "--en", "-"], 64),
        // Found before the work, not after it.
        (["align", "seeds/004_b1f2f82659ca7572.txt", "-o", "no/such/folder/out.tsv"], 73),
        // A dictionary that is not there, and one that is not CC-CEDICT (fixtures/eval/a.gold).
        (["align", "--dictionary", "no/such.u8", "seeds/004_b1f2f82659ca7572.txt"], 66),
        (["align", "--dictionary", "fixtures/eval/a.gold", "seeds/004_b1f2f82659ca7572.txt"], 65),
    ])
    func rejectsBadInvocations(arguments: [String], status: Int) throws {
        let run = try BitextBinary.run(arguments)
        #expect(Int(run.status) == status)
        #expect(!run.stderr.isEmpty)
    }

    @Test func saysWhichLanguageIsMissing() throws {
        let run = try BitextBinary.run(["align", "-"], stdin: Data("Only English here. Nothing else.\n".utf8))
        #expect(run.status == 65)
        #expect(
            run.stderr
                == "error: <stdin>: no chinese text to align: aligning needs chinese and english text, in one file or two\n"
        )
    }
}

@Suite struct EvalCommandTests {
    @Test func reproducesTheHandScoredCase() throws {
        let run = try BitextBinary.run([
            "eval", "--gold", "fixtures/eval/a.gold", "fixtures/eval/a.beads", "fixtures/eval/b.gold",
            "fixtures/eval/b.beads",
        ])
        #expect(run.status == 0)
        #expect(
            run.stdout == """
                documents: 2
                            strict      lax
                precision    0.429    0.714
                recall       0.500    1.000
                F1           0.462    0.833

                """)
    }

    @Test(arguments: [
        (["eval", "--gold", "fixtures/eval/a.gold"], 64, "'fixtures/eval/a.gold' has no partner"),
        (
            ["eval", "--gold", "fixtures/eval/a.gold", "fixtures/eval/README.md"], 65,
            "error: fixtures/eval/README.md:1: expected a bead"
        ),
        (
            ["eval", "--gold", "fixtures/eval/a.gold", "missing.beads"], 66,
            "error: missing.beads: cannot read the file"
        ),
        (
            ["eval", "--gold", "fixtures/eval/a.gold", "fixtures/eval/latin1.beads"], 65,
            "error: fixtures/eval/latin1.beads: not valid UTF-8"
        ),
        (["eval", "--gold", "-", "-"], 64, "standard input can be read once"),
    ])
    func rejectsBadInput(arguments: [String], status: Int, message: String) throws {
        let run = try BitextBinary.run(arguments)
        #expect(Int(run.status) == status)
        #expect(run.stderr.contains(message))
    }

    /// Files that score but look wrong are scored and named on standard error (they scored 0.000, or
    /// less than they should, without a word).
    @Test(arguments: [
        ("fixtures/eval/a.beads", "", "bitext: fixtures/eval/a.beads: [5]:[5] is there more than once (scored once)\n"),
        ("-", "", "bitext: <stdin>: no beads\n"),
        ("-", "[0]:[0]\n[0]:[1]\n", "bitext: <stdin>: chinese sentence 0 is in two beads\n"),
        (
            "fixtures/un-zh-en/UN19930101_020.gold", "",
            "bitext: fixtures/un-zh-en/UN19930101_020.gold: chinese sentence 548 is past the gold's last (5): "
                + "is fixtures/eval/a.gold the gold of this document?\n"
                + "bitext: fixtures/un-zh-en/UN19930101_020.gold: english sentence 470 is past the gold's last (5): "
                + "is fixtures/eval/a.gold the gold of this document?\n"
        ),
    ])
    func namesWhatLooksWrong(system: String, input: String, notes: String) throws {
        let run = try BitextBinary.run(["eval", "--gold", "fixtures/eval/a.gold", system], stdin: Data(input.utf8))
        #expect(run.status == 0)
        #expect(run.stderr == notes)
    }
}
