import Foundation

/// Runs one job per input on all cores and hands the results over in input order.
///
/// At most `window` inputs are in flight at once, counting those done but waiting for an earlier one:
/// memory stays flat however long the input is, and the output is the same whatever the timing.
package struct BatchEngine: Sendable {
    /// The most inputs in flight at once (running, or done and waiting to be handed over).
    package var window: Int

    /// An engine with a window of `window` inputs; eight per core by default (on two cores, 16 in flight
    /// instead of 4 halved a 1M-pair batch's system time: BENCHMARKS.md).
    package init(window: Int? = nil) {
        self.window = max(1, window ?? 8 * ProcessInfo.processInfo.activeProcessorCount)
    }

    /// Runs `work` on each of `inputs` in child tasks and calls `deliver` with the results in input order.
    ///
    /// `inputs` is iterated on a thread of its own (`BlockingReader`), one element at a time while the
    /// window has room: it may block (standard input) while the results of the inputs read so far are
    /// delivered, each as soon as it and every earlier one are done. An error from `deliver` cancels the
    /// jobs in flight and is rethrown.
    package func run<Input: Sendable, Output: Sendable>(
        _ inputs: some Sequence<Input>,
        work: @escaping @Sendable (Input) -> Output,
        deliver: (Output) throws -> Void
    ) async throws {
        let reader = BlockingReader(inputs.makeIterator())
        try await withThrowingTaskGroup(of: EngineEvent<Input, Output>.self) { group in
            var waiting: [Int: Output] = [:]
            var nextToDeliver = 0
            var running = 0
            var submitted = 0
            var reading = false
            var exhausted = false

            while true {
                if !reading, !exhausted, running + waiting.count < window {
                    reading = true
                    group.addTask { .input(await reader.next()) }
                }
                guard let event = try await group.next() else { break }
                switch event {
                case .input(let input?):
                    reading = false
                    let index = submitted
                    group.addTask { .output(index, work(input)) }
                    submitted += 1
                    running += 1
                case .input(nil):
                    reading = false
                    exhausted = true
                case .output(let index, let output):
                    running -= 1
                    waiting[index] = output
                    while let output = waiting.removeValue(forKey: nextToDeliver) {
                        nextToDeliver += 1
                        try deliver(output)
                    }
                }
            }
        }
    }
}

/// What a child task of `BatchEngine.run` came back with: the next input (nil: the end), or a result.
private enum EngineEvent<Input: Sendable, Output: Sendable>: Sendable {
    case input(Input?)
    case output(Int, Output)
}
