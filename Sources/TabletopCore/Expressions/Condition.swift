/// A parsed and type-checked boolean condition, ready to evaluate.
///
/// ```
/// switch Condition.compile("severity == 'high' and not did('RA4601')", symbols: scenario) {
/// case .success(let condition): condition.evaluate(in: session) // true or false
/// case .failure(let error): print(error.code, error.offset, error.message) // E406 8 ...
/// }
/// ```
///
/// It is `Sendable` because its storage, a `ManagedBuffer` (which cannot promise that by itself),
/// is never changed after it is made.
public struct Condition: @unchecked Sendable, Hashable {
    /// The compiled condition, shared by every copy: copying a condition is one reference count.
    ///
    /// One allocation holds it all: the source and the program's stack size in the header, the
    /// instructions right after it. It never changes once made.
    private final class Storage: ManagedBuffer<Storage.Header, ExpressionProgram.Instruction> {
        struct Header {
            let source: String
            let count: Int
            let stackCapacity: Int
        }

        /// A storage holding `source` and a copy of `instructions`.
        static func make(source: String, instructions: UnsafeBufferPointer<ExpressionProgram.Instruction>, stackCapacity: Int) -> Storage {
            let buffer = create(minimumCapacity: instructions.count) { _ in
                Header(source: source, count: instructions.count, stackCapacity: stackCapacity)
            }
            if let first = instructions.baseAddress {
                buffer.withUnsafeMutablePointerToElements { $0.initialize(from: first, count: instructions.count) }
            }
            return unsafeDowncast(buffer, to: Storage.self)
        }

        /// The instructions, valid while the storage is.
        ///
        /// Read through pointers: reading `header`, a class's stored property, would check for
        /// exclusive access at run time, and lint reads every condition of a scenario this way.
        func withInstructions<Result>(_ body: (UnsafeBufferPointer<ExpressionProgram.Instruction>) -> Result) -> Result {
            withUnsafeMutablePointers { header, elements in body(UnsafeBufferPointer(start: elements, count: header.pointee.count)) }
        }

        /// The stack size the program needs, read the way `withInstructions` reads the count.
        var stackCapacity: Int {
            withUnsafeMutablePointerToHeader { $0.pointee.stackCapacity }
        }
    }

    private let storage: Storage

    /// The source text as written in the file.
    public var source: String { storage.header.source }
    /// Slots of the variables this condition reads (for lint warnings such as "variable never read").
    ///
    /// This and the other reference sets are read off the program on each access, so compiling
    /// builds no sets.
    public var variableSlots: Set<Int> { storage.withInstructions(\.variableSlots) }
    /// Scene indices passed to `visited()`.
    public var sceneReferences: Set<Int> { storage.withInstructions(\.sceneReferences) }
    /// Option indices passed to `chose()`.
    public var optionReferences: Set<Int> { storage.withInstructions(\.optionReferences) }
    /// Action indices passed to `did()`.
    public var actionReferences: Set<Int> { storage.withInstructions(\.actionReferences) }
    /// The compiled form that `evaluate` runs, as a value (a copy of the instructions).
    var program: ExpressionProgram {
        ExpressionProgram(instructions: storage.withInstructions(Array.init), stackCapacity: storage.stackCapacity)
    }

    public static func == (lhs: Condition, rhs: Condition) -> Bool {
        lhs.storage === rhs.storage || (lhs.source == rhs.source && lhs.program == rhs.program)
    }

    public func hash(into hasher: inout Hasher) {
        hasher.combine(source)
    }

    /// Parses and type-checks; the whole expression must be bool.
    public static func compile(_ source: String, symbols: some ConditionSymbols) -> Result<Condition, ExpressionError> {
        func compile(_ bytes: UnsafeBufferPointer<UInt8>) -> Result<Condition, ExpressionError> {
            ExpressionTypeChecker.compile(bytes, symbols: symbols) { instructions, stackCapacity in
                Condition(storage: Storage.make(source: source, instructions: instructions, stackCapacity: stackCapacity))
            }
        }
        return source.utf8.withContiguousStorageIfAvailable(compile) ?? Array(source.utf8).withUnsafeBufferPointer(compile)
    }

    /// Calls `body` with each instruction of the program in order, without copying it (lint reads what conditions use this way).
    func forEachInstruction(_ body: (ExpressionProgram.Instruction) -> Void) {
        storage.withInstructions { instructions in
            for instruction in instructions { body(instruction) }
        }
    }

    /// Calls `body` with each instruction of the condition stored at `address`, if there is one there, without
    /// counting a reference to it: for walks over many conditions on several threads at once (lint's usage tables).
    static func forEachInstruction(ofConditionAt address: UnsafePointer<Condition?>, _ body: (ExpressionProgram.Instruction) -> Void) {
        guard let storage = storage(at: address) else { return }
        storage._withUnsafeGuaranteedRef { storage in
            storage.withInstructions { instructions in
                for instruction in instructions { body(instruction) }
            }
        }
    }

    /// Whether there is no condition at `address`, found without counting a reference to one that is there.
    static func isAbsent(at address: UnsafePointer<Condition?>) -> Bool {
        storage(at: address) == nil
    }

    /// The storage of the condition at `address`, unretained. An optional condition is laid out as its storage's
    /// reference, null for none (`ConditionReferenceTests` checks the size).
    private static func storage(at address: UnsafePointer<Condition?>) -> Unmanaged<Storage>? {
        UnsafeRawPointer(address).load(as: Unmanaged<Storage>?.self)
    }

    /// Evaluates against the session; never traps (integer arithmetic saturates instead of overflowing).
    public func evaluate(in environment: some ConditionEnvironment) -> Bool {
        let stackCapacity = storage.stackCapacity
        return storage.withInstructions { ExpressionProgram.run($0, stackCapacity: stackCapacity, in: environment) }
    }
}
