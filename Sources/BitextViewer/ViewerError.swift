/// Why the viewer cannot open, save or show a file: one lowercase line a user can act on.
package struct ViewerError: Error, Sendable, Hashable, CustomStringConvertible {
    package var description: String

    package init(_ description: String) {
        self.description = description
    }
}
