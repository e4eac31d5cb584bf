import BitextTestSupport
import Foundation
import Synchronization
import Testing

@testable import Bitext

@Suite struct BatchPrefetcherTests {
    /// Writes `a.zh`, `a.en` and `m.txt` in `folder`; a manifest there naming them and a missing file.
    static func manifest(in folder: TemporaryFolder) throws -> [Manifest.Entry] {
        try Data("中國同巴西成立了和平之友小組。\n".utf8).write(to: folder.url.appendingPathComponent("a.zh"))
        try Data("China and Brazil set up a group of friends of peace.\n".utf8).write(
            to: folder.url.appendingPathComponent("a.en"))
        try Data("中國同巴西成立了和平之友小組。\nChina and Brazil set up a group.\n".utf8).write(
            to: folder.url.appendingPathComponent("m.txt"))
        let text = "a\ta.zh\ta.en\nm\tm.txt\nlost\tlost.zh\ta.en\nbad line\n"
        return Manifest.entries(text: text, name: folder.path("corpus.tsv"))
    }

    /// Every entry in order, with the bytes of its files; reading what was read ahead gives the document
    /// (or the error) reading from the paths gives.
    @Test func readsAheadWhatTheReaderWouldRead() throws {
        let folder = try TemporaryFolder("prefetch")
        defer { folder.remove() }
        let entries = try Self.manifest(in: folder)
        let items = Array(BatchPrefetcher(entries.makeIterator(), depth: 2))
        #expect(items.count == entries.count)
        #expect(items.map(\.files.count) == [2, 1, 2, 0])
        let pipeline = BatchPipeline(format: .tsv)
        for (item, entry) in zip(items, entries) {
            #expect("\(item.entry)" == "\(entry)")
            guard case .success(let document) = entry else { continue }
            let ahead = Result { try pipeline.read(document, files: item.files) }
            let direct = Result { try pipeline.read(document) }
            switch (ahead, direct) {
            case (.success(let a), .success(let b)): #expect(a == b)
            case (.failure(let a), .failure(let b)): #expect("\(a)" == "\(b)")
            default: Issue.record("\(document.id): read ahead \(ahead), read directly \(direct)")
            }
        }
        #expect(items[2].files[0].path.hasSuffix("lost.zh"))
    }

    /// An iteration given up after one entry, with more read ahead, lets the reading thread go: it reads
    /// no further (and nothing traps freeing the semaphores in use).
    @Test func stopsWhenGivenUp() throws {
        let folder = try TemporaryFolder("prefetch")
        defer { folder.remove() }
        let entries = try Self.manifest(in: folder)
        let pulled = Mutex(0)
        var base = Array(repeating: entries, count: 25).joined().makeIterator()
        let counting = AnyIterator<Manifest.Entry> {
            pulled.withLock { $0 += 1 }
            return base.next()
        }
        var prefetcher: BatchPrefetcher? = BatchPrefetcher(counting, depth: 4)
        #expect(prefetcher?.next() != nil)
        usleep(50_000)
        prefetcher = nil
        // Time for the reading thread to see it (generous: CI machines are loaded).
        usleep(300_000)
        let afterwards = pulled.withLock { $0 }
        usleep(300_000)
        #expect(pulled.withLock { $0 } == afterwards)
        #expect(afterwards < 10)
    }
}
