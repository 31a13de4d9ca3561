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
        let variableSlots: Set<Int>
        let sceneReferences: Set<Int>
        let optionReferences: Set<Int>
        let actionReferences: Set<Int>
        let program: ExpressionProgram

        init(source: String, variableSlots: Set<Int>, sceneReferences: Set<Int>, optionReferences: Set<Int>,
             actionReferences: Set<Int>, program: ExpressionProgram) {
            self.source = source
            self.variableSlots = variableSlots
            self.sceneReferences = sceneReferences
            self.optionReferences = optionReferences
            self.actionReferences = actionReferences
            self.program = program
        }
    }

    private let storage: Storage

    /// The source text as written in the file.
    public var source: String { storage.source }
    /// Slots of the variables this condition reads (for lint warnings such as "variable never read").
    public var variableSlots: Set<Int> { storage.variableSlots }
    /// Scene indices passed to `visited()`.
    public var sceneReferences: Set<Int> { storage.sceneReferences }
    /// Option indices passed to `chose()`.
    public var optionReferences: Set<Int> { storage.optionReferences }
    /// Action indices passed to `did()`.
    public var actionReferences: Set<Int> { storage.actionReferences }
    /// The compiled form that `evaluate` runs.
    var program: ExpressionProgram { storage.program }

    private init(source: String, variableSlots: Set<Int>, sceneReferences: Set<Int>, optionReferences: Set<Int>,
                 actionReferences: Set<Int>, program: ExpressionProgram) {
        storage = Storage(source: source, variableSlots: variableSlots, sceneReferences: sceneReferences,
                          optionReferences: optionReferences, actionReferences: actionReferences, program: program)
    }

    public static func == (lhs: Condition, rhs: Condition) -> Bool {
        lhs.storage === rhs.storage || (lhs.source == rhs.source && lhs.program == rhs.program)
    }

    public func hash(into hasher: inout Hasher) {
        hasher.combine(source)
    }

    /// Parses and type-checks; the whole expression must be bool.
    public static func compile(_ source: String, symbols: some ConditionSymbols) -> Result<Condition, ExpressionError> {
        let bytes = Array(source.utf8)
        do throws(ExpressionError) {
            let tree = try ExpressionParser.parse(bytes)
            var checker = ExpressionTypeChecker(symbols: symbols, source: bytes)
            let program = try checker.compile(tree)
            return .success(Condition(
                source: source,
                variableSlots: checker.variableSlots,
                sceneReferences: checker.sceneReferences,
                optionReferences: checker.optionReferences,
                actionReferences: checker.actionReferences,
                program: program
            ))
        } catch {
            return .failure(error)
        }
    }

    /// Evaluates against the session; never traps (integer arithmetic saturates instead of overflowing).
    public func evaluate(in environment: some ConditionEnvironment) -> Bool {
        program.run(in: environment)
    }
}
