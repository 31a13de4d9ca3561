/// Makes untrusted text inert in each report format; every function first strips terminal controls with `SafeText`.
public enum ReportEscaping {
    /// HTML and XML (SVG) text and attribute values: `& < > " '` as entities; line breaks kept as `\n`.
    public static func html(_ text: String) -> String {
        var output = ""
        for scalar in SafeText.multiline(text).unicodeScalars {
            switch scalar {
            case "&": output += "&amp;"
            case "<": output += "&lt;"
            case ">": output += "&gt;"
            case "\"": output += "&quot;"
            case "'": output += "&#39;"
            default: output.unicodeScalars.append(scalar)
            }
        }
        return output
    }

    /// Markdown (GitHub flavoured) inline text on one line: punctuation that could start markup is backslash-escaped, so no link, emphasis, HTML, entity, math or table cell break can form.
    ///
    /// Text that begins a paragraph or list item also needs `markdownLineStart`.
    public static func markdown(_ text: String) -> String {
        var output = ""
        for scalar in SafeText.singleLine(text).unicodeScalars {
            if "\\`*_[]<>|#~&$!{}".unicodeScalars.contains(scalar) { output += "\\" }
            output.unicodeScalars.append(scalar)
        }
        return output
    }

    /// An escaped line that begins a paragraph or list item: leading spaces dropped (four would make a code block), and a
    /// leading `-`, `+`, `=` or `1.` / `1)` escaped so that it cannot start a list or a heading underline.
    public static func markdownLineStart(_ escaped: String) -> String {
        var line = String(escaped.drop { $0 == " " })
        if let first = line.first, "-+=".contains(first) {
            line = "\\" + line
        } else if let end = line.firstIndex(where: { !$0.isASCII || !$0.isNumber }), end != line.startIndex, line[end] == "." || line[end] == ")" {
            line.insert("\\", at: end)
        }
        return line
    }

    /// One CSV field (RFC 4180): quoted when it holds a comma, quote or line break, with quotes doubled; a field that
    /// starts with `=`, `+`, `-` or `@` gets a leading `'` so that no spreadsheet reads it as a formula.
    public static func csv(_ text: String) -> String {
        var field = SafeText.multiline(text)
        if let first = field.unicodeScalars.first, "=+-@".unicodeScalars.contains(first) { field = "'" + field }
        guard field.contains(where: { $0 == "," || $0 == "\"" || $0 == "\n" || $0 == "\r" }) else { return field }
        return "\"" + field.replacing("\"", with: "\"\"") + "\""
    }
}
