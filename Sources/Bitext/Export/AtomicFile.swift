import Foundation

/// Writes outputs all or nothing, each as what its path is (`OutputTarget`).
///
/// A regular file, or a path where nothing is yet, gets a temporary file in its own folder, written,
/// flushed to disk and renamed over it once every output was written: an interrupted or failed run
/// never leaves a half file, and an existing file is replaced only on success, keeping its permissions
/// (and its owner, when run as root). A new file gets the usual permissions (0666 less the umask). A
/// symbolic link is followed and its target replaced. A device, a FIFO, a socket, an open descriptor
/// (`/dev/fd/N`, `/dev/stdout`) and standard output (`-`) are written in place, after the renames:
/// they are never replaced by a file. An output that is also one of the inputs is refused.
/// (Renames are not one transaction: should a later rename fail after an earlier one succeeded, the
/// earlier file is already replaced; the checks before writing make that rare.)
public enum AtomicFile {
    /// Writes every `(path, contents)`. On an error before the renames, no output has changed and no
    /// temporary file is left; `inputs` (`-`: standard input) are files no output may be.
    public static func write(_ files: [(path: String, contents: Data)], inputs: [String] = []) throws(ExportError) {
        var targets: [OutputTarget] = []
        for file in files { targets.append(try OutputTarget(file.path)) }
        try OutputTarget.refuse(targets, sameAs: inputs)
        var staged: [Staged] = []
        do throws(ExportError) {
            for (target, file) in zip(targets, files) where target.isReplaced {
                staged.append(try stage(file.contents, for: target))
            }
            for (index, item) in staged.enumerated() {
                guard rename(item.temporary, item.target.resolved) == 0 else {
                    let error = Errno.current
                    for later in staged[index...] { later.remove() }
                    staged = []
                    throw ExportError(
                        file: item.target.path, message: "cannot replace: \(error)", kind: .unwritableOutput)
                }
                TemporaryFiles.unregister(item.registration)
            }
            staged = []
            for (target, file) in zip(targets, files) where !target.isReplaced {
                try writeInPlace(file.contents, to: target)
            }
        } catch {
            for item in staged { item.remove() }
            throw error
        }
    }

    /// Writes one output; see `write(_:inputs:)`.
    public static func write(_ contents: Data, to path: String, inputs: [String] = []) throws(ExportError) {
        try write([(path, contents)], inputs: inputs)
    }

    /// Checks, before any work, that `paths` can be outputs: none a directory, an input or another output.
    public static func check(_ paths: [String], inputs: [String] = []) throws(ExportError) {
        var targets: [OutputTarget] = []
        for path in paths {
            let target = try OutputTarget(path)
            // A new file's folder must be there: found now, not after the work.
            if case .file(nil) = target.kind, let why = missingFolder(of: target.resolved) {
                throw ExportError(file: path, message: "cannot write: \(why)", kind: .unwritableOutput)
            }
            targets.append(target)
        }
        try OutputTarget.refuse(targets, sameAs: inputs)
    }

    /// Why the folder a new file at `path` would go in cannot take it; nil when it can, or cannot be
    /// looked at (creating the file then says why).
    private static func missingFolder(of path: String) -> String? {
        let folder = (path as NSString).deletingLastPathComponent
        let status: FileStatus?
        do {
            status = try FileStatus(path: folder.isEmpty ? "." : folder)
        } catch {
            return nil
        }
        guard let status else { return "no such folder: \(folder)" }
        return status.kind == .directory ? nil : "not a folder: \(folder)"
    }

    /// A temporary file written in full beside its target, registered for removal on a signal.
    private struct Staged {
        var temporary: String
        var target: OutputTarget
        var registration: TemporaryFiles.Registration?

        func remove() {
            unlink(temporary)
            TemporaryFiles.unregister(registration)
        }
    }

    private static func stage(_ contents: Data, for target: OutputTarget) throws(ExportError) -> Staged {
        let temporary = temporaryPath(for: target.resolved)
        let staged = Staged(temporary: temporary, target: target, registration: TemporaryFiles.register(temporary))
        let file: FileDescriptor
        do {
            file = try FileDescriptor.open(temporary, O_WRONLY | O_CREAT | O_EXCL)
        } catch {
            TemporaryFiles.unregister(staged.registration)
            throw ExportError(
                file: target.path, message: "cannot write: \(reason(error, creating: target.resolved))",
                kind: error.isFull ? .writeFailed : .unwritableOutput)
        }
        do throws(Errno) {
            // A replaced file keeps its permissions, and its owner where we may give it (as root).
            if case .file(let existing?) = target.kind {
                _ = fchmod(file.rawValue, mode_t(existing.permissions))
                if getuid() == 0 { _ = fchown(file.rawValue, existing.owner, existing.group) }
            }
            try file.write(contents)
            try file.sync()
            try file.close()
        } catch {
            _ = try? file.close()
            staged.remove()
            throw ExportError(file: target.path, message: "cannot write: \(error)", kind: .writeFailed)
        }
        return staged
    }

    private static func writeInPlace(_ contents: Data, to target: OutputTarget) throws(ExportError) {
        let file: FileDescriptor
        let opened: Bool
        switch target.kind {
        case .standardOutput:
            (file, opened) = (.standardOutput, false)
        case .descriptor(let number):
            (file, opened) = (FileDescriptor(rawValue: number), false)
        default:
            do {
                // No O_TRUNC and no O_CREAT: a device or a FIFO is written, never made or cut.
                (file, opened) = (try FileDescriptor.open(target.resolved, O_WRONLY), true)
            } catch {
                throw ExportError(file: target.path, message: "cannot open: \(error)", kind: .unwritableOutput)
            }
        }
        do throws(Errno) {
            try file.write(contents)
            if opened { try file.close() }
        } catch {
            if opened { _ = try? file.close() }
            throw ExportError(file: target.name, message: "cannot write: \(error)", kind: .writeFailed)
        }
    }

    private static func temporaryPath(for path: String) -> String {
        let folder = (path as NSString).deletingLastPathComponent
        let name = ".\((path as NSString).lastPathComponent).\(getpid())-\(UInt32.random(in: 0...UInt32.max)).tmp"
        return folder.isEmpty ? name : folder + "/" + name
    }

    /// Why the temporary file for `path` cannot be created, naming its folder when that is the reason.
    private static func reason(_ error: Errno, creating path: String) -> String {
        let parent = (path as NSString).deletingLastPathComponent
        let folder = parent.isEmpty ? "." : parent
        switch error {
        case .noSuchFileOrDirectory: return "no directory \(folder)"
        case .notDirectory: return "\(folder) is not a directory"
        case .permissionDenied: return "permission denied in \(folder)"
        default: return error.description
        }
    }
}
