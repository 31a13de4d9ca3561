/// Something wrong with a journal or the files it was played from, located at a line: `FILE:LINE: error: kind: message`.
public struct JournalProblem: Error, Sendable, Hashable {
    /// What went wrong, in the words `tabletop verify` uses.
    public enum Kind: String, Sendable, Hashable {
        /// The journal could not be read.
        case unreadable
        /// The file is not a session journal this program reads.
        case invalid
        /// A line was changed after it was written.
        case edited
        /// Lines are missing from the middle or the start.
        case deleted
        /// Lines are out of order.
        case reordered
        /// The end of the journal is missing or cut off.
        case truncated
        /// Replaying the decisions does not give what the journal records.
        case replayDiffers = "replay differs"
        /// The scenario or playbook file is not the one the session was played from.
        case fileChanged = "file changed"
        /// The scenario or playbook file cannot be found.
        case fileMissing = "file missing"
        /// The session already reached an ending: there is nothing to resume.
        case alreadyEnded = "already ended"
        /// The journal could not be written.
        case unwritable
    }

    public var kind: Kind
    public var message: String
    public var file: String
    /// 1-based line, when the problem has one.
    public var line: Int?
    /// 1-based column, where it helps.
    public var column: Int?
    public var severity: Severity
    /// The exit status a command ends with because of it.
    public var status: ExitStatus

    public init(_ kind: Kind, _ message: String, file: String, line: Int? = nil, column: Int? = nil,
                severity: Severity = .error, status: ExitStatus? = nil) {
        self.kind = kind
        self.message = message
        self.file = file
        self.line = line
        self.column = column
        self.severity = severity
        self.status = status ?? (kind == .unreadable || kind == .fileMissing ? .noInput : .dataError)
    }

    /// `FILE:LINE[:COLUMN]: error: kind: message`, with nothing a terminal would interpret.
    public var text: String {
        var place = file
        if let line { place += ":\(line)" }
        if let line, line > 0, let column { place += ":\(column)" }
        return SafeText.singleLine("\(place): \(severity.rawValue): \(kind.rawValue): \(message)")
    }

    /// The same problem reported as a warning.
    public var asWarning: JournalProblem {
        var copy = self
        copy.severity = .warning
        return copy
    }
}
