/// Formats scenario minutes as the drill clock, `T+hh:mm`.
public enum ClockText {
    /// `T+01:30` for 90 minutes; hours go past 24 rather than rolling over.
    public static func format(_ minutes: Int) -> String {
        let hours = minutes / 60, rest = minutes % 60
        return "T+" + (hours < 10 ? "0" : "") + String(hours) + ":" + (rest < 10 ? "0" : "") + String(rest)
    }
}
