/// Removes what untrusted scenario text must never send to a terminal: control characters, escape sequences and bidirectional overrides.
public enum SafeText {
    /// The text with line breaks kept, tabs as spaces, and every other control, escape or bidi-override character removed.
    ///
    /// An escape sequence loses its ESC byte, so it can no longer be interpreted by a terminal.
    public static func multiline(_ text: String) -> String {
        clean(text, keepNewlines: true)
    }

    /// The text on one line: line breaks become spaces as well.
    public static func singleLine(_ text: String) -> String {
        clean(text, keepNewlines: false)
    }

    /// Whether a scalar must not reach a terminal.
    public static func isUnsafe(_ scalar: Unicode.Scalar) -> Bool {
        switch scalar.value {
        case 0x00...0x1F, 0x7F...0x9F: return true           // C0, DEL, C1 (including CSI 0x9B)
        case 0x200E, 0x200F, 0x061C: return true             // directional marks
        case 0x202A...0x202E, 0x2066...0x2069: return true   // embeddings, overrides, isolates
        case 0xFFF9...0xFFFB: return true                    // interlinear annotation controls
        default: return false
        }
    }

    private static func clean(_ text: String, keepNewlines: Bool) -> String {
        // Fast path: nothing to remove (line feeds stay as they are when lines are kept).
        if !text.unicodeScalars.contains(where: { isUnsafe($0) && !(keepNewlines && $0 == "\n") }) { return text }
        var result = String.UnicodeScalarView()
        var previousWasCR = false
        for scalar in text.unicodeScalars {
            defer { previousWasCR = scalar == "\r" }
            switch scalar {
            case "\n":
                if previousWasCR { continue }
                result.append(keepNewlines ? "\n" : " ")
            case "\r":
                result.append(keepNewlines ? "\n" : " ")
            case "\t":
                result.append(" ")
            default:
                if !isUnsafe(scalar) { result.append(scalar) }
            }
        }
        return String(result)
    }
}
