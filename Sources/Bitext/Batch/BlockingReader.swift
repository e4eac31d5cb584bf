import Dispatch
import Synchronization

/// Hands out the elements of an iterator whose `next()` may block (standard input, a prefetcher) without
/// holding up a task: each is read on a serial queue of its own, one at a time.
final class BlockingReader<Element: Sendable>: @unchecked Sendable {
    /// Touched only on `queue` (hence `@unchecked`), one read at a time.
    private var iterator: AnyIterator<Element>
    private let queue = DispatchQueue(label: "bitext.batch.input")

    init(_ iterator: some IteratorProtocol<Element>) {
        self.iterator = AnyIterator(iterator)
    }

    /// The next element, or nil after the last; nil at once when the task is cancelled (an element read
    /// after that is dropped). Calls do not overlap.
    func next() async -> Element? {
        let pending = Pending()
        return await withTaskCancellationHandler {
            await withCheckedContinuation { continuation in
                guard pending.wait(continuation) else { return }
                queue.async { pending.resume(self.iterator.next()) }
            }
        } onCancel: {
            pending.cancel()
        }
    }

    /// One read's continuation, resumed once: by the read or by a cancellation, whichever comes first.
    private final class Pending: Sendable {
        private let state = Mutex<(continuation: CheckedContinuation<Element?, Never>?, cancelled: Bool)>((nil, false))

        /// Keeps `continuation` for the read; false (and it resumed with nil) when cancelled already.
        func wait(_ continuation: CheckedContinuation<Element?, Never>) -> Bool {
            let cancelled = state.withLock { state in
                if !state.cancelled { state.continuation = continuation }
                return state.cancelled
            }
            if cancelled { continuation.resume(returning: nil) }
            return !cancelled
        }

        func resume(_ element: Element?) {
            state.withLock { state in
                defer { state.continuation = nil }
                return state.continuation
            }?.resume(returning: element)
        }

        func cancel() {
            state.withLock { state in
                state.cancelled = true
                defer { state.continuation = nil }
                return state.continuation
            }?.resume(returning: nil)
        }
    }
}
