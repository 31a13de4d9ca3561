/// Receives everything a session does, in order, as it happens: the journal writes it to disk, tests keep it in memory.
///
/// Callers record an event before they show its consequence, so a process killed at any moment loses
/// nothing the team already saw. A recorder that cannot record throws; the caller stops the drill and says why.
public protocol SessionRecorder: AnyObject {
    /// The session started: called once, first, with the events of T+0 (timed injects at `0m`, the start scene).
    func started(_ start: SessionStart) throws
    /// A decision and everything that followed it (the events `Engine.decide` returned), with who decided and why.
    func decided(_ events: [SessionEvent], details: DecisionDetails, state: SessionState) throws
    /// A note typed by the team or facilitator.
    func noted(_ text: String, state: SessionState) throws
    /// The countdown was paused.
    func paused(state: SessionState) throws
    /// The countdown was resumed after a pause.
    func resumed(state: SessionState) throws
    /// The session reached an ending (`state.ending`), with its score when a playbook is used.
    func ended(state: SessionState, score: ScoreReport?) throws
    /// The team left before an ending.
    func quit(state: SessionState) throws
    /// A participant joined the hosted drill.
    func joined(_ participant: Participant, state: SessionState) throws
    /// A participant left the hosted drill or was disconnected, and why.
    func left(_ participant: Participant, reason: String, state: SessionState) throws
    /// A participant voted for an option of the current scene (nil: withdrew its vote), with its argument.
    func voted(_ participant: Participant, option: String?, argument: String?, state: SessionState) throws
}

/// What a session starts from.
public struct SessionStart: Sendable {
    public var scenario: Scenario
    /// The scenario file as given and the SHA-256 of its bytes.
    public var scenarioFile: FileIdentity
    public var playbook: Playbook?
    public var playbookFile: FileIdentity?
    public var seed: UInt64
    /// Who plays which role (role id and a name, which may be empty).
    public var participants: [Participant]
    /// The events of T+0, from `Engine.start`.
    public var events: [SessionEvent]

    public init(scenario: Scenario, scenarioFile: FileIdentity, playbook: Playbook?, playbookFile: FileIdentity?,
                seed: UInt64, participants: [Participant], events: [SessionEvent]) {
        self.scenario = scenario
        self.scenarioFile = scenarioFile
        self.playbook = playbook
        self.playbookFile = playbookFile
        self.seed = seed
        self.participants = participants
        self.events = events
    }
}

/// A file a session was played from: its path as given and the lowercase hex SHA-256 of its bytes.
public struct FileIdentity: Sendable, Hashable {
    public var path: String
    public var sha256: String

    public init(path: String, sha256: String) {
        self.path = path
        self.sha256 = sha256
    }
}

/// A person at the table and the role they play.
public struct Participant: Sendable, Hashable {
    /// A role id of the scenario.
    public var role: String
    public var name: String

    public init(role: String, name: String) {
        self.role = role
        self.name = name
    }
}

/// Who took a decision, why, and how long the team took.
public struct DecisionDetails: Sendable, Hashable {
    /// The role id of the option's owner, if it has one.
    public var role: String?
    /// Why the team chose it, as typed (nil when skipped).
    public var rationale: String?
    /// Real seconds from the scene being shown to the decision.
    public var decisionSeconds: Double

    public init(role: String?, rationale: String?, decisionSeconds: Double) {
        self.role = role
        self.rationale = rationale
        self.decisionSeconds = decisionSeconds
    }
}
