/// What evaluation reads from the running session.
public protocol ConditionEnvironment {
    /// The current value of the variable in `slot`.
    func value(ofSlot slot: Int) -> RuntimeValue
    /// Whether the scene with this index has been entered.
    func hasVisited(scene: Int) -> Bool
    /// Whether the option with this engine-wide index has been chosen.
    func hasChosen(option: Int) -> Bool
    /// Whether any decision so far performed the action with this index.
    func hasPerformed(action: Int) -> Bool
    /// Scenario minutes since T+0.
    var elapsedMinutes: Int { get }
}
