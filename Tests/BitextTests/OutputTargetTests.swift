import BitextTestSupport
import Foundation
import Glibc
import Testing

@testable import Bitext

/// `OutputTarget` and `AtomicFile` on what a path can be: devices (made with mknod in a scratch folder,
/// never the system's), FIFOs, links, descriptors, inputs, a full device.
@Suite final class OutputTargetTests: Sendable {
    /// A scratch folder of the test's own, removed when it ends.
    private let scratch: TemporaryFolder
    private var folder: String { scratch.path }

    init() throws { scratch = try TemporaryFolder("output-target") }
    deinit { scratch.remove() }

    static let isRoot = getuid() == 0

    private func path(_ name: String) -> String { folder + "/" + name }

    private func device(_ name: String, minor: UInt32) throws -> String {
        // Major 1: mem devices (3 null, 7 full); dev_t as glibc's makedev packs small numbers.
        try #require(mknod(path(name), S_IFCHR | 0o666, dev_t(0x100 | minor)) == 0)
        return path(name)
    }

    private func kind(_ name: String) -> mode_t {
        var status = stat()
        guard lstat(path(name), &status) == 0 else { return 0 }
        return status.st_mode & S_IFMT
    }

    @Test func whatAPathIs() throws {
        try Data("x".utf8).write(to: URL(fileURLWithPath: path("file")))
        try FileManager.default.createSymbolicLink(atPath: path("link"), withDestinationPath: "file")
        try FileManager.default.createSymbolicLink(atPath: path("dangling"), withDestinationPath: "nothing/yet")
        try FileManager.default.createSymbolicLink(atPath: path("loop"), withDestinationPath: "loop")
        try #require(mkfifo(path("fifo"), 0o644) == 0)

        #expect(try OutputTarget("-").kind == .standardOutput)
        #expect(try OutputTarget(path("new")).kind == .file(nil))
        #expect(try OutputTarget(path("file")).isReplaced)
        let link = try OutputTarget(path("link"))
        #expect(link.resolved == path("file") && link.isReplaced && link.path == path("link"))
        #expect(try OutputTarget(path("dangling")).resolved == folder + "/nothing/yet")
        #expect(try OutputTarget(path("fifo")).kind == .special(.fifo))
        #expect(throws: ExportError(file: folder, message: "cannot write: it is a directory", kind: .unwritableOutput))
        {
            try OutputTarget(folder)
        }
        #expect(try OutputTarget(folder, allowingDirectory: true).kind == .directory)
        #expect(throws: ExportError.self) { try OutputTarget(path("loop")) }
    }

    /// `/dev/fd/N` and `/proc/self/fd/N` name this process's descriptors: written directly, never
    /// looked up as files.
    @Test func descriptorPaths() throws {
        #expect(OutputTarget.descriptorNumber("/dev/fd/3")! == (3, true))
        #expect(OutputTarget.descriptorNumber("/proc/self/fd/12")! == (12, true))
        #expect(OutputTarget.descriptorNumber("/proc/\(getpid())/fd/1")! == (1, true))
        #expect(OutputTarget.descriptorNumber("/proc/1/fd/1")! == (1, getpid() == 1))
        #expect(OutputTarget.descriptorNumber("/dev/fd") == nil)
        #expect(OutputTarget.descriptorNumber("fd/3") == nil)
        #expect(OutputTarget.descriptorNumber("/tmp/dev/fd/3") == nil)

        var ends: [Int32] = [-1, -1]
        try #require(pipe(&ends) == 0)
        defer { close(ends[0]) }
        let target = try OutputTarget("/proc/self/fd/\(ends[1])")
        #expect(target.kind == .descriptor(ends[1]))
        try AtomicFile.write(Data("through the pipe\n".utf8), to: target.path)
        close(ends[1])
        var buffer = [UInt8](repeating: 0, count: 64)
        let count = read(ends[0], &buffer, buffer.count)
        #expect(String(decoding: buffer.prefix(max(count, 0)), as: UTF8.self) == "through the pipe\n")
    }

    @Test(.enabled(if: isRoot, "mknod needs root"))
    func aDeviceIsWrittenInPlace() throws {
        let null = try device("null", minor: 3)
        try AtomicFile.write([(null, Data("pairs\n".utf8))])
        #expect(kind("null") == S_IFCHR)
        #expect(try FileManager.default.contentsOfDirectory(atPath: folder) == ["null"])
    }

    @Test(.enabled(if: isRoot, "mknod needs root"))
    func aFullDeviceSaysNoSpace() throws {
        let full = try device("full", minor: 7)
        #expect(
            throws: ExportError(file: full, message: "cannot write: no space left on device", kind: .writeFailed)
        ) { try AtomicFile.write([(full, Data("pairs\n".utf8))]) }
        #expect(kind("full") == S_IFCHR)
    }

    @Test func aFIFOIsWrittenInPlace() throws {
        try #require(mkfifo(path("fifo"), 0o644) == 0)
        let reader = Thread {
            // Read to the end by hand: Data(contentsOf:) takes a FIFO's size, 0, and stops.
            let handle = FileHandle(forReadingAtPath: self.path("fifo"))
            let data = handle?.readDataToEndOfFile() ?? Data()
            _ = FileManager.default.createFile(atPath: self.path("received"), contents: data)
        }
        reader.start()
        try AtomicFile.write([(path("fifo"), Data("pairs\n".utf8))])
        while !FileManager.default.fileExists(atPath: path("received")) { usleep(1_000) }
        usleep(10_000)
        #expect(try String(contentsOfFile: path("received"), encoding: .utf8) == "pairs\n")
        #expect(kind("fifo") == S_IFIFO)
    }

    /// A link is followed: the target is replaced (keeping its permissions), the link stays a link.
    @Test func aLinkReplacesItsTarget() throws {
        try FileManager.default.createDirectory(atPath: path("real"), withIntermediateDirectories: true)
        try Data("old\n".utf8).write(to: URL(fileURLWithPath: path("real/out.tsv")))
        chmod(path("real/out.tsv"), 0o600)
        try FileManager.default.createSymbolicLink(atPath: path("out.tsv"), withDestinationPath: "real/out.tsv")
        try AtomicFile.write(Data("new\n".utf8), to: path("out.tsv"))
        #expect(kind("out.tsv") == S_IFLNK)
        #expect(try String(contentsOfFile: path("real/out.tsv"), encoding: .utf8) == "new\n")
        #expect(
            try FileManager.default.attributesOfItem(atPath: path("real/out.tsv"))[.posixPermissions] as? Int == 0o600)
        #expect(try FileManager.default.contentsOfDirectory(atPath: path("real")) == ["out.tsv"])
    }

    /// A new file gets 0666 less the umask (read from /proc, not set: tests run in parallel).
    @Test func aNewFileGetsTheUmask() throws {
        let status = try String(contentsOfFile: "/proc/self/status", encoding: .utf8)
        let line = try #require(status.split(separator: "\n").first { $0.hasPrefix("Umask:") })
        let mask = try #require(Int(line.split(separator: "\t").last ?? "", radix: 8))
        try AtomicFile.write(Data("new\n".utf8), to: path("new.tsv"))
        #expect(
            try FileManager.default.attributesOfItem(atPath: path("new.tsv"))[.posixPermissions] as? Int == 0o666
                & ~mask)
    }

    @Test func anInputIsNeverAnOutput() throws {
        try Data("input\n".utf8).write(to: URL(fileURLWithPath: path("in.txt")))
        try FileManager.default.createSymbolicLink(atPath: path("alias.tsv"), withDestinationPath: "in.txt")
        try #require(link(path("in.txt"), path("hard.tsv")) == 0)
        for output in ["in.txt", "alias.tsv", "hard.tsv"] {
            #expect {
                try AtomicFile.write([(path(output), Data("x".utf8))], inputs: [path("in.txt")])
            } throws: { error in
                (error as? ExportError)?.kind == .conflictingOutput
                    && (error as? ExportError)?.message.hasSuffix("write the output to another file") == true
            }
        }
        #expect(try String(contentsOfFile: path("in.txt"), encoding: .utf8) == "input\n")
        // Two outputs that are one file: refused before either is written.
        #expect(throws: ExportError.self) {
            try AtomicFile.write([(path("a.tsv"), Data("1".utf8)), (path("./a.tsv"), Data("2".utf8))])
        }
        #expect(throws: ExportError.self) { try AtomicFile.check([path("in.txt"), path("hard.tsv")]) }
        #expect(!FileManager.default.fileExists(atPath: path("a.tsv")))
        try AtomicFile.check([path("out.tsv")], inputs: [path("in.txt"), "-"])
    }

    @Test func errnoMessages() {
        #expect(Errno.noSpace.description == "no space left on device")
        #expect(Errno.noSuchFileOrDirectory.description == "no such file or directory")
        #expect(Errno(rawValue: ENAMETOOLONG).description == "file name too long")
        #expect(Errno.wouldBlock == Errno(rawValue: EAGAIN))
    }
}

/// The paths a signal handler removes.
@Suite struct TemporaryFilesTests {
    @Test func registeredPathsAreKeptUntilUnregistered() {
        let path = "/nonexistent/bitext-temporary-\(UUID().uuidString)"
        let registration = TemporaryFiles.register(path)
        #expect(registration != nil)
        #expect(TemporaryFiles.registered.contains(path))
        TemporaryFiles.unregister(registration)
        #expect(!TemporaryFiles.registered.contains(path))
    }

    /// Registering never fails the write: with every slot taken, it returns nil and the file is written
    /// all the same.
    @Test func fullSlotsAreNotAnError() {
        var registrations: [TemporaryFiles.Registration?] = []
        for index in 0..<300 { registrations.append(TemporaryFiles.register("/nonexistent/bitext-many-\(index)")) }
        #expect(registrations.contains { $0 == nil })
        for registration in registrations { TemporaryFiles.unregister(registration) }
        #expect(!TemporaryFiles.registered.contains { $0.hasPrefix("/nonexistent/bitext-many-") })
    }
}
