/// A path made into one word that a POSIX shell reads back as that path, for commands printed to be pasted.
///
/// ```
/// ShellWord.quote("drills/a.json")        // drills/a.json
/// ShellWord.quote("my drills/it's.json")  // 'my drills/it'\''s.json'
/// ShellWord.quote("-odd.json")            // ./-odd.json
/// ```
public enum ShellWord {
    /// `path` as is when every character is one no shell treats specially, else in single quotes
    /// (a quote inside written as `'\''`); a relative path that starts with `-` gets `./` in front, so
    /// that the command does not read it as an option. Control characters are replaced first (see
    /// `SafeText`): the printed command never carries an escape sequence to the terminal, and for a
    /// path that holds one it names the path as shown rather than the file.
    public static func quote(_ path: String) -> String {
        var text = SafeText.singleLine(path)
        if text.hasPrefix("-") { text = "./" + text }
        if let first = text.unicodeScalars.first, first != "=", text.unicodeScalars.allSatisfy(isPlain) { return text }
        return "'" + text.replacing("'", with: #"'\''"#) + "'"
    }

    /// Letters, digits and `_ . / : @ % + = , -`: characters a shell reads literally anywhere in a word.
    private static func isPlain(_ scalar: Unicode.Scalar) -> Bool {
        switch scalar {
        case "a"..."z", "A"..."Z", "0"..."9", "_", ".", "/", ":", "@", "%", "+", "=", ",", "-": return true
        default: return false
        }
    }
}
