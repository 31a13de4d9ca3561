/// Where journals go by default and how they are named: one file per session, by date, scenario and a short id.
public enum JournalLocation {
    /// `$XDG_STATE_HOME/tabletop/sessions`, else `$HOME/.local/state/tabletop/sessions`; nil when neither is usable.
    ///
    /// A relative `XDG_STATE_HOME` is ignored, as the XDG Base Directory specification requires.
    public static func defaultDirectory(environment: [String: String]) -> String? {
        if let state = environment["XDG_STATE_HOME"], state.hasPrefix("/") {
            return FilePath.join(state, "tabletop/sessions")
        }
        if let home = environment["HOME"], !home.isEmpty {
            return FilePath.join(home, ".local/state/tabletop/sessions")
        }
        return nil
    }

    /// `2026-11-29-0135-dependency-confusion-3fa9c2.jsonl`: the UTC date and time, the scenario id and `shortID`.
    public static func fileName(scenarioID: String, at time: Timestamp, shortID: String) -> String {
        let stamp = time.iso8601
        let date = stamp.prefix(10)
        let hourMinute = stamp.dropFirst(11).prefix(5).replacing(":", with: "")
        return "\(date)-\(hourMinute)-\(scenarioID)-\(shortID).jsonl"
    }

    /// Six random lowercase hex digits.
    public static func randomShortID() -> String {
        var generator = SystemRandomNumberGenerator()
        let value = generator.next() & 0xFF_FFFF
        let digits = String(value, radix: 16)
        return String(repeating: "0", count: 6 - digits.count) + digits
    }
}
