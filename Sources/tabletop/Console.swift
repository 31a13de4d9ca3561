#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif
import ArgumentParser
import TabletopCore

/// Writes to standard output and standard error, turning a failed write into exit status 74.
enum Console {
    /// Writes `text` to standard output; a write error (a full disk, a closed pipe) exits with 74.
    static func out(_ text: String) throws {
        guard writeAll(text, to: STDOUT_FILENO) else {
            err("tabletop: error: cannot write to standard output: \(String(cString: strerror(errno)))")
            throw ExitCode(ExitStatus.ioError.rawValue)
        }
    }

    /// Writes one line to standard error, without anything a terminal would interpret (messages may quote input files).
    static func err(_ line: String) {
        _ = writeAll(SafeText.multiline(line) + "\n", to: STDERR_FILENO)
    }

    /// Prints diagnostics to standard error, one per line.
    static func report(_ diagnostics: [Diagnostic]) {
        for diagnostic in diagnostics { err(diagnostic.text) }
    }

    /// Exits with a sysexits status.
    static func exit(_ status: ExitStatus) -> ExitCode {
        ExitCode(status.rawValue)
    }

    /// Ends the process at once with `status`, without tearing down what is loaded.
    ///
    /// Freeing a large scenario's model piece by piece takes longer than validating it; the
    /// operating system reclaims the memory in one go (compilers skip the same work for the same reason).
    static func finish(_ status: ExitStatus) -> Never {
        Glibc.exit(status.rawValue)
    }

    /// Writes every byte, retrying after interruptions; false on an error.
    private static func writeAll(_ text: String, to descriptor: Int32) -> Bool {
        var text = text
        return text.withUTF8 { buffer in
            var offset = 0
            while offset < buffer.count {
                let written = write(descriptor, buffer.baseAddress! + offset, buffer.count - offset)
                if written < 0 {
                    if errno == EINTR { continue }
                    return false
                }
                offset += written
            }
            return true
        }
    }
}
