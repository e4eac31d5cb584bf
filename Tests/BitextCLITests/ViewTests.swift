import BitextTestSupport
import Foundation
import Glibc
import Testing

/// `bitext view` end to end: the real binary in a real terminal (tmux), driven with keys.
@Suite(.serialized) struct ViewTests {
    static let repository = BitextBinary.root
    static var binary: URL { BitextBinary.url }

    static let tmux = ["/usr/bin/tmux", "/usr/local/bin/tmux", "/opt/homebrew/bin/tmux"].first {
        FileManager.default.isExecutableFile(atPath: $0)
    }

    /// Runs a program to its end, its output in files.
    ///
    /// Not `Process`: on Linux it learns that a child ended through a descriptor the child inherits,
    /// and the tmux server that `tmux new-session` leaves running keeps that descriptor open for good.
    @discardableResult
    static func run(_ executable: String, _ arguments: [String]) throws -> (status: Int32, out: String, err: String) {
        let folder = try TemporaryFolder("view-run")
        defer { folder.remove() }
        let (outPath, errPath) = (folder.path("out"), folder.path("err"))
        var actions = posix_spawn_file_actions_t()
        posix_spawn_file_actions_init(&actions)
        defer { posix_spawn_file_actions_destroy(&actions) }
        posix_spawn_file_actions_addopen(&actions, 0, "/dev/null", O_RDONLY, 0)
        posix_spawn_file_actions_addopen(&actions, 1, outPath, O_WRONLY | O_CREAT | O_TRUNC, 0o600)
        posix_spawn_file_actions_addopen(&actions, 2, errPath, O_WRONLY | O_CREAT | O_TRUNC, 0o600)
        let argv = ([executable] + arguments).map { strdup($0) } + [nil]
        defer { for pointer in argv { free(pointer) } }
        var pid: pid_t = 0
        let spawned = posix_spawn(&pid, executable, &actions, nil, argv, environ)
        try #require(spawned == 0, "cannot run \(executable): error \(spawned)")
        var status: Int32 = 0
        while waitpid(pid, &status, 0) < 0, errno == EINTR {}
        let exitStatus = (status & 0x7F) == 0 ? (status >> 8) & 0xFF : 128 + (status & 0x7F)
        let output = (try? String(contentsOfFile: outPath, encoding: .utf8)) ?? ""
        let error = (try? String(contentsOfFile: errPath, encoding: .utf8)) ?? ""
        return (exitStatus, output, error)
    }

    @Test func withoutATerminalItSaysSoAndFails() throws {
        let file = Self.repository.appendingPathComponent("fixtures/viewer/004.jsonl").path
        let result = try BitextBinary.run(["view", file])
        #expect(result.status != 0)
        #expect(
            result.stderr
                == "error: standard input and output must be a terminal (to convert a file, use bitext convert)\n")
        #expect(result.stdout.isEmpty)
    }

    @Test(.enabled(if: tmux != nil, "tmux is not installed: apt-get install tmux to run the viewer end to end"))
    func reviewSeed004InTmux() throws {
        let tmux = try #require(Self.tmux)
        let directory = try TemporaryFolder("view")
        defer { directory.remove() }
        let file = directory.url.appendingPathComponent("004.jsonl")
        try FileManager.default.copyItem(
            at: Self.repository.appendingPathComponent("fixtures/viewer/004.jsonl"), to: file)

        // A server of its own (its socket in the folder), no user config (-f), always killed.
        let session = TmuxSession(tmux: tmux, socket: directory.path("tmux"))
        defer { session.kill() }
        try session.start(command: "'\(Self.binary.path)' view '\(file.path)'", width: 100, height: 30)

        // The first screen: both columns, the headline pair side by side, the status line.
        var screen = try session.waitFor { $0.contains("1/19") && $0.contains("Xi says bilateral ties") }
        let lines = screen.split(separator: "\n", omittingEmptySubsequences: false)
        #expect(lines.first?.contains("中文") == true && lines.first?.contains("English") == true)
        let headline = try #require(lines.first { $0.contains("習近平同俄羅斯總統普京通電話") })
        #expect(headline.contains("│ Xi says bilateral ties show China, Russia good neighbors,"))
        let separatorColumns = Set(
            lines.dropFirst().dropLast().compactMap { line -> Int? in
                guard let index = line.firstIndex(where: { $0 == "│" || $0 == "┼" }), !line.contains("⚑") else {
                    return nil
                }
                return line[..<index].unicodeScalars.reduce(0) { $0 + Self.columns($1) }
            })
        #expect(separatorColumns.count == 1, "the column separator moves between rows:\n\(screen)")

        // Move to the headline pair, merge it with the next, save, quit.
        try session.send("j", "j", "j")
        screen = try session.waitFor { $0.contains("4/19") }
        try session.send("m")
        screen = try session.waitFor { $0.contains("merged pairs 4 and 5") }
        #expect(screen.contains("004.jsonl [+]  4/18"))
        try session.send("w")
        screen = try session.waitFor { $0.contains("saved 18 pairs to 004.jsonl") }
        #expect(!screen.contains("[+]"))
        try session.send("q")
        try session.waitForExit()

        let saved = try String(contentsOf: file, encoding: .utf8).split(separator: "\n")
        #expect(saved.count == 18)
        let merged = try #require(
            try JSONSerialization.jsonObject(with: Data(saved[3].utf8)) as? [String: Any])
        #expect(merged["zh"] as? String == "習近平同俄羅斯總統普京通電話歷史和現實昭示我們,中俄是搬不走的好鄰居,是患難與共、相互支援、共同發展的真朋友。")
        #expect(
            (merged["en"] as? String)?.hasPrefix(
                "Xi says bilateral ties show China, Russia good neighbors, true friends BEIJING, Feb. 24") == true)
        #expect(merged["zh_ids"] as? [Int] == [0, 4])
        #expect(merged["en_ids"] as? [Int] == [3, 4])
    }

    /// The viewer's exit codes are those of the other commands: a missing file 66, bad data 65, and
    /// without a terminal 1 (as documented), each with one line.
    @Test(arguments: [
        ("missing.jsonl", 66, "error: missing.jsonl: cannot read the file (no such file)\n"),
        ("bad.jsonl", 65, "error: bad.jsonl:1: not a JSON object\n"),
        ("missing.txt", 66, "error: missing.txt: no such file\n"),
        ("cut.jsonl.gz", 65, "error: cut.jsonl.gz: truncated gzip file: it ends early\n"),
        ("cut.txt.gz", 65, "error: cut.txt.gz: truncated gzip file: it ends early\n"),
        (
            "good.jsonl", 1,
            "error: standard input and output must be a terminal (to convert a file, use bitext convert)\n"
        ),
    ])
    func exitCodesAreThoseOfTheOtherCommands(name: String, status: Int32, message: String) throws {
        let directory = try TemporaryFolder("view")
        defer { directory.remove() }
        try Data("{bad\n".utf8).write(to: directory.url.appendingPathComponent("bad.jsonl"))
        // The first 10 bytes of a gzip file: its header, and nothing after.
        for cut in ["cut.jsonl.gz", "cut.txt.gz"] {
            try Data([0x1F, 0x8B, 0x08, 0, 0, 0, 0, 0, 0, 3]).write(to: directory.url.appendingPathComponent(cut))
        }
        try FileManager.default.copyItem(
            at: Self.repository.appendingPathComponent("fixtures/viewer/004.jsonl"),
            to: directory.url.appendingPathComponent("good.jsonl"))
        let result = try BitextBinary.run(["view", name], in: directory.url)
        #expect(result.status == status)
        #expect(result.stderr == message)
    }

    /// Opened, a pair accepted, saved and quit (`a w q`): the file keeps every column it had, byte for
    /// byte but TMX's creation date: a TSV its confidence column (and its header and column order), a
    /// TMX its language tags and one-sided units, a JSONL every field.
    @Test(
        .enabled(if: tmux != nil, "tmux is not installed: apt-get install tmux to run the viewer end to end"),
        arguments: [
            ("scored.tsv", ["--score"]), ("headed.tsv", ["--score", "--header", "--source", "en"]),
            ("plain.tsv", []), ("tagged.tmx", ["--zh-tag", "zh-TW", "--en-tag", "en-US", "--keep-one-sided"]),
            ("pairs.jsonl", []),
        ])
    func savingKeepsEveryColumnItRead(name: String, options: [String]) throws {
        let tmux = try #require(Self.tmux)
        let directory = try TemporaryFolder("view")
        defer { directory.remove() }
        let file = directory.url.appendingPathComponent(name)
        let seed = Self.repository.appendingPathComponent("seeds/004_b1f2f82659ca7572.txt").path
        let aligned = try BitextBinary.run(["align", seed, "-o", file.path] + options)
        try #require(aligned.status == 0, "\(aligned.stderr)")
        let original = try String(contentsOf: file, encoding: .utf8)

        let session = TmuxSession(tmux: tmux, socket: directory.path("tmux"))
        defer { session.kill() }
        try session.start(command: "'\(Self.binary.path)' view '\(file.path)'", width: 100, height: 30)
        try session.waitFor { $0.contains("1/") }
        try session.send("a", "w")
        try session.waitFor { $0.contains("saved ") }
        try session.send("q")
        try session.waitForExit()

        let saved = try String(contentsOf: file, encoding: .utf8)
        let undated = { (text: String) in text.replacing(/creationdate="[0-9TZ]*"/, with: "") }
        #expect(undated(saved) == undated(original))
    }

    /// Terminal columns of a scalar as tmux counts them here (wide CJK as 2).
    static func columns(_ scalar: Unicode.Scalar) -> Int {
        switch scalar.value {
        case 0x1100...0x115F, 0x2E80...0xA4CF, 0xAC00...0xD7A3, 0xF900...0xFAFF, 0xFE30...0xFE4F, 0xFF00...0xFF60,
            0xFFE0...0xFFE6, 0x20000...0x3FFFD:
            2
        default: 1
        }
    }
}

/// A detached tmux session on a private server, polled with a bounded wait.
struct TmuxSession {
    let tmux: String
    /// The server's socket: a path in the test's folder, so that it goes with the folder (tmux leaves it).
    let socket: String
    let name = "view"

    func start(command: String, width: Int, height: Int) throws {
        let result = try ViewTests.run(
            tmux,
            [
                "-S", socket, "-f", "/dev/null", "new-session", "-d", "-s", name, "-x", "\(width)", "-y", "\(height)",
                command,
            ])
        try #require(result.status == 0, "tmux new-session failed: \(result.err)")
    }

    func send(_ keys: String...) throws {
        try ViewTests.run(tmux, ["-S", socket, "send-keys", "-t", name] + keys)
    }

    func capture() throws -> String {
        try ViewTests.run(tmux, ["-S", socket, "capture-pane", "-p", "-t", name]).out
    }

    /// The screen once `condition` holds; fails with the last screen after `timeout` seconds.
    @discardableResult
    func waitFor(timeout: Double = 15, _ condition: (String) -> Bool) throws -> String {
        let deadline = Date().addingTimeInterval(timeout)
        var screen = ""
        while Date() < deadline {
            screen = try capture()
            if condition(screen) { return screen }
            Thread.sleep(forTimeInterval: 0.05)
        }
        Issue.record("the screen never showed what was expected within \(timeout) s; last screen:\n\(screen)")
        throw CancellationError()
    }

    /// Waits until the viewer has exited and its session is gone.
    func waitForExit(timeout: Double = 15) throws {
        let deadline = Date().addingTimeInterval(timeout)
        while Date() < deadline {
            if try ViewTests.run(tmux, ["-S", socket, "has-session", "-t", name]).status != 0 { return }
            Thread.sleep(forTimeInterval: 0.05)
        }
        Issue.record("the viewer did not quit within \(timeout) s; last screen:\n\(try capture())")
    }

    func kill() {
        _ = try? ViewTests.run(tmux, ["-S", socket, "kill-server"])
    }
}
