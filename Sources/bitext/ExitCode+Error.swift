import ArgumentParser
import Bitext

#if canImport(Glibc)
    import Glibc
#elseif canImport(Musl)
    import Musl
#elseif canImport(Darwin)
    import Darwin
#endif

/// A library error the CLI reports with an exit code of its own (sysexits.h).
///
/// Conform a module's error type here, in the CLI, to give its failures a code; others exit with 1.
protocol ExitCodeConvertible: Error {
    var exitCode: ExitCode { get }
}

extension ExitCode {
    /// EX_DATAERR: an input is not what bitext reads (not UTF-8, empty, no Chinese text, …).
    static let dataError = ExitCode(65)
    /// EX_NOINPUT: an input file is missing, a directory, or unreadable.
    static let noInput = ExitCode(66)
    /// EX_SOFTWARE: an internal failure, such as ICU failing to open its rules.
    static let software = ExitCode(70)
    /// EX_CANTCREAT: an output file cannot be created.
    static let cannotCreate = ExitCode(73)
    /// EX_IOERR: reading or writing failed midway.
    static let ioError = ExitCode(74)
    /// EX_TEMPFAIL: the output is busy (another batch writes it); try again later.
    static let temporaryFailure = ExitCode(75)
}

/// Runs a subcommand's body; on a library error, prints `error: MESSAGE` (one line) on standard error
/// and exits with the error's code. Argument-parser errors pass through untouched.
///
/// It also makes SIGINT, SIGTERM and SIGHUP remove the temporary files of outputs being written.
func reportingErrors<Result>(_ body: () throws -> Result) throws -> Result {
    TemporaryFiles.removeOnSignals()
    do {
        return try body()
    } catch let error as ExitCode {
        throw error
    } catch let error as ValidationError {
        throw error
    } catch let error as CleanExit {
        throw error
    } catch {
        let code = (error as? any ExitCodeConvertible)?.exitCode ?? .failure
        printError("error: \(error)")
        throw code
    }
}

/// Prints `message` and a line break on standard error; a failure there (a closed or full stream) is ignored.
func printError(_ message: String) {
    try? FileDescriptor.standardError.write(message + "\n")
}

extension ReadError: ExitCodeConvertible {
    var exitCode: ExitCode {
        switch reason {
        case .noSuchFile, .isDirectory, .unreadable: .noInput
        default: .dataError
        }
    }
}

/// The small readers' error (bead files, dictionaries).
extension FileError: ExitCodeConvertible {
    var exitCode: ExitCode { isBadData ? .dataError : .noInput }
}

extension ICUError: ExitCodeConvertible {
    var exitCode: ExitCode { .software }
}

extension PipelineError: ExitCodeConvertible {
    var exitCode: ExitCode {
        switch self {
        case .read(let error): error.exitCode
        case .icu(let error): error.exitCode
        }
    }
}
