/// What the type checker may ask about names in the scenario.
///
/// The loader implements this over a scenario being validated; `Condition.compile` asks it to turn
/// names into the slots and indices that evaluation uses.
public protocol ConditionSymbols {
    /// The slot and type of a declared variable, or nil when no variable has this name.
    func variable(named name: String) -> (slot: Int, type: ExpressionType)?
    /// All declared variable names (for "did you mean" hints).
    var variableNames: [String] { get }
    /// The index of a scene with this id (not an ending), or nil.
    func sceneIndex(of id: String) -> Int?
    /// All scene ids (for hints).
    var sceneIDs: [String] { get }
    /// The engine-wide index of option `option` in scene `scene`, or nil when the scene or option is missing.
    func optionIndex(scene: String, option: String) -> Int?
    /// The option ids of a scene, or nil when there is no such scene (for hints and messages).
    func optionIDs(ofScene scene: String) -> [String]?
    /// The index of an action id; interns any syntactically valid action id. (A sealed copy of the loader's
    /// table interns nothing: it notes the miss, and the work is redone with the table itself.)
    func actionIndex(of id: String) -> Int
}
