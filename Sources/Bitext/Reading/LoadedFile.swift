/// The bytes of an input file read ahead of its reading, or why they could not be read: `Reader` then
/// reads it exactly as from its path (same checks, same errors).
package struct LoadedFile: Sendable {
    /// The path the file was read from.
    package let path: String
    let bytes: Result<[UInt8], ReadError>

    /// The bytes of the file at `path` (`-`: standard input), read with `Reader`'s checks: a missing file,
    /// a folder, a failed read or a `.gz` file that does not decompress is a `ReadError`, never a trap.
    package static func contents(of path: String) throws(ReadError) -> [UInt8] {
        try InputText.load(path, name: name(of: path))
    }

    /// How messages name the input at `path`: `<stdin>` for `-`, else the path.
    package static func name(of path: String) -> String {
        path == "-" ? "<stdin>" : path
    }

    /// Why a file could not be read, for another module's message: `no such file`, `is a directory`.
    package static func reason(_ error: ReadError) -> String {
        switch error.reason {
        case .noSuchFile: "no such file"
        case .isDirectory: "is a directory"
        case .unreadable(let why), .gzip(let why): why
        default: error.description
        }
    }

    /// Reads the file at `path` (not `-`: standard input is read when its turn comes).
    package init(path: String) {
        self.path = path
        bytes = Result { () throws(ReadError) in try InputText.load(path, name: path) }
    }
}
