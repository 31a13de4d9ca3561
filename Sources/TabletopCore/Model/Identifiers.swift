/// The lexical rules of FORMATS.md section 1 for ids, variable names and action ids.
public enum Identifiers {
    /// The id rule in words, for messages that reject an id: "'X' is not a valid id: use \(idRule)".
    public static let idRule = "lowercase letters, digits and '-', starting with a letter or digit, at most 64 characters"

    /// `^[a-z0-9][a-z0-9-]{0,63}$`: scenes, endings, options, injects, roles, expectations, scenarios, playbooks.
    public static func isValidID(_ text: String) -> Bool {
        everyByte(of: text, first: isLowerAlnum) { isLowerAlnum($0) || $0 == UInt8(ascii: "-") }
    }

    /// The variable-name rule in words, for messages that reject a variable name.
    public static let variableNameRule = "letters, digits and '_', starting with a letter or '_', at most 64 characters"

    /// `^[A-Za-z_][A-Za-z0-9_]{0,63}$`.
    public static func isValidVariableName(_ text: String) -> Bool {
        everyByte(of: text, first: { isLetter($0) || $0 == UInt8(ascii: "_") }) { isLetter($0) || isDigit($0) || $0 == UInt8(ascii: "_") }
    }

    /// The action-id rule in words, for messages that reject an action id.
    public static let actionIDRule = "letters, digits, '.', '_', ':' and '-', starting with a letter or digit, at most 64 characters"

    /// `^[A-Za-z0-9][A-Za-z0-9._:-]{0,63}$`.
    public static func isValidActionID(_ text: String) -> Bool {
        var text = text
        return text.withUTF8 { isValidActionID(utf8: $0) }
    }

    /// `isValidActionID` on UTF-8 bytes, e.g. straight from a document.
    public static func isValidActionID(utf8 bytes: UnsafeBufferPointer<UInt8>) -> Bool {
        everyByte(of: bytes, first: { isLetter($0) || isDigit($0) }) {
            isLetter($0) || isDigit($0) || $0 == UInt8(ascii: ".") || $0 == UInt8(ascii: "_") || $0 == UInt8(ascii: ":")
                || $0 == UInt8(ascii: "-")
        }
    }

    /// Words of the condition language that cannot name a variable.
    public static let reservedWords: Set<String> = ["not", "and", "or", "true", "false"]

    /// Whether `text` has 1 to 64 bytes, the first accepted by `first` and every one by `rest`,
    /// checked on the contiguous UTF-8 (much cheaper than iterating a `String.UTF8View`).
    @inline(__always)
    private static func everyByte(of text: String, first: (UInt8) -> Bool, rest: (UInt8) -> Bool) -> Bool {
        var text = text
        return text.withUTF8 { everyByte(of: $0, first: first, rest: rest) }
    }

    /// Whether `bytes` are 1 to 64, the first accepted by `first` and every one by `rest`.
    @inline(__always)
    private static func everyByte(of bytes: UnsafeBufferPointer<UInt8>, first: (UInt8) -> Bool, rest: (UInt8) -> Bool) -> Bool {
        guard let head = bytes.first, bytes.count <= 64, first(head) else { return false }
        return bytes.allSatisfy(rest)
    }

    private static func isLowerAlnum(_ byte: UInt8) -> Bool { (0x61...0x7A).contains(byte) || isDigit(byte) }
    private static func isLetter(_ byte: UInt8) -> Bool { (0x41...0x5A).contains(byte) || (0x61...0x7A).contains(byte) }
    private static func isDigit(_ byte: UInt8) -> Bool { (0x30...0x39).contains(byte) }
}
