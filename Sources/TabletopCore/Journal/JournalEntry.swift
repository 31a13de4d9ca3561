/// One line of a session journal (FORMATS.md section 5): its place in the hash chain, when it was written, the scenario clock and what happened.
public struct JournalEntry: Sendable, Hashable {
    /// 0-based position in the journal.
    public var seq: Int
    /// Wall time when the line was written.
    public var at: Timestamp
    /// Scenario minutes at that moment.
    public var clock: Int
    /// Lowercase hex SHA-256 of the previous line's bytes without its newline (64 zeros for seq 0).
    public var prev: String
    public var event: JournalEvent

    public init(seq: Int, at: Timestamp, clock: Int, prev: String, event: JournalEvent) {
        self.seq = seq
        self.at = at
        self.clock = clock
        self.prev = prev
        self.event = event
    }

    /// The `prev` of the first line.
    public static let firstPrev = String(repeating: "0", count: 64)
}

/// What a journal line records, one case per `type`.
public enum JournalEvent: Sendable, Hashable {
    case started(JournalStart)
    /// A scene was entered (its id).
    case scene(String)
    case inject(JournalInject)
    case decision(JournalDecision)
    /// A note typed by the team or facilitator.
    case note(String)
    /// The countdown was paused.
    case pause
    /// The countdown was resumed after a pause.
    case resume
    case ended(JournalEnding)
    /// The team left before an ending.
    case quit
    /// A participant joined a hosted drill (an optional addition to `tabletop-session/1`, see docs/protocol.md).
    case joined(Participant)
    /// A participant left a hosted drill or lost its connection, and why (when known).
    case left(Participant, reason: String?)
    /// A participant of a hosted drill voted for an option, or withdrew its vote.
    case vote(JournalVote)

    /// The line's `type`.
    public var type: String {
        switch self {
        case .started: return "started"
        case .scene: return "scene"
        case .inject: return "inject"
        case .decision: return "decision"
        case .note: return "note"
        case .pause: return "pause"
        case .resume: return "resume"
        case .ended: return "ended"
        case .quit: return "quit"
        case .joined: return "joined"
        case .left: return "left"
        case .vote: return "vote"
        }
    }

    /// Whether the line records something beside the story (a note, or a hosted drill's joins, leaves and votes): such lines may follow the end.
    public var isAside: Bool {
        switch self {
        case .note, .joined, .left, .vote: return true
        default: return false
        }
    }
}

/// The `started` line: the files, seed and people a session was played with.
public struct JournalStart: Sendable, Hashable {
    /// The journal format, `tabletop-session/1`.
    public static let format = "tabletop-session/1"

    public var scenario: RecordedScenario
    public var playbook: RecordedPlaybook?
    public var seed: UInt64
    public var participants: [Participant]
    /// The program that recorded the session.
    public var toolName: String
    public var toolVersion: String

    public init(scenario: RecordedScenario, playbook: RecordedPlaybook?, seed: UInt64, participants: [Participant],
                toolName: String = ToolInfo.name, toolVersion: String = ToolInfo.version) {
        self.scenario = scenario
        self.playbook = playbook
        self.seed = seed
        self.participants = participants
        self.toolName = toolName
        self.toolVersion = toolVersion
    }
}

/// The scenario a session was played from: its id, title, absolute path and SHA-256.
public struct RecordedScenario: Sendable, Hashable {
    public var id: String
    public var title: String
    public var file: FileIdentity

    public init(id: String, title: String, file: FileIdentity) {
        self.id = id
        self.title = title
        self.file = file
    }
}

/// The playbook a session was scored against: its id, absolute path and SHA-256.
public struct RecordedPlaybook: Sendable, Hashable {
    public var id: String
    public var file: FileIdentity

    public init(id: String, file: FileIdentity) {
        self.id = id
        self.file = file
    }
}

/// An `inject` line: a message shown to the team.
public struct JournalInject: Sendable, Hashable {
    /// Whether a scene inject or a timed inject.
    public enum Source: String, Sendable, Hashable {
        case scene, timed
    }

    public var source: Source
    /// The timed inject's id (scene injects have none).
    public var id: String?
    public var from: String
    public var channel: Channel
    public var text: String

    public init(source: Source, id: String?, from: String, channel: Channel, text: String) {
        self.source = source
        self.id = id
        self.from = from
        self.channel = channel
        self.text = text
    }
}

/// A `decision` line: what the team chose, who and why, and the dice it rolled.
public struct JournalDecision: Sendable, Hashable {
    /// The scene id.
    public var scene: String
    /// The option id, or `timeout`.
    public var option: String
    /// The action ids performed.
    public var actions: [String]
    /// The role id of the option's owner.
    public var role: String?
    public var rationale: String?
    /// Real seconds from the scene being shown to the decision.
    public var decisionSeconds: Double
    public var rolls: [RecordedRoll]

    public init(scene: String, option: String, actions: [String], role: String?, rationale: String?, decisionSeconds: Double, rolls: [RecordedRoll]) {
        self.scene = scene
        self.option = option
        self.actions = actions
        self.role = role
        self.rationale = rationale
        self.decisionSeconds = decisionSeconds
        self.rolls = rolls
    }
}

/// A die roll as recorded: the variable's name and the face rolled.
public struct RecordedRoll: Sendable, Hashable {
    public var variable: String
    public var value: Int

    public init(variable: String, value: Int) {
        self.variable = variable
        self.value = value
    }
}

/// An `ended` line: the ending reached and, with a playbook, the score.
public struct JournalEnding: Sendable, Hashable {
    /// The ending id.
    public var ending: String
    public var outcome: Outcome
    public var score: Double?
    public var rating: Rating?

    public init(ending: String, outcome: Outcome, score: Double?, rating: Rating?) {
        self.ending = ending
        self.outcome = outcome
        self.score = score
        self.rating = rating
    }
}

/// A `vote` line: a participant's vote in the current scene of a hosted drill, with its argument; no option when withdrawn.
public struct JournalVote: Sendable, Hashable {
    /// The scene id.
    public var scene: String
    /// The option id voted for, or nil when the participant withdrew its vote.
    public var option: String?
    public var participant: Participant
    /// The one-line argument given with the vote.
    public var argument: String?

    public init(scene: String, option: String?, participant: Participant, argument: String?) {
        self.scene = scene
        self.option = option
        self.participant = participant
        self.argument = argument
    }
}
