/// The bytes of an input file read ahead of its reading, or why they could not be read: `Reader` then
/// reads it exactly as from its path (same checks, same errors).
package struct LoadedFile: Sendable {
    /// The path the file was read from.
    package let path: String
    let bytes: Result<[UInt8], ReadError>

    /// Reads the file at `path` (not `-`: standard input is read when its turn comes).
    package init(path: String) {
        self.path = path
        bytes = Result { () throws(ReadError) in try InputText.load(path, name: path) }
    }
}
