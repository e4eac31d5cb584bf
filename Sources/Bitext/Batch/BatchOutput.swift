import Foundation

/// A batch's output on disk with its state file, written document by document so a killed batch can resume.
///
/// A single-file output (TMX, TSV, JSONL) grows as `OUTPUT.partial` and is renamed to `OUTPUT` when
/// the batch ends, so `OUTPUT` is always complete. After each document's bytes are written, a line
/// `ID<TAB>END-OFFSET` is appended to `OUTPUT.done`. Resuming truncates the partial file to the last
/// recorded offset (dropping a half-written document, or TMX's closing tags) and skips the recorded
/// ids; a finished output is copied into a new partial file, never moved away, so `OUTPUT` stays
/// complete until the resumed batch renames its own over it. A bead folder gets one `ID.beads` file a
/// document, each written to a temporary file then renamed.
///
/// The batch holds an exclusive lock (flock) on `OUTPUT.done` from start to end: a second batch on the
/// same output is refused (`busy`) instead of mixing its documents in. A symbolic link is followed: the
/// partial and state files go beside its target. Standard output (`-`), a device or a FIFO is written
/// in place, as a stream: no partial file, no state, no lock, no resume. No output may be the manifest or
/// a file it names.
package final class BatchOutput {
    /// The output as the user named it.
    package let path: String
    package let format: ExportFormat
    /// What starts the file: TMX's header, TSV's header line (`OutputDescription.header`).
    private let header: String
    /// What ends the file: TMX's closing tags.
    private let footer: String
    /// Ids that an earlier run completed: a resumed batch skips them.
    package private(set) var completed: Set<String> = []
    /// Documents an interrupted earlier run had written, which starting over (no `--resume`) discards;
    /// 0 when there was none.
    package private(set) var discarded = 0
    /// The file written: `path` with its symbolic links followed.
    private let resolved: String
    /// A stream (standard output, a device, a FIFO): written in place, no state.
    private let isStream: Bool
    /// The file the bytes go to, for messages: the partial file, or the stream (`standard output`).
    private var writtenName: String { isStream ? streamName : partialPath }
    private var streamName = ""

    private var file: Int32 = -1
    /// Whether `file` was opened here (a device, a FIFO) and is closed at the end.
    private var ownsFile = true
    private var state: Int32 = -1
    private var offset = 0

    /// Whether an interrupted batch can go on with `--resume` (a file or folder, not a stream).
    package var canResume: Bool { !isStream }
    /// Whether the output is a folder of files, one a document (beads) rather than one file.
    package var isFolder: Bool { format == .beads }
    package var statePath: String { resolved + ".done" }
    package var partialPath: String { resolved + ".partial" }
    private var stateHeader: String { "bitext-batch 1 \(format.rawValue)\n" }

    /// Opens the output at `path`, starting over or, with `resume`, going on from its state file.
    ///
    /// `manifest`, when given, is checked before anything is written: no output file may be it or a file
    /// it names, and a resumed state may name only its documents.
    package init(
        path: String, format: ExportFormat, resume: Bool, header: String = "", footer: String = "",
        manifest: Manifest? = nil
    ) throws(BatchError) {
        self.path = path
        self.format = format
        self.header = header
        self.footer = footer
        let isFolder = format == .beads
        let target: OutputTarget
        do {
            target = try OutputTarget(path, allowingDirectory: isFolder)
        } catch {
            throw BatchError(.output, file: path, message: error.message)
        }
        // `beads/` names the folder `beads`: its state is `beads.done` beside it, not `.done` inside.
        var trimmed = Substring(target.resolved)
        while trimmed.count > 1 && trimmed.hasSuffix("/") { trimmed = trimmed.dropLast() }
        resolved = String(trimmed)
        switch target.kind {
        case .standardOutput, .descriptor, .special:
            isStream = true
            guard !isFolder else {
                throw BatchError(
                    .usage, file: target.name, message: "beads are one file a document: give -o FOLDER")
            }
            guard !resume else {
                throw BatchError(
                    .usage, file: target.name,
                    message:
                        "--resume needs an output file, and this is \(Self.describe(target.kind)); run without --resume"
                )
            }
            try openStream(target)
            return
        case .directory, .file:
            isStream = false
            if case .file(_?) = target.kind, isFolder {
                throw BatchError(.output, file: path, message: "not a folder: beads are one file a document")
            }
        }
        let created = try lock()
        do throws(BatchError) {
            let recorded = resume && !created ? try readRecorded() : nil
            try check(manifest, stateIsNew: created, recorded: recorded)
            if let recorded {
                try reopen(recorded)
            } else if resume, exists(partialPath) || exists(resolved) {
                throw BatchError(
                    .state, file: statePath,
                    message: "not found, so the output cannot be resumed; run without --resume to start over")
            } else {
                if !created, !isStream, exists(partialPath) {
                    // What an interrupted run left: its state's lines after the header, one a document.
                    discarded = max(0, ((try? readState()) ?? "").split(separator: "\n").count - 1)
                }
                try start()
            }
        } catch {
            // Leave no state file this run made and did not use.
            if created { unlink(statePath) }
            throw error
        }
    }

    deinit {
        if file >= 0, ownsFile { close(file) }
        if state >= 0 { close(state) }
    }

    /// Appends one document's bytes, then records it as completed.
    package func write(document id: String, bytes: [UInt8]) throws(BatchError) {
        if isFolder {
            let target = (resolved as NSString).appendingPathComponent(id + ".beads")
            try Self.writeAtomically(bytes, to: target)
        } else {
            try Self.write(bytes, to: file, name: writtenName)
            offset += bytes.count
        }
        guard !isStream else { return }
        try Self.write(Array("\(id)\t\(offset)\n".utf8), to: state, name: statePath)
        completed.insert(id)
    }

    /// Ends the output: TMX's closing tags, then the partial file renamed to its final name; the lock is
    /// released last.
    package func finish() throws(BatchError) {
        defer {
            if state >= 0 {
                close(state)
                state = -1
            }
        }
        guard !isFolder, file >= 0 else { return }
        try Self.write(Array(footer.utf8), to: file, name: writtenName)
        if isStream {
            if ownsFile { close(file) }
            file = -1
            return
        }
        _ = try? FileDescriptor(rawValue: file).sync()
        close(file)
        file = -1
        guard rename(partialPath, resolved) == 0 else {
            throw Self.failure(path, "cannot rename the output into place")
        }
    }

    // MARK: Opening

    private func exists(_ path: String) -> Bool { (try? FileStatus(path: path, followingLinks: false)) != nil }

    private static func describe(_ kind: OutputTarget.Kind) -> String {
        switch kind {
        case .standardOutput: "standard output"
        case .descriptor(let number): "descriptor \(number)"
        case .special(let kind): kind == .other ? "another process's descriptor" : kind.name
        case .directory: "a folder"
        case .file: "a file"
        }
    }

    /// Standard output, an open descriptor, or a device or FIFO opened in place; the header written.
    private func openStream(_ target: OutputTarget) throws(BatchError) {
        streamName = target.name
        switch target.kind {
        case .standardOutput:
            (file, ownsFile) = (STDOUT_FILENO, false)
        case .descriptor(let number):
            (file, ownsFile) = (number, false)
        default:
            do {
                file = try FileDescriptor.open(target.resolved, O_WRONLY).rawValue
            } catch {
                throw BatchError(.output, file: path, message: "cannot open: \(error)")
            }
        }
        try Self.write(Array(header.utf8), to: file, name: target.name)
    }

    /// Opens the state file (made if missing) and locks it for the run; returns whether it was made.
    private func lock() throws(BatchError) -> Bool {
        var created = false
        while state < 0 {
            do {
                state = try FileDescriptor.open(statePath, O_RDWR).rawValue
            } catch .noSuchFileOrDirectory {
                do {
                    state = try FileDescriptor.open(statePath, O_RDWR | O_CREAT | O_EXCL).rawValue
                    created = true
                } catch .fileExists {
                    continue  // another batch made it first: open it
                } catch {
                    throw Self.failure(statePath, "cannot open", error)
                }
            } catch {
                throw Self.failure(statePath, "cannot open", error)
            }
        }
        while flock(state, LOCK_EX | LOCK_NB) != 0 {
            let error = Errno.current
            if error == .interrupted { continue }
            close(state)
            state = -1
            if error == .wouldBlock {
                throw BatchError(
                    .busy, file: path,
                    message:
                        "another bitext batch is writing this output (it holds \(statePath)); wait for it to end, or write to another file"
                )
            }
            throw Self.failure(statePath, "cannot lock", error)
        }
        return created
    }

    /// Refuses, in one pass over the manifest, a manifest or a file it names that is one of the output's
    /// files (the output, its partial and state files unless this run just made the state file, a bead
    /// file in its folder), and a recorded state naming a document the manifest does not have.
    private func check(_ manifest: Manifest?, stateIsNew: Bool, recorded: Recorded?) throws(BatchError) {
        guard let manifest else { return }
        var outputs: [FileStatus.Identity: String] = [:]
        var files = [resolved, partialPath]
        if !stateIsNew { files.append(statePath) }
        if isFolder {
            let names = (try? FileManager.default.contentsOfDirectory(atPath: resolved)) ?? []
            files = names.filter { $0.hasSuffix(".beads") }.map { resolved + "/" + $0 }
            if !stateIsNew { files.append(statePath) }
        }
        for file in files {
            if let status = try? FileStatus(path: file), status.kind == .regular { outputs[status.identity] = file }
        }
        var unknown = recorded?.lineOf ?? [:]
        guard !outputs.isEmpty || !unknown.isEmpty else { return }
        func check(_ input: String, _ what: @autoclosure () -> String) throws(BatchError) {
            guard let status = try? FileStatus(path: input), let output = outputs[status.identity] else { return }
            let name = output == resolved ? "" : " (\(output))"
            throw BatchError(
                .usage, file: path,
                message: "the output\(name) is \(what()), the same file; write the output to another file")
        }
        if !outputs.isEmpty { try check(manifest.path, "the manifest \(manifest.path)") }
        for case .success(let document) in manifest {
            if !unknown.isEmpty { unknown[document.id] = nil }
            guard !outputs.isEmpty else {
                if unknown.isEmpty { break }
                continue
            }
            switch document.source {
            case .files(let chinese, let english):
                try check(chinese, "\(chinese), an input of \(document.origin)")
                try check(english, "\(english), an input of \(document.origin)")
            case .file(let file):
                try check(file, "\(file), an input of \(document.origin)")
            case .texts, .text:
                break
            }
        }
        // A state naming a document the manifest does not have: another batch's state, or a manifest
        // edited since.
        if let (id, line) = unknown.min(by: { $0.value < $1.value }) {
            throw BatchError(
                .state, file: statePath, line: line,
                message:
                    "'\(id)' is not in the manifest \(manifest.path); resume with the manifest the batch started with, or run without --resume to start over"
            )
        }
    }

    private func start() throws(BatchError) {
        if isFolder {
            do {
                try FileManager.default.createDirectory(atPath: resolved, withIntermediateDirectories: true)
            } catch {
                throw BatchError(.output, file: path, message: "cannot create the bead folder")
            }
        } else {
            file = try newPartial()
            try Self.write(Array(header.utf8), to: file, name: partialPath)
            offset = header.utf8.count
        }
        guard ftruncate(state, 0) == 0, lseek(state, 0, SEEK_SET) == 0 else {
            throw Self.failure(statePath, "cannot truncate")
        }
        try Self.write(Array(stateHeader.utf8), to: state, name: statePath)
    }

    /// A new, empty partial file (whatever was at its name is removed, never followed), with the
    /// permissions of the output it will replace, if there is one.
    private func newPartial() throws(BatchError) -> Int32 {
        if unlink(partialPath) != 0, Errno.current != .noSuchFileOrDirectory {
            throw Self.failure(partialPath, "cannot remove the old partial file")
        }
        let descriptor: Int32
        do {
            descriptor = try FileDescriptor.open(partialPath, O_WRONLY | O_CREAT | O_EXCL).rawValue
        } catch {
            throw Self.failure(partialPath, "cannot open", error)
        }
        if let existing = try? FileStatus(path: resolved), existing.kind == .regular {
            _ = fchmod(descriptor, mode_t(existing.permissions))
            if getuid() == 0 { _ = fchown(descriptor, existing.owner, existing.group) }
        }
        return descriptor
    }

    /// What the state file records: the documents (and the line of each), the bytes of its complete lines,
    /// the output's length after the last document.
    private struct Recorded {
        var lineOf: [String: Int] = [:]
        var kept = 0
        var end = 0
    }

    /// Reads and checks the state file; changes nothing.
    private func readRecorded() throws(BatchError) -> Recorded {
        let text = try readState()
        guard text.hasPrefix(stateHeader) else {
            let found = text.prefix { $0 != "\n" }.split(separator: " ").last.map(String.init) ?? ""
            throw BatchError(
                .state, file: statePath,
                message: found.isEmpty || !text.hasPrefix("bitext-batch 1 ")
                    ? "not a bitext batch state file; run without --resume to start over"
                    : "records a \(found) output, not \(format.rawValue); run without --resume to start over")
        }
        var kept = stateHeader.utf8.count
        var end = isFolder ? 0 : header.utf8.count
        var lineOf: [String: Int] = [:]
        var lineNumber = 1
        // Only lines ending in a newline count: a kill may have cut the last one short.
        for line in text.dropFirst(stateHeader.count).split(separator: "\n", omittingEmptySubsequences: false)
            .dropLast()
        {
            lineNumber += 1
            let fields = line.split(separator: "\t", omittingEmptySubsequences: false)
            guard fields.count == 2, !fields[0].isEmpty, let recorded = Int(fields[1]),
                recorded >= end || isFolder
            else {
                throw BatchError(
                    .state, file: statePath, line: lineNumber,
                    message: "not ID<TAB>OFFSET after the offsets before it; run without --resume to start over")
            }
            let id = String(fields[0])
            if let first = lineOf[id] {
                throw BatchError(
                    .state, file: statePath, line: lineNumber,
                    message:
                        "'\(id)' is recorded twice (first on line \(first)), so the output holds it twice; run without --resume to start over"
                )
            }
            lineOf[id] = lineNumber
            end = isFolder ? 0 : recorded
            kept += line.utf8.count + 1
        }
        return Recorded(lineOf: lineOf, kept: kept, end: end)
    }

    /// Goes on from `recorded`, checked against the output and the manifest: checks the output's length,
    /// then (and only then) truncates the state and the partial output to the last recorded document.
    private func reopen(_ recorded: Recorded) throws(BatchError) {
        completed = Set(recorded.lineOf.keys)
        offset = recorded.end

        // Every check passed: now change the files.
        var source: Int32 = -1
        if !isFolder {
            if exists(partialPath) {
                file = try Self.open(partialPath, flags: O_WRONLY)
                try checkLength(of: file, name: partialPath)
            } else if exists(resolved) {
                // The last run finished: copy its output up to the last document (not the closing tags) into
                // a new partial file; the complete output stays where it is.
                source = try Self.open(resolved, flags: O_RDONLY)
                try checkLength(of: source, name: resolved)
            } else if !completed.isEmpty {
                throw BatchError(
                    .state, file: statePath,
                    message:
                        "records \(completed.count) documents, but neither \(resolved) nor \(partialPath) is there; run without --resume to start over"
                )
            }
        }
        defer { if source >= 0 { close(source) } }
        guard ftruncate(state, off_t(recorded.kept)) == 0, lseek(state, 0, SEEK_END) >= 0 else {
            throw Self.failure(statePath, "cannot truncate")
        }
        guard !isFolder else { return }
        if file < 0 {
            file = try newPartial()
            if source >= 0 { try Self.copy(offset, from: source, to: file, name: partialPath) }
        }
        guard ftruncate(file, off_t(offset)) == 0, lseek(file, 0, SEEK_END) == off_t(offset) else {
            throw Self.failure(partialPath, "cannot truncate")
        }
        if offset < header.utf8.count {
            guard ftruncate(file, 0) == 0, lseek(file, 0, SEEK_SET) == 0 else {
                throw Self.failure(partialPath, "cannot truncate")
            }
            try Self.write(Array(header.utf8), to: file, name: partialPath)
            offset = header.utf8.count
        }
    }

    /// The state file's text, read through the locked descriptor.
    private func readState() throws(BatchError) -> String {
        var bytes: [UInt8] = []
        var chunk = [UInt8](repeating: 0, count: 1 << 16)
        var position: off_t = 0
        while true {
            let count = chunk.withUnsafeMutableBytes { pread(state, $0.baseAddress, $0.count, position) }
            if count == 0 { break }
            if count < 0 {
                if Errno.current == .interrupted { continue }
                throw Self.failure(statePath, "cannot read")
            }
            bytes.append(contentsOf: chunk[0..<count])
            position += off_t(count)
        }
        return String(decoding: bytes, as: UTF8.self)
    }

    /// Refuses a file shorter than the state records.
    private func checkLength(of descriptor: Int32, name: String) throws(BatchError) {
        let size = lseek(descriptor, 0, SEEK_END)
        guard size >= off_t(offset) else {
            throw BatchError(
                .state, file: name,
                message:
                    "shorter than \(statePath) records (\(size) < \(offset) bytes); run without --resume to start over")
        }
    }

    // MARK: Writing

    private static func open(_ path: String, flags: Int32) throws(BatchError) -> Int32 {
        do {
            return try FileDescriptor.open(path, flags).rawValue
        } catch {
            throw failure(path, "cannot open", error)
        }
    }

    /// Writes all of `bytes` with write(2): no buffer in this process, so a kill loses nothing written.
    package static func write(_ bytes: [UInt8], to descriptor: Int32, name: String) throws(BatchError) {
        do {
            try FileDescriptor(rawValue: descriptor).write(bytes)
        } catch {
            throw failure(name, "cannot write", error, kind: .write)
        }
    }

    /// Copies the first `count` bytes of `source` to the end of `target`.
    private static func copy(_ count: Int, from source: Int32, to target: Int32, name: String) throws(BatchError) {
        var chunk = [UInt8](repeating: 0, count: 1 << 20)
        var done = 0
        while done < count {
            let got = chunk.withUnsafeMutableBytes {
                pread(source, $0.baseAddress, min($0.count, count - done), off_t(done))
            }
            if got < 0, Errno.current == .interrupted { continue }
            guard got > 0 else { throw failure(name, "cannot copy the finished output") }
            try write(Array(chunk[0..<got]), to: target, name: name)
            done += got
        }
    }

    /// Writes `bytes` to a temporary file beside `path` (removed on a signal), then renames it over `path`.
    private static func writeAtomically(_ bytes: [UInt8], to path: String) throws(BatchError) {
        let temporary = path + ".\(getpid()).tmp"
        let registration = TemporaryFiles.register(temporary)
        defer { TemporaryFiles.unregister(registration) }
        let descriptor = try open(temporary, flags: O_WRONLY | O_CREAT | O_TRUNC)
        do throws(BatchError) {
            defer { close(descriptor) }
            try write(bytes, to: descriptor, name: temporary)
        } catch {
            unlink(temporary)
            throw error
        }
        guard rename(temporary, path) == 0 else {
            let error = failure(path, "cannot rename into place")
            unlink(temporary)
            throw error
        }
    }

    private static func failure(
        _ path: String, _ what: String, _ error: Errno = .current, kind: BatchError.Kind = .output
    ) -> BatchError {
        // A full disk is a write that failed midway, whatever the call.
        let kind = error.isFull ? .write : kind
        return BatchError(kind, file: path, message: "\(what): \(error)")
    }
}
