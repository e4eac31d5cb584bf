import Foundation

/// What a batch tells the user on standard error: one line a failed document, and, on a terminal,
/// a progress line that updates in place.
package final class BatchReporter {
    package private(set) var progress: BatchProgress
    private let showsProgress: Bool
    private let write: (String) -> Void
    private let clock = ContinuousClock()
    private let start: ContinuousClock.Instant
    private var lastDrawn: ContinuousClock.Instant?
    private var drawn = false

    /// A reporter writing to `write` (standard error by default); `showsProgress` draws the progress line.
    package init(
        total: Int? = nil, showsProgress: Bool, write: @escaping (String) -> Void = BatchReporter.standardError
    ) {
        progress = BatchProgress(total: total)
        self.showsProgress = showsProgress
        self.write = write
        start = clock.now
    }

    /// Whether standard error is a terminal that takes escape codes: the progress line is drawn only
    /// there (not with `TERM=dumb`, as Emacs shells and some CI logs set it).
    package static var standardErrorIsTerminal: Bool {
        takesEscapeCodes(isTerminal: isatty(STDERR_FILENO) == 1, environment: ProcessInfo.processInfo.environment)
    }

    /// Whether a stream that `isTerminal` takes escape codes under `environment`.
    package static func takesEscapeCodes(isTerminal: Bool, environment: [String: String]) -> Bool {
        isTerminal && environment["TERM"] != "dumb"
    }

    /// Writes `text` on standard error; a failure there (a closed or full stream) is ignored, not a trap.
    package static func standardError(_ text: String) {
        try? FileDescriptor.standardError.write(text)
    }

    package var total: Int? {
        get { progress.total }
        set { progress.total = newValue }
    }

    /// What each target's writer did, summed over the documents done.
    package private(set) var totals: [ExportStatistics] = []

    /// Each aligned document's quality, in output order (for `--scores`).
    package private(set) var qualities: [(document: String, quality: DocumentQuality)] = []

    /// Counts a document done: `pairs` written, `leftOut` one-sided pairs TMX left out.
    package func documentDone(pairs: Int, leftOut: Int = 0) {
        progress.documentDone(pairs: pairs, leftOut: leftOut)
        draw(force: false)
    }

    /// Counts document `id` done with what each target's writer did (the first target's pairs count) and
    /// how well its sides correspond.
    package func documentDone(_ statistics: [ExportStatistics], id: String, quality: DocumentQuality?) {
        if let quality { qualities.append((id, quality)) }
        if totals.count < statistics.count {
            totals += Array(repeating: ExportStatistics(), count: statistics.count - totals.count)
        }
        for (index, item) in statistics.enumerated() { totals[index] += item }
        documentDone(pairs: statistics.first?.written ?? 0, leftOut: statistics.first?.oneSidedLeftOut ?? 0)
    }

    /// Reports a document that failed, `failed ID (corpus.tsv:3): zh/3.txt: no such file or directory`,
    /// or an input line that names no document (`corpus.tsv:8: no tab: …`).
    package func documentFailed(_ document: BatchDocument?, _ error: BatchError) {
        progress.documentFailed()
        if let document {
            report("failed \(document.id) (\(document.origin)): \(error.description(after: document.origin))")
        } else {
            report("\(error)")
        }
    }

    /// Draws the final progress line and ends it; writes `notes` (what the output left out or changed,
    /// `BatchPipeline.notes`) and how many documents failed, if any.
    package func finish(notes: [String] = []) {
        if showsProgress {
            draw(force: true)
            write("\n")
            drawn = false
        }
        for note in notes { write(note + "\n") }
        let doubtful = qualities.filter(\.quality.isDoubtful).map(\.document)
        if !doubtful.isEmpty {
            let listed = doubtful.prefix(5).joined(separator: ", ") + (doubtful.count > 5 ? ", …" : "")
            write(
                "\(BatchProgress.grouped(doubtful.count)) of \(BatchProgress.grouped(qualities.count)) documents "
                    + "score under \(DocumentQuality.doubtful) (their two sides may not translate each other): "
                    + listed + "\n")
        }
        if progress.failed > 0 {
            write(
                "\(BatchProgress.grouped(progress.failed)) of \(BatchProgress.grouped(progress.done)) documents failed\n"
            )
        }
    }

    private func report(_ message: String) {
        write((drawn ? "\r\u{1B}[K" : "") + message + "\n")
        drawn = false
        draw(force: true)
    }

    private func draw(force: Bool) {
        guard showsProgress else { return }
        let now = clock.now
        if !force, let lastDrawn, now - lastDrawn < .milliseconds(100) { return }
        lastDrawn = now
        let elapsed = (now - start) / .seconds(1)
        write("\r" + progress.line(elapsed: elapsed) + "\u{1B}[K")
        drawn = true
    }
}
