import TabletopCore

/// What a drill is played from: the loaded scenario and playbook, the files they came from, and the seed.
public struct DrillSetup: Sendable {
    public var scenario: Scenario
    public var scenarioFile: FileIdentity
    public var playbook: Playbook?
    public var playbookFile: FileIdentity?
    public var seed: UInt64

    public init(scenario: Scenario, scenarioFile: FileIdentity, playbook: Playbook?, playbookFile: FileIdentity?, seed: UInt64) {
        self.scenario = scenario
        self.scenarioFile = scenarioFile
        self.playbook = playbook
        self.playbookFile = playbookFile
        self.seed = seed
    }
}
