import Foundation
import Testing
@testable import TabletopCore

/// The deepest conditions the limits allow compile and evaluate on a small thread stack: the
/// parser, the checker and the evaluator keep explicit stacks instead of recursing.
@Suite("Condition stack depth")
struct ConditionStackDepthTests {
    /// Conditions at the nesting limit, built to make the syntax tree as deep as possible.
    private static let deepest: [String] = {
        var logical = "true"
        for _ in 0..<64 { logical = "true or true and true == (\(logical))" }
        var arithmetic = "1"
        for _ in 0..<62 { arithmetic = "1 + 1 - (\(arithmetic))" }
        let mixed = String(repeating: "not (", count: 32) + "flag" + String(repeating: ")", count: 32)
        return [logical, "flag and (" + arithmetic + ") > 0", mixed, String(repeating: "-", count: 64) + "1 < 0"]
    }()

    @Test func deepestConditionsFitIn128KilobytesOfStack() {
        let outcome = ProbeResults()
        let done = DispatchSemaphore(value: 0)
        let thread = Thread {
            outcome.results = Self.deepest.map { source in
                switch Condition.compile(source, symbols: ConditionTestSymbols()) {
                case .success(let condition): return condition.evaluate(in: ConditionTestEnvironment()) ? "true" : "false"
                case .failure(let error): return error.code
                }
            }
            done.signal()
        }
        thread.stackSize = 128 * 1024
        thread.start()
        done.wait()
        #expect(outcome.results == ["true", "false", "false", "false"])
    }

    /// Results handed from the probing thread back to the test, which waits on a semaphore before reading them.
    private final class ProbeResults: @unchecked Sendable {
        var results: [String] = []
    }
}
