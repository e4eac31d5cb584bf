import Dispatch
import Synchronization

/// Reads the files of the documents to come on a thread of its own, up to `depth` documents ahead, so
/// that the cores aligning them do not wait for the disk.
///
/// A batch of a million pairs reads some 85,000 small files; read where they are aligned, every read
/// that misses the page cache leaves a core idle. Iterating it yields each entry of `base`, in order,
/// with its files' contents (or why they could not be read: the pipeline reports that as it would have).
final class BatchPrefetcher: Sequence, IteratorProtocol {
    /// An entry and the files it names, read.
    struct Prefetched: Sendable {
        var entry: Manifest.Entry
        var files: [LoadedFile]
    }

    /// What the reading thread and the iteration share.
    private final class Shared: Sendable {
        /// Entries read and not yet taken (nil: the end), and whether the iteration was given up.
        let state = Mutex<(ready: [Prefetched?], stopped: Bool)>(([], false))
        /// Signalled once an entry is read.
        let available = DispatchSemaphore(value: 0)
        /// Free places among the `depth`.
        let room: DispatchSemaphore

        init(depth: Int) {
            // Starts at zero and is signalled up: libdispatch traps when a semaphore is freed below the
            // value it was made with, as `room` is when the iteration stops with documents read ahead.
            room = DispatchSemaphore(value: 0)
            for _ in 0..<depth { room.signal() }
        }
    }

    /// The base iterator, boxed: once handed over, only the reading thread touches it.
    private final class Source: @unchecked Sendable {
        var iterator: AnyIterator<Manifest.Entry>
        init(_ iterator: AnyIterator<Manifest.Entry>) { self.iterator = iterator }
    }

    private let shared: Shared
    private var finished = false

    /// Starts reading the entries of `base` ahead, at most `depth` documents.
    init(_ base: some IteratorProtocol<Manifest.Entry>, depth: Int) {
        let shared = Shared(depth: Swift.max(1, depth))
        let source = Source(AnyIterator(base))
        self.shared = shared
        DispatchQueue(label: "bitext.batch.prefetch").async { Self.produce(source, shared) }
    }

    deinit {
        // An iteration given up early: the reading thread may be waiting for room.
        shared.state.withLock { $0.stopped = true }
        shared.room.signal()
    }

    /// The next entry with its files read, or nil after the last.
    func next() -> Prefetched? {
        guard !finished else { return nil }
        // Waits only when reading falls behind aligning (a cold disk).
        shared.available.wait()
        let item = shared.state.withLock { $0.ready.removeFirst() }
        shared.room.signal()
        if item == nil { finished = true }
        return item
    }

    private static func produce(_ source: Source, _ shared: Shared) {
        while true {
            shared.room.wait()
            if shared.state.withLock({ $0.stopped }) { return }
            let item = source.iterator.next().map { Prefetched(entry: $0, files: files(of: $0)) }
            shared.state.withLock { $0.ready.append(item) }
            shared.available.signal()
            if item == nil { return }
        }
    }

    /// The files `entry` names, read (none for texts, standard input or a bad line).
    private static func files(of entry: Manifest.Entry) -> [LoadedFile] {
        guard case .success(let document) = entry else { return [] }
        return document.source.paths.map { LoadedFile(path: $0) }
    }

}
