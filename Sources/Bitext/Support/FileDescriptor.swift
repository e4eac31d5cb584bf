import Foundation

/// An open file descriptor, with the few calls the outputs need: each retries when a signal interrupts
/// it and throws the `Errno` when it fails.
package struct FileDescriptor: RawRepresentable, Hashable, Sendable {
    package var rawValue: Int32

    package init(rawValue: Int32) { self.rawValue = rawValue }

    package static let standardInput = FileDescriptor(rawValue: STDIN_FILENO)
    package static let standardOutput = FileDescriptor(rawValue: STDOUT_FILENO)
    package static let standardError = FileDescriptor(rawValue: STDERR_FILENO)

    /// Opens `path` with `flags` (close-on-exec added); a created file gets `permissions` less the umask.
    package static func open(_ path: String, _ flags: Int32, permissions: mode_t = 0o666) throws(Errno)
        -> FileDescriptor
    {
        while true {
            let descriptor = Foundation.open(path, flags | O_CLOEXEC, permissions)
            if descriptor >= 0 { return FileDescriptor(rawValue: descriptor) }
            let error = Errno.current
            if error != .interrupted { throw error }
        }
    }

    /// Whether the descriptor is open in this process.
    package var isOpen: Bool { fcntl(rawValue, F_GETFD) >= 0 }

    /// Writes all of `bytes` (write(2) may write part of them, a signal may interrupt it).
    package func write(_ bytes: UnsafeRawBufferPointer) throws(Errno) {
        guard var next = bytes.baseAddress else { return }
        var left = bytes.count
        while left > 0 {
            let count = Foundation.write(rawValue, next, left)
            if count < 0 {
                let error = Errno.current
                if error == .interrupted { continue }
                throw error
            }
            // write(2) returns 0 only for a zero-length request; never loop forever.
            guard count > 0 else { throw Errno.ioError }
            precondition(count <= left, "write(2) wrote more than it was given")
            next += count
            left -= count
        }
    }

    package func write(_ bytes: [UInt8]) throws(Errno) {
        try Self.result { bytes.withUnsafeBytes { buffer in Result { () throws(Errno) in try write(buffer) } } }
    }

    package func write(_ data: Data) throws(Errno) {
        try Self.result { data.withUnsafeBytes { buffer in Result { () throws(Errno) in try write(buffer) } } }
    }

    package func write(_ text: String) throws(Errno) {
        var text = text
        try Self.result {
            text.withUTF8 { buffer in Result { () throws(Errno) in try write(UnsafeRawBufferPointer(buffer)) } }
        }
    }

    /// The value of `body`'s result, or its error thrown typed (the standard library's `withUnsafeBytes`
    /// rethrows untyped).
    private static func result(_ body: () -> Result<Void, Errno>) throws(Errno) {
        try body().get()
    }

    /// Flushes the file to its disk (fsync); nothing to do for pipes and devices that cannot.
    package func sync() throws(Errno) {
        while fsync(rawValue) != 0 {
            let error = Errno.current
            if error == .interrupted { continue }
            if error.rawValue == EINVAL || error.rawValue == EROFS { return }
            throw error
        }
    }

    /// Closes the descriptor. An error here (a network file system's delayed write) is a failed write.
    package func close() throws(Errno) {
        // Not retried on EINTR: on Linux the descriptor is closed whatever close(2) returns.
        if Foundation.close(rawValue) != 0 {
            let error = Errno.current
            if error != .interrupted { throw error }
        }
    }

    /// What fstat(2) says of the open file.
    package func status() throws(Errno) -> FileStatus { try FileStatus(descriptor: rawValue) }
}
