extension ExpressionProgram {
    /// Runs the program against a session and returns the condition's value.
    ///
    /// Never traps: arithmetic saturates at `Int.min`/`Int.max`, and a variable whose run-time
    /// value has an unexpected case is read as an int (bools as 0 or 1) rather than rejected.
    func run(in environment: some ConditionEnvironment) -> Bool {
        instructions.withUnsafeBufferPointer { Self.run($0, stackCapacity: stackCapacity, in: environment) }
    }

    /// Runs the instructions `code`, which need a stack of `stackCapacity` values, against a session.
    static func run(_ code: UnsafeBufferPointer<Instruction>, stackCapacity: Int, in environment: some ConditionEnvironment) -> Bool {
        withUnsafeTemporaryAllocation(of: Int.self, capacity: stackCapacity) { stack in
            var count = 0
            var counter = 0
            while counter < code.count {
                switch code[counter] {
                case .constant(let value):
                    stack[count] = value
                    count += 1
                case .intVariable(let slot):
                    stack[count] = Self.integer(environment.value(ofSlot: slot))
                    count += 1
                case .boolVariable(let slot):
                    stack[count] = Self.integer(environment.value(ofSlot: slot)) != 0 ? 1 : 0
                    count += 1
                case .enumVariable(let slot):
                    stack[count] = Self.integer(environment.value(ofSlot: slot))
                    count += 1
                case .visited(let scene):
                    stack[count] = environment.hasVisited(scene: scene) ? 1 : 0
                    count += 1
                case .chose(let option):
                    stack[count] = environment.hasChosen(option: option) ? 1 : 0
                    count += 1
                case .did(let action):
                    stack[count] = environment.hasPerformed(action: action) ? 1 : 0
                    count += 1
                case .elapsed:
                    stack[count] = environment.elapsedMinutes
                    count += 1
                case .not:
                    stack[count - 1] = stack[count - 1] == 0 ? 1 : 0
                case .negate:
                    stack[count - 1] = Self.negated(stack[count - 1])
                case .add:
                    count -= 1
                    stack[count - 1] = Self.sum(stack[count - 1], stack[count])
                case .subtract:
                    count -= 1
                    stack[count - 1] = Self.difference(stack[count - 1], stack[count])
                case .equal:
                    count -= 1
                    stack[count - 1] = stack[count - 1] == stack[count] ? 1 : 0
                case .notEqual:
                    count -= 1
                    stack[count - 1] = stack[count - 1] != stack[count] ? 1 : 0
                case .less:
                    count -= 1
                    stack[count - 1] = stack[count - 1] < stack[count] ? 1 : 0
                case .lessOrEqual:
                    count -= 1
                    stack[count - 1] = stack[count - 1] <= stack[count] ? 1 : 0
                case .greater:
                    count -= 1
                    stack[count - 1] = stack[count - 1] > stack[count] ? 1 : 0
                case .greaterOrEqual:
                    count -= 1
                    stack[count - 1] = stack[count - 1] >= stack[count] ? 1 : 0
                case .jumpIfFalseElsePop(let target):
                    if stack[count - 1] == 0 {
                        counter = target
                        continue
                    }
                    count -= 1
                case .jumpIfTrueElsePop(let target):
                    if stack[count - 1] != 0 {
                        counter = target
                        continue
                    }
                    count -= 1
                }
                counter += 1
            }
            return count > 0 && stack[0] != 0
        }
    }

    /// A run-time value as the machine's `Int`.
    @inline(__always)
    static func integer(_ value: RuntimeValue) -> Int {
        switch value {
        case .int(let number): return number
        case .bool(let flag): return flag ? 1 : 0
        case .enumCase(let index): return index
        }
    }

    /// `a + b`, clamped to `Int.min...Int.max` instead of overflowing.
    static func sum(_ a: Int, _ b: Int) -> Int {
        let (result, overflow) = a.addingReportingOverflow(b)
        return overflow ? (b > 0 ? Int.max : Int.min) : result
    }

    /// `a - b`, clamped to `Int.min...Int.max` instead of overflowing.
    static func difference(_ a: Int, _ b: Int) -> Int {
        let (result, overflow) = a.subtractingReportingOverflow(b)
        return overflow ? (b < 0 ? Int.max : Int.min) : result
    }

    /// `-a`, with `-Int.min` clamped to `Int.max`.
    static func negated(_ a: Int) -> Int {
        a == Int.min ? Int.max : -a
    }
}
