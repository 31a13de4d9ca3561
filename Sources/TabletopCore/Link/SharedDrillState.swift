/// The drill as the facilitator's loop shows it to every participant: built from the engine state, free of votes and roster.
///
/// The host adds the live tally and roster to make a `DrillSnapshot`. Text is shown as is by participants
/// after `SafeText` cleaning, so the host may pass scenario text unchanged.
public struct SharedDrillState: Sendable, Hashable {
    public var scenarioTitle: String
    /// Scenario minutes.
    public var clock: Int
    /// The 1-based number of the decision being made now (decisions taken so far + 1); votes name it.
    public var round: Int
    /// The scenario's roles, in file order.
    public var roles: [LinkRole]
    /// The scene being decided, or nil once the drill has ended.
    public var scene: LinkScene?
    /// The options on offer in this round, in scene order.
    public var options: [LinkOption]
    /// The scene's countdown, or nil when it has no time limit.
    public var countdown: LinkCountdown?
    /// What happened so far, oldest first (a snapshot keeps the latest `LinkProtocol.maximumTimelineEntries`).
    public var timeline: [LinkTimelineEntry]
    /// The variables that are not hidden, with their current values as text.
    public var variables: [LinkVariable]
    /// The last decision the facilitator committed, if any.
    public var lastDecision: LinkDecision?
    /// The ending reached, once the drill is over.
    public var ending: LinkEnding?

    public init(scenarioTitle: String, clock: Int, round: Int, roles: [LinkRole], scene: LinkScene?, options: [LinkOption],
                countdown: LinkCountdown?, timeline: [LinkTimelineEntry], variables: [LinkVariable],
                lastDecision: LinkDecision? = nil, ending: LinkEnding? = nil) {
        self.scenarioTitle = scenarioTitle
        self.clock = clock
        self.round = round
        self.roles = roles
        self.scene = scene
        self.options = options
        self.countdown = countdown
        self.timeline = timeline
        self.variables = variables
        self.lastDecision = lastDecision
        self.ending = ending
    }
}
