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

    /// `variable(named:)` for a name given as UTF-8 bytes, which the checker has at hand: a table of
    /// names can look them up without making a `String` (by default they are decoded and passed on).
    func variable(utf8 name: UnsafeBufferPointer<UInt8>) -> (slot: Int, type: ExpressionType)?
    /// `sceneIndex(of:)` for an id given as UTF-8 bytes.
    func sceneIndex(utf8 id: UnsafeBufferPointer<UInt8>) -> Int?
    /// `optionIndex(scene:option:)` for ids given as UTF-8 bytes.
    func optionIndex(sceneUTF8 scene: UnsafeBufferPointer<UInt8>, optionUTF8 option: UnsafeBufferPointer<UInt8>) -> Int?
    /// `actionIndex(of:)` for an id given as UTF-8 bytes.
    func actionIndex(utf8 id: UnsafeBufferPointer<UInt8>) -> Int
}

extension ConditionSymbols {
    public func variable(utf8 name: UnsafeBufferPointer<UInt8>) -> (slot: Int, type: ExpressionType)? {
        variable(named: String(decoding: name, as: UTF8.self))
    }

    public func sceneIndex(utf8 id: UnsafeBufferPointer<UInt8>) -> Int? {
        sceneIndex(of: String(decoding: id, as: UTF8.self))
    }

    public func optionIndex(sceneUTF8 scene: UnsafeBufferPointer<UInt8>, optionUTF8 option: UnsafeBufferPointer<UInt8>) -> Int? {
        optionIndex(scene: String(decoding: scene, as: UTF8.self), option: String(decoding: option, as: UTF8.self))
    }

    public func actionIndex(utf8 id: UnsafeBufferPointer<UInt8>) -> Int {
        actionIndex(of: String(decoding: id, as: UTF8.self))
    }
}
