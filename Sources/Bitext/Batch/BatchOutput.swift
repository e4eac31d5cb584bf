import Foundation

/// A batch's output on disk with its state file, written document by document so a killed batch can resume.
///
/// A single-file output (TMX, TSV, JSONL) grows as `OUTPUT.partial` and is renamed to `OUTPUT` when
/// the batch ends, so `OUTPUT` is always complete. After each document's bytes are written, a line
/// `ID<TAB>END-OFFSET` is appended to `OUTPUT.done`. Resuming truncates the partial file to the last
/// recorded offset (dropping a half-written document, or TMX's closing tags) and skips the recorded
/// ids. A bead folder gets one `ID.beads` file a document, each written to a temporary file then renamed.
package final class BatchOutput {
    package let path: String
    package let format: ExportFormat
    /// What starts the file: TMX's header, TSV's header line (`OutputDescription.header`).
    private let header: String
    /// What ends the file: TMX's closing tags.
    private let footer: String
    /// Ids that an earlier run completed: a resumed batch skips them.
    package private(set) var completed: Set<String> = []

    private var file: Int32 = -1
    private var state: Int32 = -1
    private var offset = 0

    /// Whether the output is a folder of files, one a document (beads) rather than one file.
    package var isFolder: Bool { format == .beads }
    package var statePath: String { path + ".done" }
    package var partialPath: String { path + ".partial" }
    private var stateHeader: String { "bitext-batch 1 \(format.rawValue)\n" }

    /// Opens the output at `path`, starting over or, with `resume`, going on from its state file.
    package init(path: String, format: ExportFormat, resume: Bool, header: String = "", footer: String = "")
        throws(BatchError)
    {
        self.path = path
        self.format = format
        self.header = header
        self.footer = footer
        let exists = FileManager.default.fileExists(atPath:)
        if resume, exists(statePath) {
            try reopen()
        } else if resume, exists(partialPath) || exists(path) {
            throw BatchError(
                .state, file: statePath,
                message: "not found, so the output cannot be resumed; run without --resume to start over")
        } else {
            try start()
        }
    }

    deinit {
        if file >= 0 { close(file) }
        if state >= 0 { close(state) }
    }

    /// Appends one document's bytes, then records it as completed.
    package func write(document id: String, bytes: [UInt8]) throws(BatchError) {
        if isFolder {
            let target = (path as NSString).appendingPathComponent(id + ".beads")
            try Self.writeAtomically(bytes, to: target)
        } else {
            try Self.write(bytes, to: file, name: partialPath)
            offset += bytes.count
        }
        try Self.write(Array("\(id)\t\(offset)\n".utf8), to: state, name: statePath)
        completed.insert(id)
    }

    /// Ends the output: TMX's closing tags, then the partial file renamed to its final name.
    package func finish() throws(BatchError) {
        if state >= 0 {
            close(state)
            state = -1
        }
        guard !isFolder, file >= 0 else { return }
        try Self.write(Array(footer.utf8), to: file, name: partialPath)
        fsync(file)
        close(file)
        file = -1
        guard rename(partialPath, path) == 0 else { throw Self.failure(path, "cannot rename the output into place") }
    }

    private func start() throws(BatchError) {
        if isFolder {
            do {
                try FileManager.default.createDirectory(atPath: path, withIntermediateDirectories: true)
            } catch {
                throw BatchError(.output, file: path, message: "cannot create the bead folder")
            }
        } else {
            file = try Self.open(partialPath, flags: O_WRONLY | O_CREAT | O_TRUNC)
            try Self.write(Array(header.utf8), to: file, name: partialPath)
            offset = header.utf8.count
        }
        state = try Self.open(statePath, flags: O_WRONLY | O_CREAT | O_TRUNC)
        try Self.write(Array(stateHeader.utf8), to: state, name: statePath)
    }

    /// Reads the state file, keeps its complete lines, and truncates the output to the last recorded document.
    private func reopen() throws(BatchError) {
        let bytes = try Manifest.contents(of: statePath)
        let text = String(decoding: bytes, as: UTF8.self)
        guard text.hasPrefix(stateHeader) else {
            let found = text.prefix { $0 != "\n" }.split(separator: " ").last.map(String.init) ?? ""
            throw BatchError(
                .state, file: statePath,
                message: found.isEmpty || !text.hasPrefix("bitext-batch 1 ")
                    ? "not a bitext batch state file; run without --resume to start over"
                    : "records a \(found) output, not \(format.rawValue); run without --resume to start over")
        }
        var kept = stateHeader.utf8.count
        offset = header.utf8.count
        var lineNumber = 1
        // Only lines ending in a newline count: a kill may have cut the last one short.
        for line in text.dropFirst(stateHeader.count).split(separator: "\n", omittingEmptySubsequences: false)
            .dropLast()
        {
            lineNumber += 1
            let fields = line.split(separator: "\t", omittingEmptySubsequences: false)
            guard fields.count == 2, let end = Int(fields[1]), end >= offset || isFolder else {
                throw BatchError(
                    .state, file: statePath, line: lineNumber,
                    message: "not ID<TAB>OFFSET; run without --resume to start over")
            }
            completed.insert(String(fields[0]))
            offset = isFolder ? 0 : end
            kept += line.utf8.count + 1
        }
        state = try Self.open(statePath, flags: O_WRONLY)
        guard ftruncate(state, off_t(kept)) == 0, lseek(state, 0, SEEK_END) >= 0 else {
            throw Self.failure(statePath, "cannot truncate")
        }
        guard !isFolder else { return }
        if !FileManager.default.fileExists(atPath: partialPath) {
            // The last run finished: go on from its output, closing tags and all, which the truncation drops.
            guard rename(path, partialPath) == 0 else { throw Self.failure(path, "cannot reopen the output") }
        }
        file = try Self.open(partialPath, flags: O_WRONLY)
        let size = lseek(file, 0, SEEK_END)
        guard size >= off_t(offset) else {
            throw BatchError(
                .state, file: partialPath,
                message:
                    "shorter than \(statePath) records (\(size) < \(offset) bytes); run without --resume to start over")
        }
        guard ftruncate(file, off_t(offset)) == 0, lseek(file, 0, SEEK_END) == off_t(offset) else {
            throw Self.failure(partialPath, "cannot truncate")
        }
        if offset == 0 {
            try Self.write(Array(header.utf8), to: file, name: partialPath)
            offset = header.utf8.count
        }
    }

    private static func open(_ path: String, flags: Int32) throws(BatchError) -> Int32 {
        let descriptor = Foundation.open(path, flags | O_CLOEXEC, 0o644)
        guard descriptor >= 0 else { throw failure(path, "cannot open") }
        return descriptor
    }

    /// Writes all of `bytes` with write(2): no buffer in this process, so a kill loses nothing written.
    package static func write(_ bytes: [UInt8], to descriptor: Int32, name: String) throws(BatchError) {
        var done = 0
        while done < bytes.count {
            let count = bytes.withUnsafeBytes { buffer in
                precondition(done < buffer.count, "writing past the end")
                guard let base = buffer.baseAddress else { return 0 }
                return Foundation.write(descriptor, base + done, buffer.count - done)
            }
            if count < 0, errno == EINTR { continue }
            guard count > 0 else { throw failure(name, "cannot write", kind: .write) }
            precondition(done + count <= bytes.count, "write(2) wrote more than it was given")
            done += count
        }
    }

    private static func writeAtomically(_ bytes: [UInt8], to path: String) throws(BatchError) {
        let temporary = path + ".tmp"
        let descriptor = try open(temporary, flags: O_WRONLY | O_CREAT | O_TRUNC)
        defer { close(descriptor) }
        try write(bytes, to: descriptor, name: temporary)
        guard rename(temporary, path) == 0 else { throw failure(path, "cannot rename into place") }
    }

    private static func failure(_ path: String, _ what: String, kind: BatchError.Kind = .output) -> BatchError {
        BatchError(kind, file: path, message: "\(what): \(String(cString: strerror(errno)).lowercased())")
    }
}
