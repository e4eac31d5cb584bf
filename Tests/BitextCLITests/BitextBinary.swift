import BitextTestSupport
import Foundation

/// What a run of the `bitext` binary gave: its exit status and its output.
struct BitextRun {
    var status: Int32
    var stdout: String
    var stderr: String
}

/// The built `bitext` executable, and a way to run it as a user would.
///
/// The binary sits next to the test bundle (`CommandLine.arguments[0]`, such as
/// `.build/debug/BitextPackageTests.xctest`); failing that, in `.build/debug` of the repository.
enum BitextBinary {
    /// The repository root, found from this file's path.
    static let root = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
        .deletingLastPathComponent()

    /// The binary: `BITEXT_BINARY` when set (to run these tests against another build, such as main's),
    /// else the one built beside the tests.
    static let url: URL = {
        if let path = ProcessInfo.processInfo.environment["BITEXT_BINARY"] { return URL(fileURLWithPath: path) }
        var candidates: [URL] = []
        if let first = CommandLine.arguments.first {
            var bundle = URL(fileURLWithPath: first)
            while bundle.pathComponents.count > 1, !bundle.lastPathComponent.hasSuffix(".xctest") {
                bundle.deleteLastPathComponent()
            }
            if bundle.lastPathComponent.hasSuffix(".xctest") {
                candidates.append(bundle.deletingLastPathComponent().appendingPathComponent("bitext"))
            }
            candidates.append(URL(fileURLWithPath: first).deletingLastPathComponent().appendingPathComponent("bitext"))
        }
        candidates.append(root.appendingPathComponent(".build/debug/bitext"))
        return candidates.first { FileManager.default.isExecutableFile(atPath: $0.path) }
            ?? candidates[candidates.count - 1]
    }()

    /// Runs `bitext ARGUMENTS` in `directory` (the repository root by default), with `stdin` as its
    /// standard input (empty by default, never the terminal) and `environment` added to this process's.
    static func run(
        _ arguments: [String], stdin: Data = Data(), in directory: URL = root, environment: [String: String] = [:]
    ) throws -> BitextRun {
        let scratch = try TemporaryFolder("cli")
        defer { scratch.remove() }
        let input = scratch.url.appendingPathComponent("stdin")
        let output = scratch.url.appendingPathComponent("stdout")
        let errors = scratch.url.appendingPathComponent("stderr")
        try stdin.write(to: input)
        _ = FileManager.default.createFile(atPath: output.path, contents: nil)
        _ = FileManager.default.createFile(atPath: errors.path, contents: nil)

        let process = Process()
        process.executableURL = url
        process.arguments = arguments
        if !environment.isEmpty {
            process.environment = ProcessInfo.processInfo.environment.merging(environment) { $1 }
        }
        process.currentDirectoryURL = directory
        process.standardInput = try FileHandle(forReadingFrom: input)
        process.standardOutput = try FileHandle(forWritingTo: output)
        process.standardError = try FileHandle(forWritingTo: errors)
        try process.run()
        process.waitUntilExit()
        return BitextRun(
            status: process.terminationStatus,
            stdout: String(decoding: try Data(contentsOf: output), as: UTF8.self),
            stderr: String(decoding: try Data(contentsOf: errors), as: UTF8.self))
    }
}
