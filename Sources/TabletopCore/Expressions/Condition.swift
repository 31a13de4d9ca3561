/// A parsed and type-checked boolean condition, ready to evaluate.
///
/// ```
/// switch Condition.compile("severity == 'high' and not did('RA4601')", symbols: scenario) {
/// case .success(let condition): condition.evaluate(in: session) // true or false
/// case .failure(let error): print(error.code, error.offset, error.message) // E406 8 ...
/// }
/// ```
public struct Condition: Sendable, Hashable {
    /// The compiled condition, shared by every copy: copying a condition is one reference count.
    private final class Storage: Sendable {
        let source: String
        let program: ExpressionProgram

        init(source: String, program: ExpressionProgram) {
            self.source = source
            self.program = program
        }
    }

    private let storage: Storage

    /// The source text as written in the file.
    public var source: String { storage.source }
    /// Slots of the variables this condition reads (for lint warnings such as "variable never read").
    ///
    /// This and the other reference sets are read off the program on each access, so compiling
    /// builds no sets.
    public var variableSlots: Set<Int> { storage.program.variableSlots }
    /// Scene indices passed to `visited()`.
    public var sceneReferences: Set<Int> { storage.program.sceneReferences }
    /// Option indices passed to `chose()`.
    public var optionReferences: Set<Int> { storage.program.optionReferences }
    /// Action indices passed to `did()`.
    public var actionReferences: Set<Int> { storage.program.actionReferences }
    /// The compiled form that `evaluate` runs.
    var program: ExpressionProgram { storage.program }

    private init(source: String, program: ExpressionProgram) {
        storage = Storage(source: source, program: program)
    }

    public static func == (lhs: Condition, rhs: Condition) -> Bool {
        lhs.storage === rhs.storage || (lhs.source == rhs.source && lhs.program == rhs.program)
    }

    public func hash(into hasher: inout Hasher) {
        hasher.combine(source)
    }

    /// Parses and type-checks; the whole expression must be bool.
    public static func compile(_ source: String, symbols: some ConditionSymbols) -> Result<Condition, ExpressionError> {
        let compiled = source.utf8.withContiguousStorageIfAvailable { ExpressionTypeChecker.compile($0, symbols: symbols) }
            ?? Array(source.utf8).withUnsafeBufferPointer { ExpressionTypeChecker.compile($0, symbols: symbols) }
        return compiled.map { Condition(source: source, program: $0) }
    }

    /// Evaluates against the session; never traps (integer arithmetic saturates instead of overflowing).
    public func evaluate(in environment: some ConditionEnvironment) -> Bool {
        program.run(in: environment)
    }
}
