/// Where the parts of a loaded scenario stand in its file: the JSON nodes that lint warnings point at.
///
/// Filled by `ScenarioLoader` as it reads; every array is indexed like the matching array of the
/// `Scenario` (scenes, variable slots, endings, timed injects, declared actions), options by their
/// engine-wide index.
public struct ScenarioSourceMap: Sendable {
    /// The nodes of one scene.
    public struct SceneNodes: Sendable {
        /// The value of `id`.
        public var id: JSONDocument.Index
        /// The `options` array.
        public var options: JSONDocument.Index
        /// The value of `onTimeout`, when present.
        public var onTimeout: JSONDocument.Index?
    }

    /// The nodes of one option.
    public struct OptionNodes: Sendable {
        public var id: JSONDocument.Index
        public var label: JSONDocument.Index
        /// The label's first eight bytes as people compare labels (see `LabelText.prefix`), noted while its
        /// bytes are at hand: lint tells most labels apart by it without reading the file again.
        var labelPrefix: UInt64
        /// The value of `when`, when present.
        public var when: JSONDocument.Index?
        /// The value of `next`.
        public var next: JSONDocument.Index
    }

    public var scenes: [SceneNodes] = []
    /// Per option, by `SceneOption.globalIndex`.
    public var options: [OptionNodes] = []
    /// The key of each variable's declaration, by slot.
    public var variables: [JSONDocument.Index] = []
    /// The `id` value of each ending.
    public var endings: [JSONDocument.Index] = []
    /// The `at` value of each timed inject.
    public var injectTimes: [JSONDocument.Index] = []
    /// The key of each entry of the scenario's `actions` map.
    public var declaredActions: [JSONDocument.Index] = []

    public init() {}
}
