import Foundation

/// An output path taken for what it is, which says how it is written.
///
/// A regular file, or a path where nothing is yet, is replaced through a temporary file renamed over it
/// (`AtomicFile`); a device, a FIFO or a socket is opened and written in place, never replaced; an open
/// descriptor of this process (`/dev/fd/N`, `/dev/stdout`, `/proc/self/fd/N`) is written directly; `-` is
/// standard output. A symbolic link is followed: its target is the file replaced, the link stays.
package struct OutputTarget: Sendable, Hashable {
    package enum Kind: Sendable, Hashable {
        case standardOutput
        /// A descriptor this process has open.
        case descriptor(Int32)
        /// A device, FIFO or socket (or another process's descriptor): opened and written in place.
        case special(FileStatus.Kind)
        /// A regular file (its status), or nothing yet (nil): replaced by a temporary file renamed over it.
        case file(FileStatus?)
        /// A folder, where one is asked for (`batch --format beads`).
        case directory
    }

    /// The path as the user gave it: messages name it.
    package var path: String
    /// The file written: `path` with its symbolic links followed.
    package var resolved: String
    package var kind: Kind

    /// The target `path` names now. A directory is refused (`unwritableOutput`) unless `allowingDirectory`.
    package init(_ path: String, allowingDirectory: Bool = false) throws(ExportError) {
        self.path = path
        guard path != "-" else {
            resolved = path
            kind = .standardOutput
            return
        }
        var current = path
        // As the kernel does: at most 40 links.
        for _ in 0..<40 {
            if let number = Self.descriptorNumber(current) {
                resolved = current
                kind =
                    number.ours && FileDescriptor(rawValue: number.descriptor).isOpen
                    ? .descriptor(number.descriptor) : .special(.other)
                return
            }
            let status: FileStatus?
            do {
                status = try FileStatus(path: current, followingLinks: false)
            } catch {
                // Cannot look (a parent is not a directory, not searchable): creating the file will say why.
                resolved = current
                kind = .file(nil)
                return
            }
            guard let status else {
                resolved = current
                kind = .file(nil)
                return
            }
            switch status.kind {
            case .symbolicLink:
                current = try Self.target(ofLink: current, named: path)
            case .directory:
                guard allowingDirectory else {
                    throw ExportError(file: path, message: "cannot write: it is a directory", kind: .unwritableOutput)
                }
                resolved = current
                kind = .directory
                return
            case .regular:
                resolved = current
                kind = .file(status)
                return
            default:
                resolved = current
                kind = .special(status.kind)
                return
            }
        }
        throw ExportError(
            file: path, message: "cannot write: \(Errno.tooManySymbolicLinks)", kind: .unwritableOutput)
    }

    /// Whether the target is written through a temporary file renamed over it.
    package var isReplaced: Bool {
        if case .file = kind { return true }
        return false
    }

    /// The name messages use: the path, or `standard output`.
    package var name: String { kind == .standardOutput ? "standard output" : path }

    /// Refuses an output that is the same file (device and inode) as one of `inputs` (`-`: standard
    /// input), or as another output: writing it would destroy the input, or one output the other.
    package static func refuse(_ outputs: [OutputTarget], sameAs inputs: [String]) throws(ExportError) {
        var existing: [(target: OutputTarget, identity: FileStatus.Identity)] = []
        for output in outputs {
            guard output.isReplaced, let status = try? FileStatus(path: output.resolved), status.kind == .regular
            else { continue }
            existing.append((output, status.identity))
        }
        let absolute = outputs.map { URL(fileURLWithPath: $0.resolved).standardizedFileURL.path }
        for (index, output) in outputs.enumerated() where output.kind != .standardOutput {
            for (earlier, path) in zip(outputs[..<index], absolute) where path == absolute[index] {
                let also = earlier.path == output.path ? "" : " (as \(earlier.path))"
                throw ExportError(
                    file: output.path, message: "named as two outputs\(also); name each output once",
                    kind: .conflictingOutput)
            }
        }
        for (index, first) in existing.enumerated() {
            for second in existing[..<index] where second.identity == first.identity {
                throw ExportError(
                    file: first.target.path,
                    message: "is the same file as the output \(second.target.path); name each output once",
                    kind: .conflictingOutput)
            }
        }
        guard !existing.isEmpty else { return }
        for input in inputs {
            let status =
                input == "-"
                ? try? FileDescriptor.standardInput.status() : try? FileStatus(path: input)
            guard let status, status.kind == .regular else { continue }
            if let clash = existing.first(where: { $0.identity == status.identity }) {
                let input = input == "-" ? "standard input" : input
                let what = input == clash.target.path ? "an input" : "the input \(input), the same file"
                throw ExportError(
                    file: clash.target.path, message: "is \(what); write the output to another file",
                    kind: .conflictingOutput)
            }
        }
    }

    /// The descriptor a path such as `/dev/fd/3` or `/proc/self/fd/3` names, and whether it is this
    /// process's.
    static func descriptorNumber(_ path: String) -> (descriptor: Int32, ours: Bool)? {
        let parts = path.split(separator: "/", omittingEmptySubsequences: true)
        guard path.hasPrefix("/"), let last = parts.last, let number = Int32(last), number >= 0 else { return nil }
        if parts.count == 3, parts[0] == "dev", parts[1] == "fd" { return (number, true) }
        if parts.count == 4, parts[0] == "proc", parts[2] == "fd" {
            return (number, parts[1] == "self" || parts[1] == "thread-self" || parts[1] == "\(getpid())")
        }
        return nil
    }

    /// The path the symbolic link at `link` points to (relative targets taken from the link's folder).
    private static func target(ofLink link: String, named path: String) throws(ExportError) -> String {
        var buffer = [CChar](repeating: 0, count: Int(PATH_MAX) + 1)
        let count = readlink(link, &buffer, buffer.count - 1)
        guard count >= 0 else {
            throw ExportError(
                file: path, message: "cannot follow the link: \(Errno.current)", kind: .unwritableOutput)
        }
        let target = String(decoding: buffer[0..<count].map { UInt8(bitPattern: $0) }, as: UTF8.self)
        if target.hasPrefix("/") { return target }
        let folder = (link as NSString).deletingLastPathComponent
        return folder.isEmpty ? target : folder + "/" + target
    }
}
