/// How the app was started: options from the command line and what the terminal can do.
public struct AppConfiguration: Hashable, Sendable {
    /// Whether scenes' time limits count down (`--no-timers` turns them off).
    public var timers: Bool
    /// Whether the facilitator view is shown from the start (`--facilitator`).
    public var facilitator: Bool
    /// Box drawing and bars: Unicode, or ASCII when the locale is not UTF-8.
    public var glyphs: Glyphs
    /// Whether the debrief can export a report (the program provides the writer).
    public var canExportReport: Bool

    public init(timers: Bool = true, facilitator: Bool = false, glyphs: Glyphs = .unicode, canExportReport: Bool = false) {
        self.timers = timers
        self.facilitator = facilitator
        self.glyphs = glyphs
        self.canExportReport = canExportReport
    }
}
