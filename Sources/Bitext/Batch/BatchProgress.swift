/// Counts of a running batch and the progress line made of them.
///
/// `1,204/5,000 documents · 48,312 pairs · 2,410 pairs/s · ETA 1:35`; without a total (standard input)
/// the line has no ETA. Failed documents are counted in `done` and shown when there are any.
package struct BatchProgress: Sendable {
    /// Documents in the batch, when known.
    package var total: Int?
    package private(set) var done = 0
    package private(set) var failed = 0
    package private(set) var pairs = 0
    /// One-sided pairs TMX left out (not in `pairs`).
    package private(set) var leftOut = 0

    package init(total: Int? = nil) {
        self.total = total
    }

    package mutating func documentDone(pairs: Int, leftOut: Int = 0) {
        done += 1
        self.pairs += pairs
        self.leftOut += leftOut
    }

    package mutating func documentFailed() {
        done += 1
        failed += 1
    }

    /// The progress line after `elapsed` seconds.
    package func line(elapsed: Double) -> String {
        var parts = ["\(Self.grouped(done))\(total.map { "/\(Self.grouped($0))" } ?? "") documents"]
        parts.append("\(Self.grouped(pairs)) pairs")
        if failed > 0 { parts.append("\(Self.grouped(failed)) failed") }
        if elapsed > 0 { parts.append("\(Self.grouped(Int((Double(pairs) / elapsed).rounded()))) pairs/s") }
        if let total, done > 0, elapsed > 0, done < total {
            let remaining = Double(total - done) * elapsed / Double(done)
            parts.append("ETA \(Self.duration(remaining))")
        }
        return parts.joined(separator: " · ")
    }

    /// 1234567 as `1,234,567`.
    static func grouped(_ value: Int) -> String { ExportStatistics.grouped(value) }

    /// Seconds as `m:ss`, or `h:mm:ss` from an hour.
    static func duration(_ seconds: Double) -> String {
        let total = Int(seconds.rounded(.up))
        let (hours, minutes, secs) = (total / 3600, total / 60 % 60, total % 60)
        let padded = { (value: Int) in value < 10 ? "0\(value)" : "\(value)" }
        return hours > 0 ? "\(hours):\(padded(minutes)):\(padded(secs))" : "\(minutes):\(padded(secs))"
    }
}
