import Foundation

/// Writes outputs all or nothing: each to a temporary file in its own directory, then renamed over
/// the destination once every one was written, so an interrupted or failed run never leaves a half
/// file and an existing output is replaced only on success. `-` is standard output, written last.
/// (Renames are not one transaction: should a later rename fail after an earlier one succeeded, the
/// earlier file is already replaced; the checks before writing make that rare.)
public enum AtomicFile {
    /// Writes every `(path, contents)`; on error no destination has changed and no temporary file is left.
    public static func write(_ files: [(path: String, contents: Data)]) throws(ExportError) {
        var staged: [(temporary: String, path: String)] = []
        var standardOutput: [Data] = []
        for (path, _) in files where path != "-" {
            var isDirectory: ObjCBool = false
            if FileManager.default.fileExists(atPath: path, isDirectory: &isDirectory), isDirectory.boolValue {
                throw ExportError(file: path, message: "cannot write: it is a directory", kind: .unwritableOutput)
            }
        }
        do throws(ExportError) {
            for (path, contents) in files {
                if path == "-" {
                    standardOutput.append(contents)
                    continue
                }
                let temporary = temporaryPath(for: path)
                guard FileManager.default.createFile(atPath: temporary, contents: contents) else {
                    throw ExportError(
                        file: path, message: "cannot write: \(reason(for: path))", kind: .unwritableOutput)
                }
                staged.append((temporary, path))
                // A replaced file keeps its permissions.
                if let mode = try? FileManager.default.attributesOfItem(atPath: path)[.posixPermissions] {
                    try? FileManager.default.setAttributes([.posixPermissions: mode], ofItemAtPath: temporary)
                }
            }
            for (index, item) in staged.enumerated() {
                guard rename(item.temporary, item.path) == 0 else {
                    let error = String(cString: strerror(errno)).lowercased()
                    for later in staged[index...] { unlink(later.temporary) }
                    staged = []
                    throw ExportError(file: item.path, message: "cannot replace: \(error)", kind: .unwritableOutput)
                }
            }
        } catch {
            for item in staged { unlink(item.temporary) }
            throw error
        }
        for contents in standardOutput { FileHandle.standardOutput.write(contents) }
    }

    /// Writes one file atomically.
    public static func write(_ contents: Data, to path: String) throws(ExportError) {
        try write([(path, contents)])
    }

    private static func temporaryPath(for path: String) -> String {
        let url = URL(fileURLWithPath: path)
        let name =
            ".\(url.lastPathComponent).\(ProcessInfo.processInfo.processIdentifier)-\(UInt32.random(in: 0...UInt32.max)).tmp"
        return url.deletingLastPathComponent().appendingPathComponent(name).path
    }

    private static func reason(for path: String) -> String {
        let parent = (path as NSString).deletingLastPathComponent
        let directory = parent.isEmpty ? "." : parent
        var isDirectory: ObjCBool = false
        if !FileManager.default.fileExists(atPath: directory, isDirectory: &isDirectory) {
            return "no directory \(directory)"
        }
        if !isDirectory.boolValue { return "\(directory) is not a directory" }
        return "permission denied in \(directory)"
    }
}
