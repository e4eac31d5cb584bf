import Foundation

/// Reads a file (or standard input) a line at a time with getline(3), so memory does not grow with the file.
///
/// A `.gz` file is decompressed whole first and its lines read from memory (a manifest: a line a document).
package final class LineReader: Sequence, IteratorProtocol {
    private let file: UnsafeMutablePointer<FILE>?
    /// The decompressed bytes of a `.gz` file, and where the next line starts in them.
    private var memory: [UInt8] = []
    private var offset = 0
    private var buffer: UnsafeMutablePointer<CChar>?
    private var capacity = 0
    /// The 1-based number of the last line returned.
    package private(set) var number = 0
    /// Why reading stopped before the end (a folder as standard input, an I/O error); nil at the end.
    package private(set) var failure: Errno?

    /// Opens `path`; the error names it and says why.
    package init(path: String) throws(BatchError) {
        if Gzip.isCompressed(path) {
            let bytes = try Manifest.contents(of: path)
            do {
                memory = try Gzip.decompress(bytes)
            } catch {
                throw BatchError(file: path, message: error.description)
            }
            file = nil
            return
        }
        guard let file = fopen(path, "r") else {
            throw BatchError(file: path, message: Errno.current.description)
        }
        self.file = file
    }

    /// Reads standard input.
    package init() throws(BatchError) {
        guard let file = fdopen(STDIN_FILENO, "r") else {
            throw BatchError(file: "stdin", message: Errno.current.description)
        }
        self.file = file
    }

    deinit {
        free(buffer)
        if let file { fclose(file) }
    }

    /// The next line without its line break (LF or CRLF); invalid UTF-8 is repaired.
    package func next() -> (number: Int, text: String)? {
        // Reading on after a failure would fail again, with whatever errno the calling thread has.
        guard failure == nil else { return nil }
        guard let file else { return nextInMemory() }
        let count = getline(&buffer, &capacity, file)
        if count < 0, ferror(file) != 0 { failure = Errno.current }
        guard count >= 0, let buffer else { return nil }
        precondition(count < capacity, "getline(3) wrote past its buffer")
        number += 1
        var length = count
        if length > 0, buffer[length - 1] == 0x0A { length -= 1 }
        if length > 0, buffer[length - 1] == 0x0D { length -= 1 }
        let text = buffer.withMemoryRebound(to: UInt8.self, capacity: length) {
            String(decoding: UnsafeBufferPointer(start: $0, count: length), as: UTF8.self)
        }
        return (number, text)
    }

    /// `next()` over `memory`.
    private func nextInMemory() -> (number: Int, text: String)? {
        guard offset < memory.count else { return nil }
        let end = memory[offset...].firstIndex(of: 0x0A) ?? memory.count
        var last = end
        if last > offset, memory[last - 1] == 0x0D { last -= 1 }
        let text = String(decoding: memory[offset..<last], as: UTF8.self)
        offset = end + 1
        number += 1
        return (number, text)
    }
}
