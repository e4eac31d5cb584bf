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
    /// `inputs` is iterated on the calling task, one element ahead of need: it may block (standard input).
    /// An error from `deliver` cancels the jobs in flight and is rethrown.
    package func run<Input: Sendable, Output: Sendable>(
        _ inputs: some Sequence<Input>,
        work: @escaping @Sendable (Input) -> Output,
        deliver: (Output) throws -> Void
    ) async throws {
        try await withThrowingTaskGroup(of: (Int, Output).self) { group in
            var waiting: [Int: Output] = [:]
            var nextToDeliver = 0
            var running = 0
            var submitted = 0

            func receive(_ index: Int, _ output: Output) throws {
                running -= 1
                waiting[index] = output
                while let output = waiting.removeValue(forKey: nextToDeliver) {
                    nextToDeliver += 1
                    try deliver(output)
                }
            }

            for input in inputs {
                while running + waiting.count >= window, let (index, output) = try await group.next() {
                    try receive(index, output)
                }
                let index = submitted
                group.addTask { (index, work(input)) }
                submitted += 1
                running += 1
            }
            while let (index, output) = try await group.next() {
                try receive(index, output)
            }
        }
    }
}
