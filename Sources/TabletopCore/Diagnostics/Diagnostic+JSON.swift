extension Diagnostic {
    /// The JSON form used by `--format json`: position, code, message, hint and the JSON pointer.
    public var json: JSONOutput {
        .object([
            ("file", .string(file)),
            ("line", .int(location.line)),
            ("column", .int(location.column)),
            ("severity", .string(severity.rawValue)),
            ("code", .string(code)),
            ("message", .string(message)),
            ("hint", .string(hint)),
            ("pointer", .string(pointer)),
        ])
    }
}
