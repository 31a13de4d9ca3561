/// Checks a condition against the scenario's names and the typing rules as the parser reports it, and compiles it.
///
/// Typing: `< <= > >=`, `+ -` and unary `-` take ints; `==` and `!=` take two values of one type,
/// where a string literal stands for the value of the enum it is compared with; `and`, `or`,
/// `not` take bools; the whole condition must be a bool. Every error carries the offset of the
/// offending sub-expression, and errors are found in source order.
///
/// Instead of a syntax tree the checker keeps a small stack of what each pending operand is (its
/// type and the text it covers), and emits each operator's code as soon as its operands are
/// checked, so the instructions come out in evaluation order. A call's arguments are not checked
/// as expressions: the call says what is wrong with them. After the first error the checker
/// only waits, since a syntax error later in the source ranks first.
struct ExpressionTypeChecker<Symbols: ConditionSymbols>: ExpressionSink {
    /// The functions a condition may call.
    static var functionNames: [String] { ["visited", "chose", "did", "elapsed"] }

    let symbols: Symbols
    let source: ExpressionSource
    var builder: ExpressionProgram.Builder
    /// The operands whose operators are still open, innermost last.
    var operands: ExpressionScratchStack<ExpressionOperand>
    /// The value lists of the enum variables read so far.
    var enumTypes: [[String]] = []
    /// How many `did` placeholders wait for `finish()` to intern their action ids.
    var unresolvedActions = 0
    /// The position in `operands` of the innermost open call, or -1 when checking (outside calls).
    private var innermostCall = -1
    /// The first error found; a box, so that a checker without one stays cheap to create and destroy.
    private var failure: Failure?

    private init(symbols: Symbols, source: ExpressionSource,
                 code: UnsafeMutableBufferPointer<ExpressionProgram.Instruction>, operands: UnsafeMutableBufferPointer<ExpressionOperand>) {
        self.symbols = symbols
        self.source = source
        self.builder = ExpressionProgram.Builder(memory: code)
        self.operands = ExpressionScratchStack(operands)
    }

    /// Parses and checks a whole condition, which must be a bool, and returns what `output` makes of its instructions and the stack size they need.
    static func compile<Output>(
        _ bytes: UnsafeBufferPointer<UInt8>, symbols: Symbols,
        output: (_ instructions: UnsafeBufferPointer<ExpressionProgram.Instruction>, _ stackCapacity: Int) -> Output
    ) -> Result<Output, ExpressionError> {
        withUnsafeTemporaryAllocation(of: ExpressionProgram.Instruction.self, capacity: 32) { code in
            withUnsafeTemporaryAllocation(of: ExpressionOperand.self, capacity: 16) { operands in
                var checker = ExpressionTypeChecker(symbols: symbols, source: ExpressionSource(bytes: bytes), code: code, operands: operands)
                defer {
                    checker.builder.release()
                    checker.operands.release()
                }
                do throws(ExpressionError) {
                    try ExpressionParser.parse(checker.source, into: &checker)
                    return .success(output(checker.builder.instructions, checker.builder.stackCapacity))
                } catch {
                    return .failure(error)
                }
            }
        }
    }

    // MARK: Events

    @inline(__always)
    mutating func operand(_ lexeme: ExpressionLexeme) {
        guard noErrorYet() else { return }
        let form: ExpressionOperand.Form = lexeme.kind == .identifier ? .variable : lexeme.kind == .string ? .string : .other
        var operand = ExpressionOperand(kind: .unchecked, form: form, start: lexeme.start, end: lexeme.end)
        if innermostCall < 0 {
            switch lexeme.kind {
            case .integer:
                builder.push(.constant(lexeme.value))
                operand.kind = .int
            case .true, .false:
                builder.push(.constant(lexeme.kind == .true ? 1 : 0))
                operand.kind = .bool
            case .string:
                operand.kind = .string
                operand.payload = Int32(builder.push(.constant(0)))
            default:
                do { try emitVariable(&operand) } catch {
                    failure = Failure(error, followsParentheses: true)
                    return
                }
            }
        }
        operands.append(operand)
    }

    @inline(__always)
    mutating func beginCall(nameStart: Int, nameEnd: Int) {
        guard noErrorYet() else { return }
        operands.append(ExpressionOperand(kind: .call, form: .other, start: nameStart, end: nameEnd, payload: innermostCall))
        innermostCall = operands.count - 1
    }

    @inline(__always)
    mutating func endCall(nameStart: Int, nameEnd: Int, end: Int) {
        guard noErrorYet() else { return }
        let call = innermostCall
        innermostCall = Int(operands[call].payload)
        var result = ExpressionOperand(kind: .unchecked, form: .other, start: nameStart, end: end)
        if innermostCall < 0 {
            do { result.kind = try emitCall(nameStart..<nameEnd, arguments: (call + 1)..<operands.count) } catch {
                failure = Failure(error, followsParentheses: error.offset == nameStart)
                return
            }
        }
        operands.removeSuffix(from: call)
        operands.append(result)
    }

    @inline(__always)
    mutating func group(start: Int, end: Int) {
        if let failure {
            if failure.followsParentheses { failure.error.offset = start }
            return
        }
        operands.last.start = Int32(start)
        operands.last.end = Int32(end)
    }

    @inline(__always)
    mutating func prefix(_ operation: ExpressionOperator, at offset: Int) {
        guard noErrorYet() else { return }
        if innermostCall < 0 {
            do {
                if operation == .not {
                    try operands.last.require(.bool, in: source, "'not' takes a bool operand")
                    builder.transform(.not)
                } else {
                    try operands.last.require(.int, in: source, "unary '-' takes an int operand")
                    builder.transform(.negate)
                }
            } catch {
                failure = Failure(error)
                return
            }
        }
        operands.last.start = Int32(offset)
        operands.last.form = .other
    }

    @inline(__always)
    mutating func beginBinary(_ operation: ExpressionOperator, at offset: Int) {
        guard noErrorYet(), innermostCall < 0 else { return }
        do {
            if operation.isLogical {
                try operands.last.require(.bool, in: source, "'\(operation.spelling)' takes bool operands")
                operands.last.payload = Int32(builder.shortCircuit(operation, after: -1))
            } else if operation.isArithmetic {
                try operands.last.require(.int, in: source, "'\(operation.spelling)' takes int operands")
            }
        } catch {
            failure = Failure(error)
        }
    }

    @inline(__always)
    mutating func endBinary(_ operation: ExpressionOperator, at offset: Int, chainContinues: Bool) {
        guard noErrorYet() else { return }
        let right = operands.removeLast()
        if innermostCall < 0 {
            do {
                if operation.isLogical {
                    try right.require(.bool, in: source, "'\(operation.spelling)' takes bool operands")
                    if chainContinues {
                        operands.last.payload = Int32(builder.shortCircuit(operation, after: Int(operands.last.payload)))
                    } else {
                        builder.patchJumps(from: Int(operands.last.payload), operation)
                    }
                } else if operation.isArithmetic {
                    try right.require(.int, in: source, "'\(operation.spelling)' takes int operands")
                    builder.combine(operation == .plus ? .add : .subtract)
                    operands.last.kind = .int
                } else {
                    try compare(operation, operands.last, right)
                    operands.last.kind = .bool
                }
            } catch {
                failure = Failure(error)
                return
            }
        }
        operands.last.end = right.end
        operands.last.form = .other
    }

    /// Resolves the `did` calls checked so far, then reports the first error, or fails unless the condition is a bool.
    mutating func finish() throws(ExpressionError) {
        if unresolvedActions > 0 { resolveActions() }
        if let failure { throw failure.error }
        let root = operands[0]
        if root.kind == .bool { return }
        let hint: String?
        switch root.kind {
        case .int:
            hint = "compare it, e.g. '\(source.text(root.start, root.end)) > 0'"
        case .enumeration where !enumTypes[Int(root.payload)].isEmpty:
            hint = "compare it with one of its values, e.g. '\(source.text(root.start, root.end)) == '\(enumTypes[Int(root.payload)][0])''"
        default:
            hint = nil
        }
        throw .notBool("a condition must be a bool, but this one is \(root.typePhrase)", hint: hint)
    }

    /// False once an error has been found: the event then only ends that error's following of parentheses.
    @inline(__always)
    private mutating func noErrorYet() -> Bool {
        if let failure {
            failure.followsParentheses = false
            return false
        }
        return true
    }

    // MARK: Variables

    /// Emits the read of the variable `operand` names and sets its type.
    private mutating func emitVariable(_ operand: inout ExpressionOperand) throws(ExpressionError) {
        let name = Int(operand.tokenStart)..<Int(operand.tokenEnd)
        guard let (slot, type) = symbols.variable(utf8: source.bytes(name)) else {
            throw unknownVariable(source.text(name), at: Int(operand.start))
        }
        switch type {
        case .int:
            builder.push(.intVariable(slot: slot))
            operand.kind = .int
        case .bool:
            builder.push(.boolVariable(slot: slot))
            operand.kind = .bool
        case .enumeration(let values):
            builder.push(.enumVariable(slot: slot))
            operand.kind = .enumeration
            operand.payload = Int32(enumTypes.count)
            enumTypes.append(values)
        }
    }

    /// The `E402` for a name that is not a variable, with a hint when it is a function or close to a name.
    private func unknownVariable(_ name: String, at offset: Int) -> ExpressionError {
        if Self.functionNames.contains(name) {
            let call = name == "elapsed" ? "elapsed()" : "\(name)(...)"
            return .unknownVariable("unknown variable '\(name)'; '\(name)' is a function, call it with parentheses", at: offset, hint: "did you mean '\(call)'?")
        }
        let hint = ExpressionError.didYouMean(name, in: symbols.variableNames)
            ?? ExpressionError.didYouMean(name, in: ["true", "false"])
        return .unknownVariable("unknown variable '\(name)'", at: offset, hint: hint)
    }

    /// Interns the action id of each `did` placeholder, in source order, and points the instruction at its index.
    private mutating func resolveActions() {
        for position in 0..<builder.count {
            guard case .did(let quote) = builder[position] else { continue }
            var close = quote + 1
            while source[close] != UInt8(ascii: "'") { close += 1 }
            builder[position] = .did(action: symbols.actionIndex(utf8: source.bytes(quote + 1..<close)))
        }
        unresolvedActions = 0
    }

    /// The first error a checker found.
    private final class Failure {
        var error: ExpressionError
        /// Whether the error is at the start of the latest operand, a variable or a call, so that
        /// parentheses closed right around it move it to their `(`, as they move the operand's start.
        var followsParentheses: Bool

        init(_ error: ExpressionError, followsParentheses: Bool = false) {
            self.error = error
            self.followsParentheses = followsParentheses
        }
    }
}
