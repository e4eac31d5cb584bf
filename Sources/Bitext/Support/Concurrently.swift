import Foundation
import Synchronization

/// Runs `body` over `0..<count` cut into chunks, on all cores, and joins its results in order; `body`
/// returns one result an index of its chunk.
package func concurrentChunks<Result: Sendable, Failure: Error>(
    count: Int, _ body: @Sendable (Range<Int>) throws(Failure) -> [Result]
) throws(Failure) -> [Result] {
    let cores = max(1, ProcessInfo.processInfo.activeProcessorCount)
    let chunkSize = max(1, min(512, count / (cores * 8)))
    let chunks = (count + chunkSize - 1) / chunkSize
    let results = Mutex<[[Result]?]>([[Result]?](repeating: nil, count: chunks))
    let failure = Mutex<Failure?>(nil)
    DispatchQueue.concurrentPerform(iterations: chunks) { chunk in
        let range = (chunk * chunkSize)..<min(count, (chunk + 1) * chunkSize)
        let outcome = Swift.Result { () throws(Failure) in try body(range) }
        switch outcome {
        case .success(let part):
            precondition(part.count == range.count, "one result an index")
            results.withLock { $0[chunk] = part }
        case .failure(let error):
            failure.withLock { $0 = $0 ?? error }
        }
    }
    if let error = failure.withLock({ $0 }) { throw error }
    return results.withLock { $0 }.flatMap { $0 ?? [] }
}
