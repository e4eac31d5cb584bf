import Glibc

/// The write end of the pipe that signal handlers wake the event loop through.
nonisolated(unsafe) private var signalPipe: Int32 = -1

/// The tty the viewer draws on: raw mode, the alternate screen, its size, key bytes and signals.
///
/// A signal handler only writes the signal's number to a non-blocking pipe (async-signal-safe);
/// the loop polls that pipe beside standard input, so SIGWINCH, SIGTERM and SIGHUP arrive as
/// events in order with the keys.
final class Terminal {
    /// What woke the loop.
    enum Event: Equatable {
        case bytes([UInt8])
        /// No byte came within the wait (used to tell a lone Esc from an escape sequence).
        case timeout
        case resize
        /// SIGTERM, SIGHUP or SIGINT: restore the terminal and leave.
        case terminate(Int32)
    }

    private let input: Int32 = STDIN_FILENO
    private let output: Int32 = STDOUT_FILENO
    private var saved = termios()
    private var isActive = false
    private var pipeRead: Int32 = -1
    private var pipeWrite: Int32 = -1

    /// Whether standard input and output are both terminals.
    static var isAvailable: Bool { isatty(STDIN_FILENO) == 1 && isatty(STDOUT_FILENO) == 1 }

    /// Enters raw mode and the alternate screen, and installs the signal handlers.
    init() throws(ViewerError) {
        guard tcgetattr(input, &saved) == 0 else { throw .terminal("cannot read the terminal's settings") }
        var fds: [Int32] = [-1, -1]
        guard pipe(&fds) == 0 else { throw .system("cannot create a pipe for signals", .current) }
        pipeRead = fds[0]
        pipeWrite = fds[1]
        for fd in fds { _ = fcntl(fd, F_SETFL, fcntl(fd, F_GETFL) | O_NONBLOCK) }
        signalPipe = pipeWrite

        var raw = saved
        raw.c_iflag &= ~tcflag_t(BRKINT | ICRNL | INPCK | ISTRIP | IXON)
        raw.c_oflag &= ~tcflag_t(OPOST)
        raw.c_cflag |= tcflag_t(CS8)
        raw.c_lflag &= ~tcflag_t(ECHO | ICANON | IEXTEN | ISIG)
        guard tcsetattr(input, TCSAFLUSH, &raw) == 0 else {
            throw .terminal("cannot put the terminal in raw mode")
        }
        isActive = true
        var handled = sigset_t()
        sigemptyset(&handled)
        for signalNumber in [SIGWINCH, SIGTERM, SIGHUP, SIGINT] {
            sigaddset(&handled, signalNumber)
            signal(signalNumber) { number in
                var byte = UInt8(truncatingIfNeeded: number)
                _ = Glibc.write(signalPipe, &byte, 1)
            }
        }
        // A parent may have left them blocked (test runners do); a blocked SIGHUP would keep the
        // viewer alive after its terminal is gone.
        pthread_sigmask(SIG_UNBLOCK, &handled, nil)
        // Alternate screen, hidden cursor, no autowrap (so the last cell never scrolls), clear.
        write("\u{1B}[?1049h\u{1B}[?25l\u{1B}[?7l\u{1B}[2J")
    }

    deinit { restore() }

    /// Leaves the alternate screen and gives the terminal back as it was. Safe to call twice.
    func restore() {
        guard isActive else { return }
        isActive = false
        write("\u{1B}[0m\u{1B}[?7h\u{1B}[?25h\u{1B}[?1049l")
        _ = tcsetattr(input, TCSAFLUSH, &saved)
        for signalNumber in [SIGWINCH, SIGTERM, SIGHUP, SIGINT] { signal(signalNumber, SIG_DFL) }
        signalPipe = -1
        close(pipeRead)
        close(pipeWrite)
    }

    /// Columns and rows, from TIOCGWINSZ (80×24 when the terminal does not say).
    var size: (width: Int, height: Int) {
        var size = winsize()
        guard ioctl(output, UInt(TIOCGWINSZ), &size) == 0, size.ws_col > 0, size.ws_row > 0 else { return (80, 24) }
        return (Int(size.ws_col), Int(size.ws_row))
    }

    /// Waits for key bytes or a signal; `timeout` in milliseconds, -1 to wait for good.
    func next(timeout: Int32 = -1) -> Event {
        var fds = [
            pollfd(fd: pipeRead, events: Int16(POLLIN), revents: 0),
            pollfd(fd: input, events: Int16(POLLIN), revents: 0),
        ]
        while true {
            let ready = poll(&fds, nfds_t(fds.count), timeout)
            if ready < 0, errno == EINTR { continue }
            if ready < 0 { return .terminate(SIGHUP) }
            if ready == 0 { return .timeout }
            if fds[0].revents & Int16(POLLIN) != 0 {
                var byte: UInt8 = 0
                if read(pipeRead, &byte, 1) == 1 {
                    return Int32(byte) == SIGWINCH ? .resize : .terminate(Int32(byte))
                }
            }
            if fds[1].revents & Int16(POLLIN | POLLHUP | POLLERR) != 0 {
                var buffer = [UInt8](repeating: 0, count: 4096)
                let count = read(input, &buffer, buffer.count)
                if count < 0, errno == EINTR || errno == EAGAIN { continue }
                // End of input: the terminal went away.
                guard count > 0 else { return .terminate(SIGHUP) }
                return .bytes(Array(buffer.prefix(count)))
            }
        }
    }

    /// Writes `text` whole, retrying partial writes.
    func write(_ text: String) {
        var bytes = Array(text.utf8)
        var offset = 0
        while offset < bytes.count {
            let written = bytes[offset...].withUnsafeMutableBytes { Glibc.write(output, $0.baseAddress, $0.count) }
            if written < 0, errno == EINTR { continue }
            guard written > 0 else { return }
            offset += written
        }
        bytes.removeAll()
    }
}
