import Bitext

/// `transform` of every index of `range`, on all cores, in order (the library's `concurrentChunks`, one
/// index a task for the few heavy tasks of tuning and calibration).
package enum ParallelMap {
    package static func map<T: Sendable>(_ range: Range<Int>, _ transform: @Sendable (Int) -> T) -> [T] {
        concurrentChunks(count: range.count) { chunk in chunk.map { transform(range.lowerBound + $0) } }
    }
}
