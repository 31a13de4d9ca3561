/// Why a condition failed to parse or type-check.
///
/// Codes are stable: `E401` syntax, `E402` unknown variable, `E403` type mismatch,
/// `E404` unknown scene or option, `E405` unknown function or bad argument, `E406` enum value
/// not declared, `E407` integer out of range, `E408` not a bool, `E409` too complex.
public struct ExpressionError: Error, Sendable, Equatable {
    /// Stable diagnostic code, see above.
    public var code: String
    /// Byte offset (UTF-8) into the condition source where the offending token or sub-expression starts.
    public var offset: Int
    public var message: String
    /// e.g. "did you mean 'severity'?" — nil when none helps.
    public var hint: String?

    public init(code: String, offset: Int, message: String, hint: String? = nil) {
        self.code = code
        self.offset = offset
        self.message = message
        self.hint = hint
    }
}

extension ExpressionError {
    /// `E401`: the text is not a well-formed condition.
    static func syntax(_ message: String, at offset: Int, hint: String? = nil) -> ExpressionError {
        ExpressionError(code: "E401", offset: offset, message: message, hint: hint)
    }

    /// `E402`: a name that is not a declared variable.
    static func unknownVariable(_ message: String, at offset: Int, hint: String? = nil) -> ExpressionError {
        ExpressionError(code: "E402", offset: offset, message: message, hint: hint)
    }

    /// `E403`: an operand of the wrong type.
    static func typeMismatch(_ message: String, at offset: Int, hint: String? = nil) -> ExpressionError {
        ExpressionError(code: "E403", offset: offset, message: message, hint: hint)
    }

    /// `E404`: `visited` or `chose` names a scene or option the scenario does not have.
    static func unknownReference(_ message: String, at offset: Int, hint: String? = nil) -> ExpressionError {
        ExpressionError(code: "E404", offset: offset, message: message, hint: hint)
    }

    /// `E405`: a call of something that is not a function, or with arguments it does not take.
    static func badCall(_ message: String, at offset: Int, hint: String? = nil) -> ExpressionError {
        ExpressionError(code: "E405", offset: offset, message: message, hint: hint)
    }

    /// `E406`: a string compared with an enum is not one of the enum's values.
    static func undeclaredValue(_ message: String, at offset: Int, hint: String? = nil) -> ExpressionError {
        ExpressionError(code: "E406", offset: offset, message: message, hint: hint)
    }

    /// `E407`: an integer or duration literal too large to represent.
    static func outOfRange(_ message: String, at offset: Int) -> ExpressionError {
        ExpressionError(code: "E407", offset: offset, message: message, hint: nil)
    }

    /// `E408`: the whole condition is not a bool.
    static func notBool(_ message: String, hint: String? = nil) -> ExpressionError {
        ExpressionError(code: "E408", offset: 0, message: message, hint: hint)
    }

    /// `E409`: the condition exceeds the size or nesting limits.
    static func tooComplex(_ message: String, at offset: Int) -> ExpressionError {
        ExpressionError(code: "E409", offset: offset, message: "expression too complex: " + message, hint: nil)
    }

    /// A "did you mean" hint for `word` among `candidates`, or nil when none is close.
    static func didYouMean<S: Sequence>(_ word: String, in candidates: S) -> String? where S.Element == String {
        Suggestion.closest(to: word, in: candidates).map { "did you mean '\($0)'?" }
    }
}
