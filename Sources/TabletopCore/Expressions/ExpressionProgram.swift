/// A checked condition flattened into instructions for a small stack machine.
///
/// Evaluation is one loop over an array: no recursion, no heap allocation, no string work.
/// Every value on the stack is an `Int` (bools are 0 or 1, enum values their index), and
/// `and`/`or` short-circuit by jumping over the operands they do not need.
struct ExpressionProgram: Sendable, Hashable {
    /// One step of the machine; the comment says what it does to the stack.
    enum Instruction: Sendable, Hashable {
        /// Pushes a value.
        case constant(Int)
        /// Push the variable in `slot`, read as an int, a bool (0 or 1) or an enum value index.
        case intVariable(slot: Int)
        case boolVariable(slot: Int)
        case enumVariable(slot: Int)
        /// Push 1 when the scene, option or action has been visited, chosen or performed, else 0.
        case visited(scene: Int)
        case chose(option: Int)
        case did(action: Int)
        /// Pushes the scenario minutes since T+0.
        case elapsed
        /// Replace the top value: logical not, saturating negation.
        case not
        case negate
        /// Pop two values, push the saturating sum or difference.
        case add
        case subtract
        /// Pop two values, push 1 when the comparison holds, else 0.
        case equal
        case notEqual
        case less
        case lessOrEqual
        case greater
        case greaterOrEqual
        /// `and`: when the top is 0, jump to `target` keeping it; otherwise pop it and go on.
        case jumpIfFalseElsePop(target: Int)
        /// `or`: when the top is not 0, jump to `target` keeping it; otherwise pop it and go on.
        case jumpIfTrueElsePop(target: Int)
    }

    /// The instructions, run from the first to the last.
    let instructions: [Instruction]
    /// The most values the stack ever holds while running.
    let stackCapacity: Int
}

extension ExpressionProgram {
    /// Collects instructions in evaluation order while tracking how deep the stack gets.
    struct Builder {
        private var instructions: [Instruction] = []
        private var depth = 0
        private var maximumDepth = 0

        /// The program built so far.
        var program: ExpressionProgram {
            ExpressionProgram(instructions: instructions, stackCapacity: max(1, maximumDepth))
        }

        /// Appends an instruction that pushes one value; returns its position.
        @discardableResult
        mutating func push(_ instruction: Instruction) -> Int {
            instructions.append(instruction)
            depth += 1
            maximumDepth = max(maximumDepth, depth)
            return instructions.count - 1
        }

        /// Appends an instruction that replaces the top value (`not`, `negate`).
        mutating func transform(_ instruction: Instruction) {
            instructions.append(instruction)
        }

        /// Appends an instruction that pops two values and pushes one.
        mutating func combine(_ instruction: Instruction) {
            instructions.append(instruction)
            depth -= 1
        }

        /// Replaces the value pushed by the `constant` at `position`, e.g. once an enum string's value index is known.
        mutating func setConstant(at position: Int, to value: Int) {
            instructions[position] = .constant(value)
        }

        /// Appends the short-circuit jump that follows an operand of `and`/`or`; returns its position for `patchJumps`.
        mutating func shortCircuit(_ operation: ExpressionNode.LogicalOperator) -> Int {
            instructions.append(operation == .and ? .jumpIfFalseElsePop(target: 0) : .jumpIfTrueElsePop(target: 0))
            depth -= 1
            return instructions.count - 1
        }

        /// Points the jumps at `positions` past the last instruction appended so far.
        mutating func patchJumps(_ positions: [Int], _ operation: ExpressionNode.LogicalOperator) {
            let end = instructions.count
            for position in positions {
                instructions[position] = operation == .and ? .jumpIfFalseElsePop(target: end) : .jumpIfTrueElsePop(target: end)
            }
        }
    }
}
