import Foundation

/// `transform` of every element, on all cores, in order.
package enum ParallelMap {
    package static func map<T: Sendable>(_ range: Range<Int>, _ transform: @Sendable (Int) -> T) -> [T] {
        let results = Results<T>(count: range.count)
        DispatchQueue.concurrentPerform(iterations: range.count) { index in
            results.set(index, transform(range.lowerBound + index))
        }
        return results.values.compactMap { $0 }
    }

    private final class Results<T>: @unchecked Sendable {
        private let lock = NSLock()
        private(set) var values: [T?]
        init(count: Int) { values = Array(repeating: nil, count: count) }
        func set(_ index: Int, _ value: T) {
            lock.lock()
            values[index] = value
            lock.unlock()
        }
    }
}
