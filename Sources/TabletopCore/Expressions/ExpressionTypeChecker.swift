/// Checks a parsed condition against the scenario's names and the typing rules, and compiles it.
///
/// Typing: `< <= > >=`, `+ -` and unary `-` take ints; `==` and `!=` take two values of one type,
/// where a string literal stands for the value of the enum it is compared with; `and`, `or`,
/// `not` take bools; the whole condition must be a bool. Every error carries the offset of the
/// offending sub-expression, and errors are found in source order.
///
/// The walk over the tree keeps an explicit stack of tasks instead of recursing, and emits each
/// node's code into an `ExpressionProgram.Builder` as soon as its operands are checked, so the
/// instructions come out in evaluation order.
struct ExpressionTypeChecker<Symbols: ConditionSymbols> {
    /// The functions a condition may call.
    static var functionNames: [String] { ["visited", "chose", "did", "elapsed"] }

    private let symbols: Symbols
    private let source: [UInt8]
    /// Slots of the variables read so far.
    private(set) var variableSlots: Set<Int> = []
    /// Scene indices passed to `visited` so far.
    private(set) var sceneReferences: Set<Int> = []
    /// Option indices passed to `chose` so far.
    private(set) var optionReferences: Set<Int> = []
    /// Action indices passed to `did` so far.
    private(set) var actionReferences: Set<Int> = []

    private var builder = ExpressionProgram.Builder()
    /// What each value the emitted code leaves on the machine's stack is, innermost last.
    private var operands: [Operand] = []
    /// The short-circuit jumps of each `and`/`or` node being checked, innermost last.
    private var openJumps: [[Int]] = []

    init(symbols: Symbols, source: [UInt8]) {
        self.symbols = symbols
        self.source = source
    }

    /// What a checked sub-expression is: a value of a type, or a string literal whose value
    /// depends on the enum it is compared with (its code is a placeholder `constant`).
    private enum Operand {
        case typed(ExpressionType)
        case string(String, constantAt: Int)

        /// The type's name with its article, a string literal counting as "a string".
        var typePhrase: String {
            switch self {
            case .typed(let type): return type.withArticle
            case .string: return "a string"
            }
        }
    }

    /// One step of the walk over the tree.
    private enum Task {
        /// Check a node and emit its code (or schedule the tasks that do).
        case check(ExpressionNode)
        /// Fail unless the latest operand, the value of `node`, has `type`; `context` opens the message.
        case require(ExpressionType, ExpressionNode, context: String)
        /// Emit `not` or `negate`, which replaces the latest operand.
        case transform(ExpressionProgram.Instruction)
        /// Emit `add` or `subtract`, which combines the two latest int operands.
        case combine(ExpressionProgram.Instruction)
        /// Apply the rules of a comparison to its two operands and emit it.
        case compare(ExpressionNode.ComparisonOperator, left: ExpressionNode, right: ExpressionNode)
        /// Emit the jump after an operand of `and`/`or` that is not the last.
        case shortCircuit(ExpressionNode.LogicalOperator)
        /// Point the `and`/`or` node's jumps past its last operand.
        case closeLogical(ExpressionNode.LogicalOperator)
    }

    /// Checks a whole condition, which must be a bool, and returns its compiled form.
    mutating func compile(_ root: ExpressionNode) throws(ExpressionError) -> ExpressionProgram {
        var tasks: [Task] = [.check(root)]
        while let task = tasks.popLast() {
            switch task {
            case .check(let node):
                try check(node, scheduling: &tasks)
            case .require(let type, let node, let context):
                let operand = operands[operands.count - 1]
                guard case .typed(type) = operand else {
                    throw .typeMismatch("\(context), but \(describe(node)) is \(operand.typePhrase)", at: node.start)
                }
            case .transform(let instruction):
                builder.transform(instruction)
            case .combine(let instruction):
                builder.combine(instruction)
                operands.removeLast()
            case .compare(let operation, let left, let right):
                try compare(operation, left, right)
            case .shortCircuit(let operation):
                openJumps[openJumps.count - 1].append(builder.shortCircuit(operation))
                operands.removeLast()
            case .closeLogical(let operation):
                builder.patchJumps(openJumps.removeLast(), operation)
            }
        }
        let operand = operands[0]
        if case .typed(.bool) = operand { return builder.program }
        let hint: String?
        switch operand {
        case .typed(.int):
            hint = "compare it, e.g. '\(text(of: root)) > 0'"
        case .typed(.enumeration(let values)) where !values.isEmpty:
            hint = "compare it with one of its values, e.g. '\(text(of: root)) == '\(values[0])''"
        default:
            hint = nil
        }
        throw .notBool("a condition must be a bool, but this one is \(operand.typePhrase)", hint: hint)
    }

    // MARK: Nodes

    /// Emits a leaf's code, or schedules the tasks that check an operator node's operands and then the node.
    private mutating func check(_ node: ExpressionNode, scheduling tasks: inout [Task]) throws(ExpressionError) {
        var steps: [Task] = []
        switch node.kind {
        case .integer(let value):
            builder.push(.constant(value))
            operands.append(.typed(.int))
        case .boolean(let value):
            builder.push(.constant(value ? 1 : 0))
            operands.append(.typed(.bool))
        case .string(let text):
            operands.append(.string(text, constantAt: builder.push(.constant(0))))
        case .variable(let name):
            operands.append(.typed(try emitVariable(name, at: node.start)))
        case .call(let name, let arguments):
            operands.append(.typed(try emitCall(name, arguments: arguments, node: node)))
        case .not(let operand):
            steps = [.check(operand), .require(.bool, operand, context: "'not' takes a bool operand"), .transform(.not)]
        case .negate(let operand):
            steps = [.check(operand), .require(.int, operand, context: "unary '-' takes an int operand"), .transform(.negate)]
        case .arithmetic(let first, let rest):
            steps = [.check(first), .require(.int, first, context: "'\(rest[0].operation.rawValue)' takes int operands")]
            for step in rest {
                steps.append(.check(step.operand))
                steps.append(.require(.int, step.operand, context: "'\(step.operation.rawValue)' takes int operands"))
                steps.append(.combine(step.operation == .plus ? .add : .subtract))
            }
        case .comparison(let operation, let left, let right, _):
            steps = [.check(left), .check(right), .compare(operation, left: left, right: right)]
        case .logical(let operation, let logicalOperands):
            openJumps.append([])
            for (position, operand) in logicalOperands.enumerated() {
                steps.append(.check(operand))
                steps.append(.require(.bool, operand, context: "'\(operation.rawValue)' takes bool operands"))
                if position < logicalOperands.count - 1 { steps.append(.shortCircuit(operation)) }
            }
            steps.append(.closeLogical(operation))
        }
        tasks.append(contentsOf: steps.reversed())
    }

    private mutating func emitVariable(_ name: String, at offset: Int) throws(ExpressionError) -> ExpressionType {
        if let (slot, type) = symbols.variable(named: name) {
            variableSlots.insert(slot)
            switch type {
            case .int: builder.push(.intVariable(slot: slot))
            case .bool: builder.push(.boolVariable(slot: slot))
            case .enumeration: builder.push(.enumVariable(slot: slot))
            }
            return type
        }
        if Self.functionNames.contains(name) {
            let call = name == "elapsed" ? "elapsed()" : "\(name)(...)"
            throw .unknownVariable("unknown variable '\(name)'; '\(name)' is a function, call it with parentheses", at: offset, hint: "did you mean '\(call)'?")
        }
        let hint = ExpressionError.didYouMean(name, in: symbols.variableNames)
            ?? ExpressionError.didYouMean(name, in: ["true", "false"])
        throw .unknownVariable("unknown variable '\(name)'", at: offset, hint: hint)
    }

    /// Checks the two latest operands against a comparison's rules and emits the comparison.
    private mutating func compare(
        _ operation: ExpressionNode.ComparisonOperator, _ leftNode: ExpressionNode, _ rightNode: ExpressionNode
    ) throws(ExpressionError) {
        let right = operands.removeLast()
        let left = operands.removeLast()
        let operatorText = "'\(operation.rawValue)'"
        switch operation {
        case .less, .lessOrEqual, .greater, .greaterOrEqual:
            for (operand, node) in [(left, leftNode), (right, rightNode)] {
                guard case .typed(.int) = operand else {
                    throw .typeMismatch("\(operatorText) takes int operands, but \(describe(node)) is \(operand.typePhrase)", at: node.start)
                }
            }
        case .equal, .notEqual:
            switch (left, right) {
            case (.string, .string):
                throw .typeMismatch(
                    "\(operatorText) cannot compare two strings; a string must be compared with an enum variable",
                    at: leftNode.start
                )
            case (.string(let text, let position), .typed(let type)):
                let value = try enumValue(text, stringNode: leftNode, comparedWith: rightNode, of: type, operatorText: operatorText)
                builder.setConstant(at: position, to: value)
            case (.typed(let type), .string(let text, let position)):
                let value = try enumValue(text, stringNode: rightNode, comparedWith: leftNode, of: type, operatorText: operatorText)
                builder.setConstant(at: position, to: value)
            case (.typed(let leftType), .typed(let rightType)):
                guard leftType == rightType else {
                    if case .enumeration = leftType, case .enumeration = rightType {
                        throw .typeMismatch(
                            "\(operatorText) compares values of the same type, but \(describe(leftNode)) and \(describe(rightNode)) are enums with different values",
                            at: rightNode.start
                        )
                    }
                    throw .typeMismatch(
                        "\(operatorText) compares values of the same type, but \(describe(leftNode)) is \(leftType.withArticle) and \(describe(rightNode)) is \(rightType.withArticle)",
                        at: rightNode.start
                    )
                }
            }
        }
        switch operation {
        case .equal: builder.combine(.equal)
        case .notEqual: builder.combine(.notEqual)
        case .less: builder.combine(.less)
        case .lessOrEqual: builder.combine(.lessOrEqual)
        case .greater: builder.combine(.greater)
        case .greaterOrEqual: builder.combine(.greaterOrEqual)
        }
        operands.append(.typed(.bool))
    }

    /// The index of string `text` among the values of the enum it is compared with.
    private func enumValue(
        _ text: String, stringNode: ExpressionNode, comparedWith other: ExpressionNode, of type: ExpressionType, operatorText: String
    ) throws(ExpressionError) -> Int {
        guard case .enumeration(let values) = type else {
            var hint: String?
            if type == .int, !text.isEmpty, text.utf8.allSatisfy({ $0 >= UInt8(ascii: "0") && $0 <= UInt8(ascii: "9") }) {
                hint = "write the number without quotes: \(text)"
            } else if type == .bool, text == "true" || text == "false" {
                hint = "write \(text) without quotes"
            }
            throw .typeMismatch(
                "\(operatorText) compares values of the same type, but \(describe(stringNode)) is a string and \(describe(other)) is \(type.withArticle); strings are only for enum values",
                at: stringNode.start, hint: hint
            )
        }
        if let index = values.firstIndex(of: text) { return index }
        let name: String
        if case .variable(let variable) = other.kind { name = variable } else { name = describe(other) }
        throw .undeclaredValue(
            "'\(text)' is not a value of \(name); \(Self.listValues(values))",
            at: stringNode.start, hint: ExpressionError.didYouMean(text, in: values)
        )
    }

    // MARK: Calls

    /// Checks a call's name and argument, emits it, and returns its type.
    private mutating func emitCall(_ name: String, arguments: [ExpressionNode], node: ExpressionNode) throws(ExpressionError) -> ExpressionType {
        switch name {
        case "visited":
            let (id, offset) = try stringArgument(of: "visited", arguments, call: node, expected: "a scene id", example: "visited('triage')")
            guard let index = symbols.sceneIndex(of: id) else {
                throw .unknownReference("visited() names scene '\(id)', but there is no such scene", at: offset, hint: ExpressionError.didYouMean(id, in: symbols.sceneIDs))
            }
            sceneReferences.insert(index)
            builder.push(.visited(scene: index))
            return .bool
        case "chose":
            let (path, offset) = try stringArgument(of: "chose", arguments, call: node, expected: "'scene-id/option-id'", example: "chose('triage/escalate')")
            guard let slash = path.firstIndex(of: "/"), slash != path.startIndex, path.index(after: slash) != path.endIndex else {
                throw .badCall("the argument of chose() must be 'scene-id/option-id', e.g. chose('triage/escalate'), not '\(path)'", at: offset)
            }
            let scene = String(path[..<slash])
            let option = String(path[path.index(after: slash)...])
            guard let options = symbols.optionIDs(ofScene: scene) else {
                throw .unknownReference("chose() names scene '\(scene)', but there is no such scene", at: offset, hint: ExpressionError.didYouMean(scene, in: symbols.sceneIDs))
            }
            guard let index = symbols.optionIndex(scene: scene, option: option) else {
                throw .unknownReference(
                    "scene '\(scene)' has no option '\(option)'; its options are \(Self.quotedList(options))",
                    at: offset, hint: ExpressionError.didYouMean(option, in: options)
                )
            }
            optionReferences.insert(index)
            builder.push(.chose(option: index))
            return .bool
        case "did":
            let (id, offset) = try stringArgument(of: "did", arguments, call: node, expected: "an action id", example: "did('RA4601')")
            guard Self.isActionID(id) else {
                throw .badCall(
                    "'\(id)' is not a valid action id: it must be 1 to 64 letters, digits, '.', ':' or '-', starting with a letter or digit",
                    at: offset
                )
            }
            let index = symbols.actionIndex(of: id)
            actionReferences.insert(index)
            builder.push(.did(action: index))
            return .bool
        case "elapsed":
            guard arguments.isEmpty else {
                throw .badCall("elapsed() takes no arguments", at: arguments[0].start, hint: "write elapsed()")
            }
            builder.push(.elapsed)
            return .int
        default:
            if symbols.variable(named: name) != nil {
                throw .badCall("'\(name)' is a variable, not a function; only visited, chose, did and elapsed can be called", at: node.start, hint: "write \(name) without parentheses")
            }
            throw .badCall(
                "unknown function '\(name)'; the functions are visited, chose, did and elapsed",
                at: node.start, hint: ExpressionError.didYouMean(name, in: Self.functionNames)
            )
        }
    }

    /// The one single-quoted string argument of a call, with its offset.
    private func stringArgument(
        of function: String, _ arguments: [ExpressionNode], call: ExpressionNode, expected: String, example: String
    ) throws(ExpressionError) -> (text: String, offset: Int) {
        guard !arguments.isEmpty else {
            throw .badCall("\(function)() takes one argument, \(expected) in single quotes, e.g. \(example)", at: call.start)
        }
        guard arguments.count == 1 else {
            throw .badCall("\(function)() takes exactly one argument, \(expected) in single quotes, e.g. \(example)", at: arguments[1].start)
        }
        let argument = arguments[0]
        guard case .string(let text) = argument.kind else {
            var hint: String?
            if case .variable(let name) = argument.kind { hint = "write \(function)('\(name)')" }
            throw .badCall("the argument of \(function)() must be \(expected) in single quotes, e.g. \(example)", at: argument.start, hint: hint)
        }
        return (text, argument.start)
    }

    // MARK: Text

    /// Whether `id` matches `^[A-Za-z0-9][A-Za-z0-9._:-]{0,63}$`.
    static func isActionID(_ id: String) -> Bool {
        let bytes = Array(id.utf8)
        guard (1...64).contains(bytes.count) else { return false }
        func isAlphanumeric(_ byte: UInt8) -> Bool {
            (byte >= UInt8(ascii: "0") && byte <= UInt8(ascii: "9"))
                || (byte >= UInt8(ascii: "a") && byte <= UInt8(ascii: "z"))
                || (byte >= UInt8(ascii: "A") && byte <= UInt8(ascii: "Z"))
        }
        guard isAlphanumeric(bytes[0]) else { return false }
        return bytes.dropFirst().allSatisfy { isAlphanumeric($0) || $0 == UInt8(ascii: ".") || $0 == UInt8(ascii: ":") || $0 == UInt8(ascii: "-") }
    }

    /// `values are 'a', 'b'`, shortened when there are many.
    static func listValues(_ values: [String]) -> String {
        values.isEmpty ? "it has no values" : "values are " + quotedList(values)
    }

    /// `'a', 'b', 'c'`, with at most a dozen items shown.
    static func quotedList(_ items: [String]) -> String {
        let shown = items.prefix(12).map { "'\($0)'" }.joined(separator: ", ")
        return items.count > 12 ? shown + ", ... (\(items.count) in all)" : shown
    }

    /// The source text of a node.
    private func text(of node: ExpressionNode) -> String {
        String(decoding: source[node.start..<node.end], as: UTF8.self)
    }

    /// How messages name a sub-expression: its source text in quotes, or its offset when the text is long.
    private func describe(_ node: ExpressionNode) -> String {
        if case .string = node.kind, node.end - node.start <= 40 { return text(of: node) }
        return node.end - node.start <= 40 ? "'\(text(of: node))'" : "the expression at offset \(node.start)"
    }
}
