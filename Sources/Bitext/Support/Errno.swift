#if canImport(Glibc)
    import Glibc
#elseif canImport(Musl)
    import Musl
#elseif canImport(Darwin)
    import Darwin
#endif

/// A system call's error number with a Swift name, as swift-system's `Errno`: the one place where
/// `errno` becomes a typed value and the message a user reads (`no space left on device`).
package struct Errno: Error, RawRepresentable, Hashable, Sendable, CustomStringConvertible {
    /// The C error number (`ENOSPC`).
    package var rawValue: Int32

    package init(rawValue: Int32) { self.rawValue = rawValue }

    /// The calling thread's `errno`, read right after the failed call.
    package static var current: Errno { Errno(rawValue: errno) }

    /// `EPERM`
    package static let notPermitted = Errno(rawValue: EPERM)
    /// `ENOENT`
    package static let noSuchFileOrDirectory = Errno(rawValue: ENOENT)
    /// `EINTR`: a signal interrupted the call; retry it.
    package static let interrupted = Errno(rawValue: EINTR)
    /// `EIO`
    package static let ioError = Errno(rawValue: EIO)
    /// `ENXIO`: a FIFO without a reader opened non-blocking, a device that is not there.
    package static let noSuchDeviceOrAddress = Errno(rawValue: ENXIO)
    /// `EBADF`
    package static let badFileDescriptor = Errno(rawValue: EBADF)
    /// `EAGAIN`, also `EWOULDBLOCK`: a lock another process holds.
    package static let wouldBlock = Errno(rawValue: EWOULDBLOCK)
    /// `EACCES`
    package static let permissionDenied = Errno(rawValue: EACCES)
    /// `EEXIST`
    package static let fileExists = Errno(rawValue: EEXIST)
    /// `EXDEV`
    package static let crossDevice = Errno(rawValue: EXDEV)
    /// `ENOTDIR`
    package static let notDirectory = Errno(rawValue: ENOTDIR)
    /// `EISDIR`
    package static let isDirectory = Errno(rawValue: EISDIR)
    /// `EFBIG`
    package static let fileTooLarge = Errno(rawValue: EFBIG)
    /// `ENOSPC`
    package static let noSpace = Errno(rawValue: ENOSPC)
    /// `EROFS`
    package static let readOnlyFileSystem = Errno(rawValue: EROFS)
    /// `EPIPE`: the reader of a pipe went away.
    package static let brokenPipe = Errno(rawValue: EPIPE)
    /// `ELOOP`
    package static let tooManySymbolicLinks = Errno(rawValue: ELOOP)
    /// `EDQUOT`
    package static let diskQuotaExceeded = Errno(rawValue: EDQUOT)

    /// Whether the error says the disk is full (or a quota or the file size limit is reached): a write that
    /// failed midway (exit 74), not an output that cannot be created.
    package var isFull: Bool { self == .noSpace || self == .diskQuotaExceeded || self == .fileTooLarge }

    /// The message a user reads, lowercase: `no space left on device`. The common ones are spelled here,
    /// the same on every C library; the others are the C library's (`strerror`).
    package var description: String {
        switch self {
        case .noSuchFileOrDirectory: return "no such file or directory"
        case .permissionDenied: return "permission denied"
        case .noSpace: return "no space left on device"
        case .diskQuotaExceeded: return "disk quota exceeded"
        case .readOnlyFileSystem: return "read-only file system"
        case .brokenPipe: return "broken pipe"
        case .ioError: return "input/output error"
        default:
            guard let text = strerror(rawValue) else { return "error \(rawValue)" }
            return String(cString: text).lowercased()
        }
    }
}
