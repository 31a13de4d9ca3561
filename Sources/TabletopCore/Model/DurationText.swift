/// Parses the duration strings of the formats: `<int><unit>` parts with units `d h m s`, in that order.
public enum DurationText {
    /// Why a duration string was rejected.
    public enum Problem: Error, Sendable, Equatable {
        /// Not of the form `<int><unit>...`; the message says what was expected.
        case malformed(String)
        /// The total does not fit in the range the engine counts.
        case tooLarge
    }

    /// The largest duration accepted, in seconds: 100 years, far beyond any drill.
    public static let maximumSeconds = 100 * 365 * 86_400

    /// The total number of seconds of a duration string such as `"1h30m"` or `"45s"`.
    public static func seconds(_ text: String) -> Result<Int, Problem> {
        var text = text
        return text.withUTF8(seconds(utf8:))
    }

    /// `seconds` on the UTF-8 bytes of the text, read in place.
    static func seconds(utf8 bytes: UnsafeBufferPointer<UInt8>) -> Result<Int, Problem> {
        guard !bytes.isEmpty else { return .failure(.malformed("an empty string is not a duration; write e.g. \"90m\"")) }
        let units: [(UInt8, Int)] = [(UInt8(ascii: "d"), 86_400), (UInt8(ascii: "h"), 3_600), (UInt8(ascii: "m"), 60), (UInt8(ascii: "s"), 1)]
        var nextUnit = 0
        var total = 0
        var index = 0
        while index < bytes.count {
            var number = 0
            let start = index
            while index < bytes.count, bytes[index] >= 0x30, bytes[index] <= 0x39 {
                number = number * 10 + Int(bytes[index] - 0x30)
                if number > maximumSeconds { return .failure(.tooLarge) }
                index += 1
            }
            guard index > start else {
                return .failure(.malformed("expected a number at '\(sanitizedForMessage(String(decoding: bytes[index...], as: UTF8.self)))'; a duration looks like \"1h30m\""))
            }
            guard index < bytes.count else {
                return .failure(.malformed("the number \(number) has no unit; add one of d, h, m, s (e.g. \"\(number)m\")"))
            }
            guard let found = units[nextUnit...].firstIndex(where: { $0.0 == bytes[index] }) else {
                let unit = spelled(String(decoding: bytes[index...], as: UTF8.self).unicodeScalars.first!)
                if units.contains(where: { $0.0 == bytes[index] }) {
                    return .failure(.malformed("unit '\(unit)' is out of order or repeated; units go d, h, m, s"))
                }
                return .failure(.malformed("unknown unit '\(unit)'; units are d, h, m, s"))
            }
            total += number * units[found].1
            if total > maximumSeconds { return .failure(.tooLarge) }
            nextUnit = found + 1
            index += 1
        }
        return .success(total)
    }

    /// A scenario-time duration in whole minutes; seconds are not allowed there.
    public static func minutes(_ text: String) -> Result<Int, Problem> {
        var text = text
        return text.withUTF8(minutes(utf8:))
    }

    /// `minutes` on the UTF-8 bytes of the text, read in place.
    static func minutes(utf8 bytes: UnsafeBufferPointer<UInt8>) -> Result<Int, Problem> {
        switch seconds(utf8: bytes) {
        case .failure(let problem): return .failure(problem)
        case .success(let total):
            if bytes.last == UInt8(ascii: "s") {
                return .failure(.malformed("scenario time is counted in whole minutes; seconds are only for real-time limits"))
            }
            return .success(total / 60)
        }
    }

    /// Formats minutes as the shortest duration string, e.g. `90` -> `"1h30m"`.
    public static func format(minutes: Int) -> String {
        if minutes == 0 { return "0m" }
        var rest = minutes
        var text = ""
        if rest < 0 { text = "-"; rest = -rest }
        let days = rest / 1440, hours = rest % 1440 / 60, mins = rest % 60
        if days > 0 { text += "\(days)d" }
        if hours > 0 { text += "\(hours)h" }
        if mins > 0 { text += "\(mins)m" }
        return text
    }

    /// A unit as a message shows it: the character itself, or `U+001B` for one a terminal would interpret.
    private static func spelled(_ scalar: Unicode.Scalar) -> String {
        SafeText.isUnsafe(scalar) ? "U+" + hex(scalar.value, digits: 4) : String(scalar)
    }
}
