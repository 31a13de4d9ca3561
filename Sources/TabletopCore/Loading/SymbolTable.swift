/// The names a scenario declares, indexed for resolving references and compiling conditions.
///
/// The tables read for every reference are not checked for exclusive access at run time, which
/// costs a thread-local lookup on each read: a table is filled by one thread before it is read,
/// and each thread that reads scenes has a copy of its own (see `sealedCopy()`).
final class SymbolTable: ConditionSymbols {
    @exclusivity(unchecked) var variableSlots = TextTable<Int>()
    @exclusivity(unchecked) var variables: [Variable] = []
    @exclusivity(unchecked) var destinations = TextTable<Destination>()
    @exclusivity(unchecked) var sceneIDList: [String] = []
    /// Per scene index: its option ids and their engine-wide indices.
    @exclusivity(unchecked) var optionsByScene: [SceneOptionTable] = []
    @exclusivity(unchecked) var optionOwners: [(scene: Int, option: Int)] = []
    @exclusivity(unchecked) var roleIndices = TextTable<Int>()
    @exclusivity(unchecked) private(set) var actionIDs: [String] = []
    @exclusivity(unchecked) private var actionIndices = TextTable<Int>()
    /// Whether this is a read-only copy (see `sealedCopy()`).
    private var isSealed = false
    /// The action ids this sealed copy was asked for and does not hold, in the order asked (repeats
    /// included): the work done with it must be redone once they are interned.
    private(set) var missedActions: [String] = []

    var variableNames: [String] { variables.map(\.name) }
    var sceneIDs: [String] { sceneIDList }

    // The names given as strings are looked up by their bytes, as the tables compare them.

    func variable(named name: String) -> (slot: Int, type: ExpressionType)? {
        var name = name
        return name.withUTF8 { variable(utf8: $0) }
    }

    func sceneIndex(of id: String) -> Int? {
        var id = id
        return id.withUTF8 { sceneIndex(utf8: $0) }
    }

    func optionIndex(scene: String, option: String) -> Int? {
        var scene = scene, option = option
        return scene.withUTF8 { scene in option.withUTF8 { optionIndex(sceneUTF8: scene, optionUTF8: $0) } }
    }

    func variable(utf8 name: UnsafeBufferPointer<UInt8>) -> (slot: Int, type: ExpressionType)? {
        guard let slot = variableSlots[utf8: name] else { return nil }
        return (slot, variables[slot].type)
    }

    func sceneIndex(utf8 id: UnsafeBufferPointer<UInt8>) -> Int? {
        if case .scene(let index)? = destinations[utf8: id] { return index }
        return nil
    }

    func optionIndex(sceneUTF8 scene: UnsafeBufferPointer<UInt8>, optionUTF8 option: UnsafeBufferPointer<UInt8>) -> Int? {
        guard let index = sceneIndex(utf8: scene) else { return nil }
        return optionsByScene[index][utf8: option]
    }

    func actionIndex(utf8 id: UnsafeBufferPointer<UInt8>) -> Int {
        actionIndices[utf8: id] ?? intern(String(decoding: id, as: UTF8.self))
    }

    func optionIDs(ofScene scene: String) -> [String]? {
        sceneIndex(of: scene).map { optionsByScene[$0].ids }
    }

    /// The interned index of `id`, a valid action id (its callers check it), interning it if new.
    func actionIndex(of id: String) -> Int {
        actionIndices[id] ?? intern(id)
    }

    /// The interned index of the action id whose UTF-8 bytes are `id`, interning it if new and valid
    /// (`Identifiers.isValidActionID`); nil when it is not valid. Only valid ids are ever interned, so one
    /// found needs no check: most that options name were interned while the scenes were indexed.
    func validActionIndex(ofUTF8 id: UnsafeBufferPointer<UInt8>) -> Int? {
        if let index = actionIndices[utf8: id] { return index }
        return Identifiers.isValidActionID(utf8: id) ? intern(String(decoding: id, as: UTF8.self)) : nil
    }

    /// Interns an action id not interned yet (see `sealedCopy()` for a sealed table).
    private func intern(_ id: String) -> Int {
        if isSealed {
            missedActions.append(id)
            return 0
        }
        actionIDs.append(id)
        actionIndices[id] = actionIDs.count - 1
        return actionIDs.count - 1
    }

    /// A copy for one of several threads reading scenes at once: a table object of its own (its tables
    /// share storage with the original's, which nobody changes meanwhile), which interns nothing: an
    /// action id it lacks is noted in `missedActions` and gets index 0, to be thrown away.
    func sealedCopy() -> SymbolTable {
        let copy = SymbolTable()
        copy.variableSlots = variableSlots
        copy.variables = variables
        copy.destinations = destinations
        copy.sceneIDList = sceneIDList
        copy.optionsByScene = optionsByScene
        copy.optionOwners = optionOwners
        copy.roleIndices = roleIndices
        copy.actionIDs = actionIDs
        copy.actionIndices = actionIndices
        copy.isSealed = true
        return copy
    }
}
