/// Text made into one word that a POSIX shell reads back unchanged, for commands printed to be pasted.
///
/// ```
/// ShellWord.quote("drills/a.json")        // drills/a.json
/// ShellWord.quote("my drills/it's.json")  // 'my drills/it'\''s.json'
/// ```
public enum ShellWord {
    /// `text` as is when every character is one no shell treats specially, else in single quotes
    /// (a quote inside written as `'\''`). Control characters are replaced first (see `SafeText`), so
    /// the printed command never carries an escape sequence to the terminal.
    public static func quote(_ text: String) -> String {
        let text = SafeText.singleLine(text)
        if !text.isEmpty, text.unicodeScalars.allSatisfy(isPlain) { return text }
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
