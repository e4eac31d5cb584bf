#if canImport(Glibc)
    import Glibc
#elseif canImport(Musl)
    import Musl
#elseif canImport(Darwin)
    import Darwin
#endif

/// The bytes of one input, checked to be UTF-8 text, and its lines.
struct InputText {
    /// The file as the user named it, for messages.
    let file: String
    let bytes: [UInt8]
    /// Where the text starts: 3 after a UTF-8 byte-order mark, else 0.
    let start: Int
    /// `bytes` as a string (byte offsets into `bytes` are UTF-8 offsets into it).
    let text: String

    /// Checks `bytes`: not empty, not binary, valid UTF-8.
    init(bytes: [UInt8], file: String) throws(ReadError) {
        try self.init(bytes: bytes, file: file, validUTF8: false, text: nil)
    }

    /// Checks `text`'s bytes as `init(bytes:file:)` does (a string's are valid UTF-8).
    init(text: String, file: String) throws(ReadError) {
        try self.init(bytes: Array(text.utf8), file: file, validUTF8: true, text: text)
    }

    private init(bytes: [UInt8], file: String, validUTF8: Bool, text: String?) throws(ReadError) {
        guard !bytes.isEmpty else { throw ReadError(file: file, reason: .empty) }
        if bytes.count >= 2, (bytes[0] == 0xFF && bytes[1] == 0xFE) || (bytes[0] == 0xFE && bytes[1] == 0xFF) {
            throw ReadError(file: file, reason: .utf16)
        }
        if let nul = bytes.firstIndex(of: 0) { throw ReadError(file: file, reason: .binary, byte: nul) }
        if !validUTF8, let bad = Self.firstInvalidUTF8(in: bytes) {
            throw ReadError(file: file, reason: .invalidUTF8, byte: bad)
        }
        self.file = file
        self.bytes = bytes
        start = bytes.starts(with: [0xEF, 0xBB, 0xBF]) ? 3 : 0
        self.text = text ?? String(decoding: bytes, as: UTF8.self)
    }

    /// Reads `path`, or standard input for `-`.
    init(path: String) throws(ReadError) {
        let name = LoadedFile.name(of: path)
        try self.init(bytes: Self.load(path, name: name), file: name)
    }

    /// Checks a file read ahead as `init(path:)` checks what it reads.
    init(loaded: LoadedFile) throws(ReadError) {
        try self.init(bytes: loaded.bytes.get(), file: loaded.path)
    }

    /// The lines, 1-based, as byte ranges without their line break (`\n` or `\r\n`).
    ///
    /// A final line break ends the last line rather than starting an empty one.
    var lines: [(number: Int, range: Range<Int>)] {
        var lines: [(number: Int, range: Range<Int>)] = []
        var lineStart = start
        bytes.withUnsafeBufferPointer { buffer in
            var index = start
            while index < buffer.count {
                if buffer[index] == 0x0A {
                    let end = index > lineStart && buffer[index - 1] == 0x0D ? index - 1 : index
                    lines.append((lines.count + 1, lineStart..<end))
                    lineStart = index + 1
                }
                index += 1
            }
        }
        if lineStart < bytes.count {
            let end = bytes[bytes.count - 1] == 0x0D ? bytes.count - 1 : bytes.count
            lines.append((lines.count + 1, lineStart..<max(lineStart, end)))
        }
        return lines
    }

    /// The offset of the first byte of the first sequence that is not UTF-8, or nil.
    static func firstInvalidUTF8(in bytes: [UInt8]) -> Int? {
        bytes.withUnsafeBufferPointer { bytes -> Int? in
            let count = bytes.count
            var index = 0
            while index < count {
                let lead = bytes[index]
                if lead < 0x80 {
                    index += 1
                    continue
                }
                let length: Int
                var low: UInt8 = 0x80
                var high: UInt8 = 0xBF
                switch lead {
                case 0xC2...0xDF: length = 2
                case 0xE0:
                    length = 3
                    low = 0xA0
                case 0xE1...0xEC, 0xEE...0xEF: length = 3
                case 0xED:
                    length = 3
                    high = 0x9F
                case 0xF0:
                    length = 4
                    low = 0x90
                case 0xF1...0xF3: length = 4
                case 0xF4:
                    length = 4
                    high = 0x8F
                default: return index
                }
                guard index + length <= count else { return index }
                guard (low...high).contains(bytes[index + 1]) else { return index }
                for next in (index + 2)..<(index + length) where bytes[next] & 0xC0 != 0x80 { return index }
                index += length
            }
            return nil
        }
    }

    /// The bytes of `path` (`-`: standard input), decompressed when its name ends in `.gz`, or when
    /// standard input starts as gzip does (1F 8B: no text starts so, 8B not being a UTF-8 lead byte).
    static func load(_ path: String, name: String) throws(ReadError) -> [UInt8] {
        let bytes = try readAll(path, name: name)
        let isGzip = path == "-" ? bytes.starts(with: [0x1F, 0x8B]) : Gzip.isCompressed(path)
        guard isGzip else { return bytes }
        do {
            return try Gzip.decompress(bytes)
        } catch {
            throw ReadError(file: name, reason: .gzip(error.description))
        }
    }

    private static func readAll(_ path: String, name: String) throws(ReadError) -> [UInt8] {
        let descriptor = path == "-" ? STDIN_FILENO : open(path, O_RDONLY)
        guard descriptor >= 0 else { throw ReadError(file: name, reason: reason(.current)) }
        defer { if descriptor != STDIN_FILENO { close(descriptor) } }
        var status = stat()
        guard fstat(descriptor, &status) == 0 else { throw ReadError(file: name, reason: reason(.current)) }
        if status.st_mode & S_IFMT == S_IFDIR { throw ReadError(file: name, reason: .isDirectory) }
        var bytes: [UInt8] = []
        bytes.reserveCapacity(max(Int(status.st_size), 0) + 1)
        let chunk = UnsafeMutableBufferPointer<UInt8>.allocate(capacity: 1 << 16)
        defer { chunk.deallocate() }
        while true {
            let got = read(descriptor, chunk.baseAddress, chunk.count)
            if got < 0 && errno == EINTR { continue }
            guard got >= 0 else { throw ReadError(file: name, reason: reason(.current)) }
            if got == 0 { return bytes }
            precondition(got <= chunk.count, "read(2) returned more than the buffer holds")
            // A buffer pointer appends with one copy, also in debug builds.
            bytes.append(contentsOf: UnsafeBufferPointer(rebasing: chunk[0..<got]))
        }
    }

    /// The reason a read failed with `error`, as `ReadError` says it.
    private static func reason(_ error: Errno) -> ReadError.Reason {
        switch error {
        case .noSuchFileOrDirectory, .notDirectory: .noSuchFile
        case .isDirectory: .isDirectory
        case .permissionDenied, .notPermitted: .unreadable("permission denied")
        default: .unreadable(error.description)
        }
    }
}
