/// The briefing before a drill: the loaded setup, the players' names, and the selected row.
public struct BriefingState: Sendable {
    public var setup: DrillSetup
    /// One name per role of the scenario, in order (empty when not given).
    public var names: [String]
    /// A role's row, or `names.count` for "Start the drill".
    public var selection: Int
    /// Whether Esc goes back to the picker.
    public var cameFromPicker: Bool

    public init(setup: DrillSetup, cameFromPicker: Bool) {
        self.setup = setup
        names = Array(repeating: "", count: setup.scenario.roles.count)
        selection = setup.scenario.roles.count
        self.cameFromPicker = cameFromPicker
    }

    /// Whether the selected row is the start button.
    public var onStart: Bool { selection == names.count }
}
