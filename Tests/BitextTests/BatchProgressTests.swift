import Testing

@testable import Bitext

@Suite struct BatchProgressTests {
    @Test func showsCountsRateAndETA() {
        var progress = BatchProgress(total: 5000)
        for _ in 0..<1250 { progress.documentDone(pairs: 20) }
        #expect(progress.line(elapsed: 10) == "1,250/5,000 documents · 25,000 pairs · 2,500 pairs/s · ETA 0:30")
    }

    @Test func showsFailuresAndNoETAWithoutATotal() {
        var progress = BatchProgress()
        progress.documentDone(pairs: 7)
        progress.documentFailed()
        #expect(progress.line(elapsed: 2) == "2 documents · 7 pairs · 1 failed · 4 pairs/s")
    }

    /// The progress line is drawn on a terminal only, and not on a dumb one (Emacs shells, some CI logs).
    @Test(arguments: [
        (true, ["TERM": "xterm-256color"], true), (true, [:], true), (true, ["TERM": "dumb"], false),
        (false, ["TERM": "xterm"], false), (false, ["TERM": "dumb"], false),
    ])
    func progressNeedsATerminalThatTakesEscapeCodes(isTerminal: Bool, environment: [String: String], draws: Bool) {
        #expect(BatchReporter.takesEscapeCodes(isTerminal: isTerminal, environment: environment) == draws)
    }

    @Test(arguments: [(59.2, "1:00"), (61, "1:01"), (3725, "1:02:05")])
    func formatsDurations(seconds: Double, text: String) {
        #expect(BatchProgress.duration(seconds) == text)
    }

    @Test func reporterDrawsOnlyWhenAskedAndClearsTheLineBeforeAFailure() {
        var written: [String] = []
        let quiet = BatchReporter(total: 2, showsProgress: false) { written.append($0) }
        quiet.documentDone(pairs: 3)
        quiet.finish()
        #expect(written.isEmpty)

        let shown = BatchReporter(total: 2, showsProgress: true) { written.append($0) }
        shown.documentDone(pairs: 3)
        shown.documentFailed(
            BatchDocument(id: "b", source: .file("b.txt"), origin: "m.tsv:2"),
            BatchError(file: "b.txt", message: "no such file or directory"))
        #expect(written.count >= 3)
        #expect(written[0].hasPrefix("\r1/2 documents · 3 pairs"))
        #expect(written[1] == "\r\u{1B}[Kfailed b (m.tsv:2): b.txt: no such file or directory\n")
    }
}
