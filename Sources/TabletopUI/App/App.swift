import TabletopCore

/// The whole terminal drill as a value: which page is up, the session, selections, fields and overlays.
///
/// Events come in through `update(_:)`, which returns the effects to carry out; `render(into:)`
/// draws the state into a `Screen`. Neither reads a clock, a file or the terminal.
/// ```
/// var app = App(setup: setup, configuration: AppConfiguration(), size: Size(width: 80, height: 24))
/// let effects = app.update(.key(.character("s")))   // [.record(.started(...))]
/// var screen = Screen(app.size)
/// app.render(into: &screen)
/// ```
public struct App: Sendable {
    /// Overlays drawn above the page.
    public enum Overlay: Hashable, Sendable {
        case help
        case confirmQuit
    }

    public let configuration: AppConfiguration
    public internal(set) var size: Size
    public internal(set) var page: Page
    public internal(set) var picker: PickerState
    public internal(set) var briefing: BriefingState?
    public internal(set) var session: DrillSession?
    /// The selected option, as an index into the offered options.
    public internal(set) var selection = 0
    /// How many lines the timeline is scrolled up from the latest.
    public internal(set) var timelineScroll = 0
    /// How many lines the debrief is scrolled down from its top.
    public internal(set) var debriefScroll = 0
    public internal(set) var facilitatorVisible: Bool
    /// The field being typed in, if any.
    public internal(set) var input: TextInput?
    public internal(set) var overlay: Overlay?
    /// A one-line message shown in the footer until the next key.
    public internal(set) var status: String?
    /// How to resume the session, once its recorder said so.
    public internal(set) var resumeCommand: String?
    /// The monotonic time of the last tick, in nanoseconds.
    public internal(set) var now: UInt64
    /// The participants of a hosted drill (`run --host`), their votes and the consensus rule; nil when not hosting.
    public internal(set) var team: HostedTeam?

    /// The app on the picker, listing `items` (found in `searched`); `team` when the drill is hosted.
    public init(picker items: [PickerItem], searched: [String], configuration: AppConfiguration, size: Size, now: UInt64 = 0,
                team: HostedTeam? = nil) {
        self.configuration = configuration
        self.team = team
        self.size = size
        page = .picker
        picker = PickerState(items: items, searched: searched)
        facilitatorVisible = configuration.facilitator
        self.now = now
    }

    /// The app on the briefing of a scenario given on the command line; `team` when the drill is hosted.
    public init(setup: DrillSetup, configuration: AppConfiguration, size: Size, now: UInt64 = 0, team: HostedTeam? = nil) {
        self.init(picker: [], searched: [], configuration: configuration, size: size, now: now, team: team)
        page = .briefing
        briefing = BriefingState(setup: setup, cameFromPicker: false)
    }

    /// The app in the middle of a resumed session (see `DrillSession.init(setup:participants:state:timeline:timers:now:)`);
    /// `team` when the drill is hosted again.
    public init(resuming session: DrillSession, resumeCommand: String?, configuration: AppConfiguration, size: Size, now: UInt64 = 0,
                team: HostedTeam? = nil) {
        self.init(picker: [], searched: [], configuration: configuration, size: size, now: now, team: team)
        self.session = session
        self.resumeCommand = resumeCommand
        page = session.state.ending == nil ? .drill : .debrief
    }

    /// Whether the terminal is smaller than the layout needs.
    public var isTooSmall: Bool { !size.fits(.minimum) }

    /// Whether a drill has started and not reached its ending.
    public var isDrillRunning: Bool { session.map { $0.state.ending == nil } ?? false }
}
