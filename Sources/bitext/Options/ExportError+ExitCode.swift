import ArgumentParser
import Bitext

extension ExportError: ExitCodeConvertible {
    var exitCode: ExitCode {
        switch kind {
        case .malformedInput: .dataError
        case .unreadableInput: .noInput
        case .unwritableOutput: .cannotCreate
        case .writeFailed: .ioError
        case .conflictingOutput: .validationFailure
        case .invalidOption: .validationFailure
        }
    }
}
