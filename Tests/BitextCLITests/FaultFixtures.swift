import BitextTestSupport
import Foundation
import Glibc
import Testing

/// What the fault tests build in a scratch folder of their own: device nodes (`mknod`, root only),
/// FIFOs, symbolic links, long documents, a full file system; and a child `bitext` whose descriptors
/// and signals they control. Never the system's own device files.
final class Scratch {
    let folder: TemporaryFolder
    var path: String { folder.path }

    init() throws { folder = try TemporaryFolder("fault") }

    deinit {
        // A file system mounted here (the full-disk test) is unmounted by its test; never remove across it.
        folder.remove()
    }

    func callAsFunction(_ name: String) -> String { path + "/" + name }

    /// Whether the tests run as root: `mknod` and `mount` need it.
    static let isRoot = getuid() == 0

    /// A character device node `name` here: `(1, 3)` is a null device, `(1, 7)` a full one.
    @discardableResult
    func device(_ name: String, major: UInt32, minor: UInt32) throws -> String {
        let device =
            (UInt64(minor) & 0xFF) | ((UInt64(major) & 0xFFF) << 8) | ((UInt64(minor) & ~0xFF) << 12)
            | ((UInt64(major) & ~0xFFF) << 32)
        try #require(mknod(self(name), S_IFCHR | 0o666, dev_t(device)) == 0, "mknod \(name): errno \(errno)")
        return self(name)
    }

    @discardableResult
    func fifo(_ name: String) throws -> String {
        try #require(mkfifo(self(name), 0o644) == 0, "mkfifo \(name): errno \(errno)")
        return self(name)
    }

    @discardableResult
    func write(_ name: String, _ text: String) throws -> String {
        try Data(text.utf8).write(to: URL(fileURLWithPath: self(name)))
        return self(name)
    }

    func read(_ name: String) throws -> String {
        String(decoding: try Data(contentsOf: URL(fileURLWithPath: self(name))), as: UTF8.self)
    }

    /// The kind of file at `name` (not following links): `S_IFCHR`, `S_IFIFO`, `S_IFLNK`, `S_IFREG`, or 0 if none.
    func kind(_ name: String) -> mode_t {
        var status = stat()
        guard lstat(self(name), &status) == 0 else { return 0 }
        return status.st_mode & S_IFMT
    }

    func permissions(_ name: String) -> mode_t {
        var status = stat()
        guard stat(self(name), &status) == 0 else { return 0 }
        return status.st_mode & 0o7777
    }

    /// The names here, hidden ones (temporary files) included.
    func names() throws -> [String] { try FileManager.default.contentsOfDirectory(atPath: path).sorted() }

    /// The temporary files an output left here (`.NAME.PID-N.tmp`, `NAME.PID.tmp`).
    func temporaryFiles() throws -> [String] { try names().filter { $0.hasSuffix(".tmp") } }
}

/// Documents for the fault tests, from the UN documents and the seed.
enum FaultDocuments {
    static let root = BitextBinary.root.path

    /// `count` lines of a UN document's `language` side (`zh`, `en`), its lines repeated.
    static func lines(_ count: Int, language: String) throws -> String {
        let text = try String(contentsOfFile: root + "/fixtures/un-zh-en/UN19930101_020.\(language)", encoding: .utf8)
        let lines = text.split(separator: "\n").filter { !$0.allSatisfy(\.isWhitespace) }
        return (0..<count).map { lines[$0 % lines.count] }.joined(separator: "\n") + "\n"
    }

    static let seed = root + "/seeds/004_b1f2f82659ca7572.txt"
}

/// A child process with the descriptors a test gives it, started through `/bin/sh` so it runs in a folder
/// of the test's choosing (`exec` keeps the pid: signals reach `bitext` itself).
struct Child {
    let pid: pid_t

    /// How the child ended, as a shell reports it: the exit status, or 128 + the signal that ended it.
    struct Ending: Equatable {
        var status: Int32
        var signal: Int32?
    }

    /// Starts `bitext ARGUMENTS` in `folder`; standard input from `stdin` (an empty file by default),
    /// standard output and error to the files (or nodes) named.
    static func start(
        _ arguments: [String], in folder: String, stdin: String? = nil, stdout: String, stderr: String,
        executable: String = BitextBinary.url.path, shell: String? = nil
    ) throws -> Child {
        var actions = posix_spawn_file_actions_t()
        posix_spawn_file_actions_init(&actions)
        defer { posix_spawn_file_actions_destroy(&actions) }
        let input = stdin ?? folder + "/.empty-stdin"
        if stdin == nil { _ = FileManager.default.createFile(atPath: input, contents: nil) }
        posix_spawn_file_actions_addopen(&actions, 0, input, O_RDONLY, 0)
        posix_spawn_file_actions_addopen(&actions, 1, stdout, O_WRONLY | O_CREAT | O_TRUNC, 0o644)
        posix_spawn_file_actions_addopen(&actions, 2, stderr, O_WRONLY | O_CREAT | O_TRUNC, 0o644)
        // Signals a test runner may have blocked or ignored are the child's defaults again.
        var attributes = posix_spawnattr_t()
        posix_spawnattr_init(&attributes)
        defer { posix_spawnattr_destroy(&attributes) }
        var none = sigset_t()
        sigemptyset(&none)
        var all = sigset_t()
        sigfillset(&all)
        posix_spawnattr_setsigmask(&attributes, &none)
        posix_spawnattr_setsigdefault(&attributes, &all)
        posix_spawnattr_setflags(&attributes, Int16(POSIX_SPAWN_SETSIGMASK | POSIX_SPAWN_SETSIGDEF))
        let script = shell ?? #"cd "$0" && exec "$@""#
        let argv = ["/bin/sh", "-c", script, folder, executable] + arguments
        let cArguments = argv.map { strdup($0) } + [nil]
        defer { for pointer in cArguments { free(pointer) } }
        var pid: pid_t = 0
        let spawned = posix_spawn(&pid, "/bin/sh", &actions, &attributes, cArguments, environ)
        try #require(spawned == 0, "cannot start bitext: error \(spawned)")
        return Child(pid: pid)
    }

    /// Runs `bitext ARGUMENTS` in `folder` to its end; its standard output goes to `stdout` (a file
    /// or node there), its standard error is returned.
    static func run(
        _ arguments: [String], in folder: String, stdin: String? = nil, stdout: String? = nil,
        shell: String? = nil
    ) throws -> (ending: Ending, stdout: String, stderr: String) {
        let output = stdout ?? folder + "/.stdout"
        let errors = folder + "/.stderr"
        let child = try start(
            arguments, in: folder, stdin: stdin, stdout: output, stderr: errors, shell: shell)
        let ending = child.wait()
        var kind = stat()
        let regular = stat(output, &kind) == 0 && kind.st_mode & S_IFMT == S_IFREG
        let text = regular ? (try? String(contentsOfFile: output, encoding: .utf8)) ?? "" : ""
        let errorText = (try? String(contentsOfFile: errors, encoding: .utf8)) ?? ""
        return (ending, text, errorText)
    }

    func signal(_ number: Int32) { kill(pid, number) }

    func wait() -> Ending {
        var status: Int32 = 0
        while waitpid(pid, &status, 0) < 0, errno == EINTR {}
        let signal = status & 0x7F
        return signal == 0 ? Ending(status: (status >> 8) & 0xFF) : Ending(status: 128 + signal, signal: signal)
    }
}

/// Waits for files to appear in a folder (Linux inotify), so a test can act the moment one does.
final class FolderWatch {
    private let descriptor: Int32

    init(_ folder: String) throws {
        descriptor = inotify_init1(Int32(IN_CLOEXEC))
        try #require(descriptor >= 0)
        try #require(inotify_add_watch(descriptor, folder, UInt32(IN_CREATE)) >= 0)
    }

    deinit { close(descriptor) }

    /// The name of the next file created whose name satisfies `matching`, or nil after `timeout` seconds.
    func next(timeout: Double, matching: (String) -> Bool) -> String? {
        let deadline = Date().addingTimeInterval(timeout)
        var buffer = [UInt8](repeating: 0, count: 64 * 1024)
        while Date() < deadline {
            var poller = pollfd(fd: descriptor, events: Int16(POLLIN), revents: 0)
            let milliseconds = Int32(max(1, deadline.timeIntervalSinceNow * 1000))
            guard poll(&poller, 1, milliseconds) > 0 else { continue }
            let count = buffer.withUnsafeMutableBytes { read(descriptor, $0.baseAddress, $0.count) }
            guard count > 0 else { continue }
            var offset = 0
            // struct inotify_event: wd, mask, cookie, len (4 bytes each), then len bytes of name.
            while offset + 16 <= count {
                let length = buffer.withUnsafeBytes { Int($0.load(fromByteOffset: offset + 12, as: UInt32.self)) }
                let nameBytes = buffer[(offset + 16)..<min(offset + 16 + length, count)].prefix { $0 != 0 }
                let name = String(decoding: nameBytes, as: UTF8.self)
                if matching(name) { return name }
                offset += 16 + length
            }
        }
        return nil
    }
}
