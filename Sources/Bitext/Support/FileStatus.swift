#if canImport(Glibc)
    import Glibc
#elseif canImport(Musl)
    import Musl
#elseif canImport(Darwin)
    import Darwin
#endif

/// What `stat(2)` says of a file: its kind, identity (device and inode), permissions and owner.
package struct FileStatus: Sendable, Hashable {
    package enum Kind: Sendable, Hashable {
        case regular, directory, symbolicLink, characterDevice, blockDevice, fifo, socket, other

        /// The kind for a message: `a character device`, `a FIFO`.
        package var name: String {
            switch self {
            case .regular: "a regular file"
            case .directory: "a directory"
            case .symbolicLink: "a symbolic link"
            case .characterDevice: "a character device"
            case .blockDevice: "a block device"
            case .fifo: "a FIFO"
            case .socket: "a socket"
            case .other: "a special file"
            }
        }
    }

    /// The same file whatever its name: device and inode.
    package struct Identity: Sendable, Hashable {
        package var device: UInt64
        package var inode: UInt64
    }

    package var kind: Kind
    package var identity: Identity
    /// The permission bits (with set-id and sticky bits): `0o644`.
    package var permissions: UInt32
    package var owner: UInt32
    package var group: UInt32
    /// Size in bytes and last modification (seconds and nanoseconds since 1970): with `identity`, what
    /// tells that something else wrote a file since it was read.
    package var stamp: Stamp

    /// What changes when a file is written.
    package struct Stamp: Sendable, Hashable {
        package var identity: Identity
        package var size: Int64
        package var seconds: Int
        package var nanoseconds: Int
    }

    /// The status of the file at `path`, following symbolic links unless `followingLinks` is false;
    /// nil when there is no such file.
    package init?(path: String, followingLinks: Bool = true) throws(Errno) {
        var status = stat()
        let result = followingLinks ? stat(path, &status) : lstat(path, &status)
        guard result == 0 else {
            let error = Errno.current
            if error == .noSuchFileOrDirectory { return nil }
            throw error
        }
        self.init(status)
    }

    /// The stamp of the file at `path` (a link followed); nil when there is none or it cannot be looked at.
    package static func stamp(of path: String) -> Stamp? {
        (try? FileStatus(path: path))??.stamp
    }

    /// The status of the open file `descriptor`.
    package init(descriptor: Int32) throws(Errno) {
        var status = stat()
        guard fstat(descriptor, &status) == 0 else { throw Errno.current }
        self.init(status)
    }

    private init(_ status: stat) {
        kind =
            switch status.st_mode & S_IFMT {
            case S_IFREG: .regular
            case S_IFDIR: .directory
            case S_IFLNK: .symbolicLink
            case S_IFCHR: .characterDevice
            case S_IFBLK: .blockDevice
            case S_IFIFO: .fifo
            case S_IFSOCK: .socket
            default: .other
            }
        identity = Identity(device: UInt64(status.st_dev), inode: UInt64(status.st_ino))
        permissions = UInt32(status.st_mode) & 0o7777
        owner = UInt32(status.st_uid)
        group = UInt32(status.st_gid)
        #if canImport(Darwin)
            let modified = status.st_mtimespec
        #else
            let modified = status.st_mtim
        #endif
        stamp = Stamp(
            identity: identity, size: Int64(status.st_size), seconds: modified.tv_sec, nanoseconds: modified.tv_nsec)
    }
}
