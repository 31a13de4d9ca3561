/// Process exit codes, from sysexits.h, as FORMATS.md section 6 assigns them.
public enum ExitStatus: Int32, Sendable {
    /// Fine (warnings allowed).
    case ok = 0
    /// A command-line usage error.
    case usage = 64
    /// Invalid input data.
    case dataError = 65
    /// An input file is missing or unreadable.
    case noInput = 66
    /// A service is unavailable: a participant lost the connection to its host.
    case unavailable = 69
    /// An internal software error.
    case software = 70
    /// An output file could not be created.
    case cantCreate = 73
    /// Output could not be written.
    case ioError = 74
}
