/// How serious a diagnostic is: errors make a file invalid, warnings do not.
public enum Severity: String, Sendable, Hashable, Codable {
    case error
    case warning
}

/// A 1-based line and column in a source file (columns count Unicode scalars).
public struct SourcePosition: Sendable, Hashable, Codable, Comparable {
    public var line: Int
    public var column: Int

    public init(line: Int, column: Int) {
        self.line = line
        self.column = column
    }

    public static func < (lhs: SourcePosition, rhs: SourcePosition) -> Bool {
        (lhs.line, lhs.column) < (rhs.line, rhs.column)
    }
}

/// One located problem in an input file, reported as `FILE:LINE:COL: error: [CODE] message`.
public struct Diagnostic: Sendable, Hashable {
    public var severity: Severity
    /// A stable code such as `E201`, documented in docs/diagnostics.md.
    public var code: String
    public var message: String
    /// A short suggestion such as `did you mean 'severity'?`.
    public var hint: String?
    public var file: String
    public var location: SourcePosition
    /// The RFC 6901 JSON pointer of the offending value (empty for the whole document).
    public var pointer: String

    public init(
        _ severity: Severity, _ code: String, _ message: String, hint: String? = nil,
        file: String, location: SourcePosition, pointer: String
    ) {
        self.severity = severity
        self.code = code
        self.message = message
        self.hint = hint
        self.file = file
        self.location = location
        self.pointer = pointer
    }

    /// The one-line text form: `FILE:LINE:COL: error: [CODE] message; hint`, with nothing a terminal would interpret.
    public var text: String {
        var line = "\(file):\(location.line):\(location.column): \(severity.rawValue): [\(code)] \(message)"
        if let hint { line += "; \(hint)" }
        return SafeText.singleLine(line)
    }
}
