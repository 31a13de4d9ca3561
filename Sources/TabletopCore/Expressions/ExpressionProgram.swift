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
    ///
    /// The instructions live in scratch memory until the caller copies them out; the owner must
    /// call `release()` when done.
    struct Builder {
        private var code: ExpressionScratchStack<Instruction>
        private var depth = 0
        private var maximumDepth = 0

        /// A builder that starts in `memory` (moving to the heap if the program outgrows it).
        init(memory: UnsafeMutableBufferPointer<Instruction>) {
            code = ExpressionScratchStack(memory)
        }

        /// The instructions so far, valid until the builder next changes.
        var instructions: UnsafeBufferPointer<Instruction> { code.elements }

        /// How many values the stack must hold to run the instructions.
        var stackCapacity: Int { max(1, maximumDepth) }

        /// How many instructions there are so far.
        var count: Int { code.count }

        /// The instruction at `position`.
        subscript(position: Int) -> Instruction {
            get { code[position] }
            set { code[position] = newValue }
        }

        /// Appends an instruction that pushes one value; returns its position.
        @discardableResult
        mutating func push(_ instruction: Instruction) -> Int {
            code.append(instruction)
            depth += 1
            maximumDepth = max(maximumDepth, depth)
            return code.count - 1
        }

        /// Appends an instruction that replaces the top value (`not`, `negate`).
        mutating func transform(_ instruction: Instruction) {
            code.append(instruction)
        }

        /// Appends an instruction that pops two values and pushes one.
        mutating func combine(_ instruction: Instruction) {
            code.append(instruction)
            depth -= 1
        }

        /// Replaces the value pushed by the `constant` at `position`, e.g. once an enum string's value index is known.
        mutating func setConstant(at position: Int, to value: Int) {
            code[position] = .constant(value)
        }

        /// Appends the short-circuit jump that follows an operand of `and`/`or` and returns its position.
        ///
        /// Until `patchJumps` runs, the jump's target holds `previous`, the position of the chain's
        /// jump before it (-1 for none), so an open chain needs no list of its own.
        mutating func shortCircuit(_ operation: ExpressionOperator, after previous: Int) -> Int {
            code.append(operation == .and ? .jumpIfFalseElsePop(target: previous) : .jumpIfTrueElsePop(target: previous))
            depth -= 1
            return code.count - 1
        }

        /// Points the chain of jumps that ends at `last` past the last instruction appended so far.
        mutating func patchJumps(from last: Int, _ operation: ExpressionOperator) {
            let end = code.count
            var position = last
            while position >= 0 {
                switch code[position] {
                case .jumpIfFalseElsePop(let previous), .jumpIfTrueElsePop(let previous):
                    code[position] = operation == .and ? .jumpIfFalseElsePop(target: end) : .jumpIfTrueElsePop(target: end)
                    position = previous
                default:
                    preconditionFailure("patchJumps(from:_:) follows only short-circuit jumps")
                }
            }
        }

        /// Frees the scratch memory.
        mutating func release() {
            code.release()
        }
    }
}
