internal import CZlib

/// Gzip files in memory, through the system's zlib: the one place that calls it.
///
/// A path ending in `.gz` is read decompressed and written compressed. What is written is the same
/// bytes on every run: the header has no file name and a modification time of 0.
package enum Gzip {
    /// Why bytes are not gzip data that decompresses.
    package enum Failure: Error, Hashable, Sendable, CustomStringConvertible {
        /// The data ends inside a gzip member (a cut download, an empty file).
        case truncated
        /// Not gzip data, or damaged; zlib's reason (`incorrect header check`, `incorrect data check`).
        case corrupt(String)

        package var description: String {
            switch self {
            case .truncated: "truncated gzip file: it ends early"
            case .corrupt(let why): "corrupt gzip file: \(why)"
            }
        }
    }

    /// Whether `path` names a gzip file: it ends in `.gz` (any case).
    package static func isCompressed(_ path: String) -> Bool {
        path.lowercased().hasSuffix(".gz")
    }

    /// `path` without a final `.gz`, whose extension then names the format: `pairs.tsv.gz` → `pairs.tsv`.
    package static func withoutExtension(_ path: String) -> String {
        isCompressed(path) ? String(path.dropLast(3)) : path
    }

    /// The bytes `data` holds, all of its members one after the other (`cat a.gz b.gz`).
    package static func decompress(_ data: [UInt8]) throws(Failure) -> [UInt8] {
        var stream = z_stream()
        // 15 + 16: the largest window, gzip wrapper only.
        let started = inflateInit2_(&stream, 15 + 16, ZLIB_VERSION, Int32(MemoryLayout<z_stream>.size))
        precondition(started == Z_OK, "zlib could not allocate its state")
        defer { inflateEnd(&stream) }
        var output: [UInt8] = []
        output.reserveCapacity(data.count * 4)
        let chunk = UnsafeMutableBufferPointer<UInt8>.allocate(capacity: 1 << 16)
        defer { chunk.deallocate() }
        let failure = data.withUnsafeBufferPointer { input -> Failure? in
            var given = 0
            while true {
                feed(&stream, from: input, given: &given)
                let status = run(&stream, chunk: chunk, into: &output) { inflate(&$0, Z_NO_FLUSH) }
                switch status {
                case Z_OK:
                    continue
                case Z_STREAM_END:
                    // Another member follows, or the data ends here.
                    guard stream.avail_in > 0 || given < input.count else { return nil }
                    precondition(inflateReset(&stream) == Z_OK, "inflateReset failed on a valid stream")
                case Z_BUF_ERROR:
                    // No progress with room to write: the input ran out inside a member.
                    return .truncated
                case Z_MEM_ERROR:
                    preconditionFailure("zlib ran out of memory")
                default:
                    return .corrupt(stream.msg.map { String(cString: $0) } ?? "zlib error \(status)")
                }
            }
        }
        if let failure { throw failure }
        return output
    }

    /// `data` as one gzip member, compressed at zlib's default level.
    package static func compress(_ data: [UInt8]) -> [UInt8] {
        var stream = z_stream()
        let started = deflateInit2_(
            &stream, Z_DEFAULT_COMPRESSION, Z_DEFLATED, 15 + 16, 8, Z_DEFAULT_STRATEGY, ZLIB_VERSION,
            Int32(MemoryLayout<z_stream>.size))
        precondition(started == Z_OK, "zlib could not allocate its state")
        defer { deflateEnd(&stream) }
        var output: [UInt8] = []
        output.reserveCapacity(data.count / 3 + 64)
        let chunk = UnsafeMutableBufferPointer<UInt8>.allocate(capacity: 1 << 16)
        defer { chunk.deallocate() }
        data.withUnsafeBufferPointer { input in
            var given = 0
            while true {
                feed(&stream, from: input, given: &given)
                let flush = stream.avail_in == 0 && given == input.count ? Z_FINISH : Z_NO_FLUSH
                let status = run(&stream, chunk: chunk, into: &output) { deflate(&$0, flush) }
                if status == Z_STREAM_END { return }
                precondition(status == Z_OK || status == Z_BUF_ERROR, "deflate failed: \(status)")
            }
        }
        return output
    }

    /// Hands zlib the next part of `input` once it has taken the last (at most 4 GiB: `avail_in` is 32 bits);
    /// `given` counts the bytes handed so far.
    private static func feed(_ stream: inout z_stream, from input: UnsafeBufferPointer<UInt8>, given: inout Int) {
        guard stream.avail_in == 0, given < input.count, let base = input.baseAddress else { return }
        let size = min(input.count - given, Int(UInt32.max))
        stream.next_in = UnsafeMutablePointer(mutating: base + given)
        stream.avail_in = UInt32(size)
        given += size
    }

    /// Runs one zlib `step` into the empty `chunk` and appends what it wrote to `output`; the step's status.
    private static func run(
        _ stream: inout z_stream, chunk: UnsafeMutableBufferPointer<UInt8>, into output: inout [UInt8],
        _ step: (inout z_stream) -> Int32
    ) -> Int32 {
        stream.next_out = chunk.baseAddress
        stream.avail_out = UInt32(chunk.count)
        let status = step(&stream)
        let produced = chunk.count - Int(stream.avail_out)
        precondition(produced >= 0 && produced <= chunk.count, "zlib wrote outside its buffer")
        output.append(contentsOf: UnsafeBufferPointer(rebasing: chunk[0..<produced]))
        return status
    }
}
