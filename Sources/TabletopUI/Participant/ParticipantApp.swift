import TabletopCore

/// A participant's view of a hosted drill as a value (`tabletop join`): the host's latest snapshot, the
/// participant's selection, argument field and help, and the countdown counted on from the snapshot.
///
/// Like `App`, it reads no clock, socket or terminal: events come in through `update(_:)`, which returns what
/// to send to the host; `render(into:)` draws the state.
/// ```
/// var app = ParticipantApp(joining: Participant(role: "comms", name: "Bo"), at: "/run/user/1000/tabletop/drill.sock",
///                          configuration: AppConfiguration(), size: Size(width: 80, height: 24))
/// let effects = app.update(.host(.snapshot(snapshot)))   // [] - then Enter votes: [.send(.vote(...))]
/// ```
public struct ParticipantApp: Sendable {
    public let configuration: AppConfiguration
    /// The socket joined, named while connecting.
    public let socketPath: String
    /// Who joins: as asked for, then as the host welcomed them.
    public internal(set) var me: Participant
    public internal(set) var size: Size
    /// Whether the host has welcomed the participant.
    public internal(set) var welcomed = false
    /// The host's latest snapshot (nil until the first arrives).
    public internal(set) var snapshot: DrillSnapshot?
    /// The scene's countdown, counted on locally from the snapshot's.
    public internal(set) var countdown: Countdown?
    /// The selected option, as an index into the snapshot's options.
    public internal(set) var selection = 0
    /// How many lines the timeline is scrolled up from the latest.
    public internal(set) var timelineScroll = 0
    /// The argument being typed, if any.
    public internal(set) var input: TextInput?
    /// Whether the key help is shown.
    public internal(set) var showsHelp = false
    /// The monotonic time of the last tick, in nanoseconds.
    public internal(set) var now: UInt64 = 0

    /// A participant about to join the host at `socketPath` as `participant`.
    public init(joining participant: Participant, at socketPath: String, configuration: AppConfiguration, size: Size) {
        self.configuration = configuration
        self.socketPath = socketPath
        me = participant
        self.size = size
    }

    /// Whether the terminal is smaller than the layout needs.
    public var isTooSmall: Bool { !size.fits(.minimum) }

    /// The participant's own vote in this round, if any.
    public var myBallot: VoteTally.Ballot? { snapshot?.tally.ballot(of: me) }

    /// Whether votes can be cast now: joined, and a scene is waiting for a decision.
    public var canVote: Bool {
        guard welcomed, let drill = snapshot?.drill else { return false }
        return drill.scene != nil && !drill.options.isEmpty
    }
}
