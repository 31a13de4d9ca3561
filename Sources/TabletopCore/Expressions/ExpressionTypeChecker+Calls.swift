extension ExpressionTypeChecker {
    /// Checks a call's name and arguments (the operands at `arguments`), emits it, and returns its type.
    mutating func emitCall(_ name: Range<Int>, arguments: Range<Int>) throws(ExpressionError) -> ExpressionOperand.Kind {
        let source = self.source
        switch source.packed(name) {
        case ExpressionSource.packed("visited"):
            let argument = try Self.stringArgument(of: "visited", arguments, in: operands, callStart: name.lowerBound, source: source)
            guard let index = symbols.sceneIndex(utf8: source.bytes(argument.stringContents)) else {
                throw unknownScene(source.text(argument.stringContents), at: Int(argument.start))
            }
            builder.push(.visited(scene: index))
            return .bool
        case ExpressionSource.packed("chose"):
            let argument = try Self.stringArgument(of: "chose", arguments, in: operands, callStart: name.lowerBound, source: source)
            guard let (scene, option) = Self.choice(argument, in: source) else {
                throw .badCall("the argument of chose() must be 'scene-id/option-id', e.g. chose('triage/escalate'), not '\(source.text(argument.stringContents))'", at: Int(argument.start))
            }
            guard let index = symbols.optionIndex(sceneUTF8: source.bytes(scene), optionUTF8: source.bytes(option)) else {
                throw unknownOption(source.text(scene), source.text(option), at: Int(argument.start))
            }
            builder.push(.chose(option: index))
            return .bool
        case ExpressionSource.packed("did"):
            let argument = try Self.stringArgument(of: "did", arguments, in: operands, callStart: name.lowerBound, source: source)
            let id = UnsafeBufferPointer(rebasing: source.bytes[argument.stringContents])
            guard Identifiers.isValidActionID(utf8: id) else {
                throw .badCall(
                    "'\(source.text(argument.stringContents))' is not a valid action id: use \(Identifiers.actionIDRule)",
                    at: Int(argument.start)
                )
            }
            // Interning is a side effect, so it waits until the whole condition has parsed; until then the operand is the id's quote.
            builder.push(.did(action: Int(argument.tokenStart)))
            unresolvedActions += 1
            return .bool
        case ExpressionSource.packed("elapsed"):
            guard arguments.isEmpty else {
                throw .badCall("elapsed() takes no arguments", at: Int(operands[arguments.lowerBound].start), hint: "write elapsed()")
            }
            builder.push(.elapsed)
            return .int
        default:
            throw unknownFunction(source.text(name), at: name.lowerBound)
        }
    }

    /// The one single-quoted string argument of a call to `function`, or the `E405` that says what is wrong.
    private static func stringArgument(
        of function: String, _ arguments: Range<Int>, in operands: ExpressionScratchStack<ExpressionOperand>, callStart: Int, source: ExpressionSource
    ) throws(ExpressionError) -> ExpressionOperand {
        if arguments.count == 1, operands[arguments.lowerBound].form == .string { return operands[arguments.lowerBound] }
        let (expected, example) = switch function {
        case "visited": ("a scene id", "visited('triage')")
        case "chose": ("'scene-id/option-id'", "chose('triage/escalate')")
        default: ("an action id", "did('RA4601')")
        }
        guard !arguments.isEmpty else {
            throw .badCall("\(function)() takes one argument, \(expected) in single quotes, e.g. \(example)", at: callStart)
        }
        guard arguments.count == 1 else {
            throw .badCall("\(function)() takes exactly one argument, \(expected) in single quotes, e.g. \(example)", at: Int(operands[arguments.lowerBound + 1].start))
        }
        let argument = operands[arguments.lowerBound]
        let hint = argument.form == .variable ? "write \(function)('\(source.text(argument.tokenStart, argument.tokenEnd))')" : nil
        throw .badCall("the argument of \(function)() must be \(expected) in single quotes, e.g. \(example)", at: Int(argument.start), hint: hint)
    }

    /// Where the scene and option ids of a `chose()` argument `'scene-id/option-id'` lie in the source, split at
    /// the first `/`, or nil when either would be empty.
    private static func choice(_ argument: ExpressionOperand, in source: ExpressionSource) -> (scene: Range<Int>, option: Range<Int>)? {
        let contents = argument.stringContents
        var slash = -1
        var ascii = true
        for offset in contents {
            let byte = source[offset]
            if byte >= 0x80 { ascii = false }
            if byte == UInt8(ascii: "/"), slash < 0 { slash = offset }
        }
        if !ascii {
            // Outside ASCII a '/' may start a larger character (with a combining mark), so split by characters.
            let text = source.text(contents)
            guard let found = text.firstIndex(of: "/") else { return nil }
            slash = contents.lowerBound + text.utf8.distance(from: text.startIndex, to: found)
        }
        guard slash > contents.lowerBound, slash < contents.upperBound - 1 else { return nil }
        return (contents.lowerBound..<slash, slash + 1..<contents.upperBound)
    }

    /// The `E404` for `visited()` naming a scene that does not exist.
    private func unknownScene(_ id: String, at offset: Int) -> ExpressionError {
        .unknownReference("visited() names scene '\(id)', but there is no such scene", at: offset, hint: ExpressionError.didYouMean(id, in: symbols.sceneIDs))
    }

    /// The `E404` for `chose()` naming a scene or an option that does not exist.
    private func unknownOption(_ scene: String, _ option: String, at offset: Int) -> ExpressionError {
        guard let options = symbols.optionIDs(ofScene: scene) else {
            return .unknownReference("chose() names scene '\(scene)', but there is no such scene", at: offset, hint: ExpressionError.didYouMean(scene, in: symbols.sceneIDs))
        }
        return .unknownReference(
            "scene '\(scene)' has no option '\(option)'; its options are \(Self.quotedList(options))",
            at: offset, hint: ExpressionError.didYouMean(option, in: options)
        )
    }

    /// The `E405` for a call of something that is not one of the functions.
    private func unknownFunction(_ name: String, at offset: Int) -> ExpressionError {
        if symbols.variable(named: name) != nil {
            return .badCall("'\(name)' is a variable, not a function; only visited, chose, did and elapsed can be called", at: offset, hint: "write \(name) without parentheses")
        }
        return .badCall(
            "unknown function '\(name)'; the functions are visited, chose, did and elapsed",
            at: offset, hint: ExpressionError.didYouMean(name, in: Self.functionNames)
        )
    }
}
