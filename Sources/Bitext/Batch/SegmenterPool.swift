import Synchronization

/// Segmenters shared by the tasks of a batch: each task borrows one for a document and gives it back.
///
/// A `Segmenter` is not thread-safe and costs ICU rule loading to open, so a batch keeps one per task
/// running at once rather than one per document.
package final class SegmenterPool: Sendable {
    /// A segmenter in the pool; only ever used by the one task that took it out.
    private final class Entry: @unchecked Sendable {
        let segmenter: Segmenter
        init(_ segmenter: Segmenter) { self.segmenter = segmenter }
    }

    private let idle = Mutex<[Entry]>([])

    package init() {}

    /// Runs `body` with a segmenter no other task is using.
    package func withSegmenter<Result>(_ body: (Segmenter) throws -> Result) throws -> Result {
        let entry = try idle.withLock { $0.popLast() } ?? Entry(Segmenter())
        defer { idle.withLock { $0.append(entry) } }
        return try body(entry.segmenter)
    }
}
