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

/// A scenario role: its id and display name.
public struct LinkRole: Sendable, Hashable {
    public var id: String
    public var name: String

    public init(id: String, name: String) {
        self.id = id
        self.name = name
    }
}

/// The scene being decided, as a participant reads it.
public struct LinkScene: Sendable, Hashable {
    public var id: String
    public var title: String
    /// The phase's name, e.g. `containment`.
    public var phase: String
    public var narrative: String
    public var prompt: String

    public init(id: String, title: String, phase: String, narrative: String, prompt: String) {
        self.id = id
        self.title = title
        self.phase = phase
        self.narrative = narrative
        self.prompt = prompt
    }
}

/// An option on offer: its id, label and owning role id (nil when anyone may take it).
public struct LinkOption: Sendable, Hashable {
    public var id: String
    public var label: String
    public var role: String?

    public init(id: String, label: String, role: String? = nil) {
        self.id = id
        self.label = label
        self.role = role
    }
}

/// A countdown as it stood when the snapshot was made; participants count down locally from there.
public struct LinkCountdown: Sendable, Hashable {
    public var secondsLeft: Int
    public var limitSeconds: Int
    public var paused: Bool

    public init(secondsLeft: Int, limitSeconds: Int, paused: Bool) {
        self.secondsLeft = secondsLeft
        self.limitSeconds = limitSeconds
        self.paused = paused
    }
}

/// One line of the shared timeline.
public struct LinkTimelineEntry: Sendable, Hashable {
    /// What kind of entry it is.
    public enum Kind: String, Sendable, Hashable, CaseIterable {
        case scene, inject, decision, note, ending
    }

    /// Scenario minutes when it happened.
    public var clock: Int
    public var kind: Kind
    /// A short heading: the scene title, the inject's sender and channel, the option chosen...
    public var heading: String
    /// The body: the inject text, the decision's rationale, the note... (may be empty).
    public var text: String

    public init(clock: Int, kind: Kind, heading: String, text: String) {
        self.clock = clock
        self.kind = kind
        self.heading = heading
        self.text = text
    }
}

/// A visible variable: its label and current value as text.
public struct LinkVariable: Sendable, Hashable {
    public var label: String
    public var value: String

    public init(label: String, value: String) {
        self.label = label
        self.value = value
    }
}

/// A committed decision: its round, scene, option (or `timeout`), label and rationale.
public struct LinkDecision: Sendable, Hashable {
    public var round: Int
    public var scene: String
    public var option: String
    public var label: String
    public var rationale: String?

    public init(round: Int, scene: String, option: String, label: String, rationale: String?) {
        self.round = round
        self.scene = scene
        self.option = option
        self.label = label
        self.rationale = rationale
    }
}

/// The ending reached: its id, title, outcome (`success`, `partial`, `failure`) and narrative.
public struct LinkEnding: Sendable, Hashable {
    public var id: String
    public var title: String
    public var outcome: String
    public var narrative: String

    public init(id: String, title: String, outcome: String, narrative: String) {
        self.id = id
        self.title = title
        self.outcome = outcome
        self.narrative = narrative
    }
}
