extension Sequence<ExpressionProgram.Instruction> {
    /// Slots of the variables the instructions read.
    var variableSlots: Set<Int> {
        collect {
            switch $0 {
            case .intVariable(let slot), .boolVariable(let slot), .enumVariable(let slot): return slot
            default: return nil
            }
        }
    }

    /// Scene indices the instructions pass to `visited()`.
    var sceneReferences: Set<Int> { collect { if case .visited(let scene) = $0 { scene } else { nil } } }
    /// Option indices the instructions pass to `chose()`.
    var optionReferences: Set<Int> { collect { if case .chose(let option) = $0 { option } else { nil } } }
    /// Action indices the instructions pass to `did()`.
    var actionReferences: Set<Int> { collect { if case .did(let action) = $0 { action } else { nil } } }

    /// The set of the values `reference` finds in the instructions.
    private func collect(_ reference: (ExpressionProgram.Instruction) -> Int?) -> Set<Int> {
        var found = Set<Int>()
        for instruction in self {
            if let value = reference(instruction) { found.insert(value) }
        }
        return found
    }
}
