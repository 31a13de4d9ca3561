/// A validated drill: its metadata, roles, variables, scenes, endings and timed injects, with every reference resolved to an index.
public struct Scenario: Sendable {
    public var id: String
    public var title: String
    public var summary: String
    public var metadata: ScenarioMetadata
    public var roles: [Role]
    public var variables: [Variable]
    /// Actions the scenario declares for itself (id -> title), in file order.
    public var declaredActions: [(id: String, title: String)]
    public var startScene: Int
    public var scenes: [Scene]
    public var endings: [Ending]
    /// Timed injects in file order.
    public var injects: [TimedInject]
    /// Indices into `injects` sorted by time, ties in file order: the order in which they fire.
    public var injectsByTime: [Int]
    /// Every action id an option, a timeout or a condition names, interned: index -> id.
    public var actionIDs: [String]
    /// The scene index of each engine-wide option index, for `chose(...)`; a scene's `timeout`
    /// is owned at the position just after its options.
    public var optionOwners: [(scene: Int, option: Int)]

    /// The option id an engine-wide option index names: an option's id, or `timeout`.
    public func optionID(global index: Int) -> String {
        let owner = optionOwners[index]
        let options = scenes[owner.scene].options
        return options.indices.contains(owner.option) ? options[owner.option].id : "timeout"
    }

    /// The index of the scene with this id.
    public func sceneIndex(_ id: String) -> Int? { scenes.firstIndex { $0.id == id } }

    /// The index of an interned action id.
    public func actionIndex(_ id: String) -> Int? { actionIDs.firstIndex(of: id) }

    /// The index of the role with this id.
    public func roleIndex(_ id: String) -> Int? { roles.firstIndex { $0.id == id } }
}

/// Optional descriptive fields of a scenario.
public struct ScenarioMetadata: Sendable, Hashable {
    public var tags: [String] = []
    public var difficulty: String?
    public var estimatedMinutes: Int?
    public var author: String?
    public var version: String?
    public var objectives: [String] = []
    public var references: [Reference] = []

    public init() {}
}

/// A public write-up a scenario is based on.
public struct Reference: Sendable, Hashable {
    public var title: String
    public var url: String
}

/// A part the team plays, such as the incident commander.
public struct Role: Sendable, Hashable {
    public var id: String
    public var name: String
    public var brief: String?
}

/// An ending of the drill and how it went.
public struct Ending: Sendable, Hashable {
    public var id: String
    public var title: String
    public var narrative: String
    public var outcome: Outcome
}

/// How a drill ended for the team.
public enum Outcome: String, Sendable, Hashable, CaseIterable {
    case success
    case partial
    case failure
}
