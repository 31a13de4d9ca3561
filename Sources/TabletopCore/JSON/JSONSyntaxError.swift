/// Why a file is not well-formed JSON, with the byte offset of the offending character.
public struct JSONSyntaxError: Error, Sendable, Equatable {
    /// The diagnostic code (E1xx), documented in docs/diagnostics.md.
    public var code: String
    public var message: String
    /// Byte offset of the offending character in the file.
    public var offset: Int

    public init(code: String, message: String, offset: Int) {
        self.code = code
        self.message = message
        self.offset = offset
    }
}
