/// The names a scenario declares, indexed for resolving references and compiling conditions.
final class SymbolTable: ConditionSymbols {
    var variableSlots = TextTable<Int>()
    var variables: [Variable] = []
    var destinations = TextTable<Destination>()
    var sceneIDList: [String] = []
    /// Per scene index: option id -> engine-wide option index.
    var optionsByScene: [TextTable<Int>] = []
    var optionIDsByScene: [[String]] = []
    var optionOwners: [(scene: Int, option: Int)] = []
    var roleIndices = TextTable<Int>()
    private(set) var actionIDs: [String] = []
    private var actionIndices = TextTable<Int>()

    var variableNames: [String] { variables.map(\.name) }
    var sceneIDs: [String] { sceneIDList }

    func variable(named name: String) -> (slot: Int, type: ExpressionType)? {
        guard let slot = variableSlots[name] else { return nil }
        return (slot, variables[slot].type)
    }

    func sceneIndex(of id: String) -> Int? {
        if case .scene(let index)? = destinations[id] { return index }
        return nil
    }

    func optionIndex(scene: String, option: String) -> Int? {
        guard let index = sceneIndex(of: scene) else { return nil }
        return optionsByScene[index][option]
    }

    func optionIDs(ofScene scene: String) -> [String]? {
        sceneIndex(of: scene).map { optionIDsByScene[$0] }
    }

    func actionIndex(of id: String) -> Int {
        if let index = actionIndices[id] { return index }
        actionIDs.append(id)
        actionIndices[id] = actionIDs.count - 1
        return actionIDs.count - 1
    }

    /// The interned index of the action id whose UTF-8 bytes are `id`, interning it if new.
    func actionIndex(ofUTF8 id: UnsafeBufferPointer<UInt8>) -> Int {
        actionIndices[utf8: id] ?? actionIndex(of: String(decoding: id, as: UTF8.self))
    }
}
