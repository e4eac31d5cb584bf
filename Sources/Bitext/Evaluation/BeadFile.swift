import Foundation

/// Reads bead files: one bead a line in Vecalign's notation (`[0, 1]:[2]`), as `score.py` reads them.
///
/// A third field (Vecalign's cost, or the confidence `bitext align --format beads --score` writes:
/// `[0]:[1]:0.25`) is read by `readScored` and ignored by `read`; blank lines are skipped.
package enum BeadFile {
    /// A bead file that cannot be read.
    package typealias ReadError = FileError

    /// The beads of the file at `path` (`-`: standard input).
    package static func read(_ path: String) throws(ReadError) -> [Bead] {
        try readScored(path).map(\.bead)
    }

    /// The beads of the file at `path` with their third field as a number, nil where there is none.
    package static func readScored(_ path: String) throws(ReadError) -> [(bead: Bead, score: Double?)] {
        let bytes: [UInt8]
        do {
            bytes = try LoadedFile.contents(of: path)
        } catch {
            let isBadData = if case .gzip = error.reason { true } else { false }
            throw ReadError(
                file: path, message: "cannot read the file (\(LoadedFile.reason(error)))", isBadData: isBadData)
        }
        guard let text = String(validating: bytes, as: UTF8.self) else {
            throw ReadError(file: path, message: "not valid UTF-8", isBadData: true)
        }
        return try parseScored(text, file: path)
    }

    /// The beads of `text`; `file` names it in errors.
    package static func parse(_ text: String, file: String) throws(ReadError) -> [Bead] {
        try parseScored(text, file: file).map(\.bead)
    }

    /// The beads of `text` with their third fields as numbers; `file` names it in errors.
    ///
    /// Lines end in LF or CRLF. A line in the plain form bitext and Vecalign write (ASCII brackets, digits,
    /// commas, colons, spaces and a decimal third field) is read from its bytes; any other line by the
    /// general reader, which trims Unicode spaces and names the line it cannot read.
    package static func parseScored(_ text: String, file: String) throws(ReadError) -> [(bead: Bead, score: Double?)] {
        var text = text
        var beads: [(bead: Bead, score: Double?)] = []
        var failure: ReadError?
        text.withUTF8 { bytes in
            var number = 0
            var start = 0
            while start <= bytes.count {
                var end = start
                while end < bytes.count && bytes[end] != UInt8(ascii: "\n") { end += 1 }
                number += 1
                var lineEnd = end
                if lineEnd > start && bytes[lineEnd - 1] == UInt8(ascii: "\r") { lineEnd -= 1 }
                let line = UnsafeBufferPointer(rebasing: bytes[start..<lineEnd])
                switch PlainLine(line) {
                case .blank: break
                case .bead(let bead, let score): beads.append((bead, score))
                case nil:
                    do throws(ReadError) {
                        if let read = try parseLine(String(decoding: line, as: UTF8.self), number: number, file: file) {
                            beads.append(read)
                        }
                    } catch {
                        failure = error
                        return
                    }
                }
                start = end + 1
            }
        }
        if let failure { throw failure }
        return beads
    }

    /// A line in any form: nil when blank.
    static func parseLine(_ line: String, number: Int, file: String) throws(ReadError)
        -> (bead: Bead, score: Double?)?
    {
        let trimmed = line.trimmingCharacters(in: .whitespacesAndNewlines)
        if trimmed.isEmpty { return nil }
        let fields = trimmed.split(separator: ":", omittingEmptySubsequences: true)
        guard fields.count >= 2, let bead = Bead(notation: "\(fields[0]):\(fields[1])") else {
            throw ReadError(
                file: file, line: number, message: "expected a bead such as [0, 1]:[2], found '\(trimmed.prefix(40))'")
        }
        return (bead, fields.count >= 3 ? Double(fields[2].trimmingCharacters(in: .whitespaces)) : nil)
    }
}
