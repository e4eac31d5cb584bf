import Foundation

/// The system's `gzip`, to check Bitext's gzip files against the tool that defines them.
package enum SystemGzip {
    /// `gzip` failed (a damaged input to `-d`, or no `gzip` on the PATH).
    package struct Failure: Error, CustomStringConvertible {
        package var status: Int32
        package var description: String { "gzip exited with \(status)" }
    }

    /// What `gzip ARGUMENTS` writes on its standard output for `input` on its standard input.
    package static func run(_ arguments: [String], _ input: Data) throws -> Data {
        let folder = try TemporaryFolder("gzip")
        defer { folder.remove() }
        let inputFile = folder.url.appendingPathComponent("in")
        let outputFile = folder.url.appendingPathComponent("out")
        try input.write(to: inputFile)
        _ = FileManager.default.createFile(atPath: outputFile.path, contents: nil)
        let process = Process()
        process.executableURL = URL(fileURLWithPath: "/usr/bin/env")
        process.arguments = ["gzip"] + arguments
        process.standardInput = try FileHandle(forReadingFrom: inputFile)
        process.standardOutput = try FileHandle(forWritingTo: outputFile)
        try process.run()
        process.waitUntilExit()
        guard process.terminationStatus == 0 else { throw Failure(status: process.terminationStatus) }
        return try Data(contentsOf: outputFile)
    }
}
