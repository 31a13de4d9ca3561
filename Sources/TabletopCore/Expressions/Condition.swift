/// A parsed and type-checked boolean condition, ready to evaluate.
///
/// ```
/// switch Condition.compile("severity == 'high' and not did('RA4601')", symbols: scenario) {
/// case .success(let condition): condition.evaluate(in: session) // true or false
/// case .failure(let error): print(error.code, error.offset, error.message) // E406 8 ...
/// }
/// ```
public struct Condition: Sendable, Hashable {
    /// The source text as written in the file.
    public let source: String
    /// Slots of the variables this condition reads (for lint warnings such as "variable never read").
    public let variableSlots: Set<Int>
    /// Scene indices passed to `visited()`.
    public let sceneReferences: Set<Int>
    /// Option indices passed to `chose()`.
    public let optionReferences: Set<Int>
    /// Action indices passed to `did()`.
    public let actionReferences: Set<Int>
    /// The compiled form that `evaluate` runs.
    let program: ExpressionProgram

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
