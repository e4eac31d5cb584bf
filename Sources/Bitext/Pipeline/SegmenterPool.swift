/// Segmenters shared by the tasks of a pipeline: each task borrows one for a document and gives it back.
///
/// A `Segmenter` is not thread-safe and costs ICU rule loading to open, so a pipeline keeps one per
/// task running at once rather than one per document.
package typealias SegmenterPool = ObjectPool<Segmenter, ICUError>

extension ObjectPool where Element == Segmenter, Failure == ICUError {
    package convenience init() {
        self.init { () throws(ICUError) in try Segmenter() }
    }

    /// Runs `body` with a segmenter no other task is using.
    package func withSegmenter<Result>(_ body: (Segmenter) throws(ICUError) -> Result) throws(ICUError) -> Result {
        try withElement(body)
    }
}
