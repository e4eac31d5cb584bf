/// Which release of Bitext this is: `bitext --version` prints it and TMX headers carry it.
package enum BitextRelease {
    /// The release number.
    package static let version = "0.9.0"
    /// The day the release number was last raised.
    package static let date = "2026-12-06"
}
