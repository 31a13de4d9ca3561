extension ScenarioLint {
    /// W303 variable never read, W304 variable never changed.
    mutating func checkVariables() {
        for (slot, variable) in scenario.variables.enumerated() {
            if variable.hidden, !usage.isRead[slot] {
                sink.warning("W303", "variable '\(variable.name)' is hidden and no condition reads it, so it changes nothing", at: map.variables[slot])
            }
            if usage.effectsBySlot[slot].isEmpty {
                sink.warning("W304", "variable '\(variable.name)' is never changed: no effect sets, adds to or rolls it, so it stays \(variable.describe(variable.initial))", at: map.variables[slot])
            }
        }
    }
}
