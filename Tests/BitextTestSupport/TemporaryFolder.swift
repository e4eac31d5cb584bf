import Foundation

/// A new folder of a test's own in the system's temporary folder, `bitext-NAME-UUID`.
///
/// The test removes it whether it passes or fails: `defer { folder.remove() }` for a local one, the suite's
/// `deinit` for a suite's (Swift Testing makes a suite instance for each test).
package struct TemporaryFolder: Sendable {
    package let url: URL

    /// Makes the folder; `name` says whose it is, should one be left behind.
    package init(_ name: String) throws {
        url = FileManager.default.temporaryDirectory.appendingPathComponent("bitext-\(name)-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: url, withIntermediateDirectories: true)
    }

    package var path: String { url.path }

    /// The path of `name` in the folder.
    package func path(_ name: String) -> String { url.appendingPathComponent(name).path }

    /// Removes the folder and everything in it.
    package func remove() { try? FileManager.default.removeItem(at: url) }
}
