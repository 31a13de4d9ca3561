import Testing
@testable import TabletopCore

/// What the one-pass compiler must keep from the old lex-parse-check pipeline: the program's
/// shape, which error wins, where it points, and when `did()` interns its action.
@Suite("Condition single pass")
struct ConditionSinglePassTests {
    @Test func logicalChainsJumpStraightToTheirEnd() throws {
        let flat = try #require(compiledCondition("flag and ready and flag"))
        #expect(flat.program.instructions == [
            .boolVariable(slot: 1), .jumpIfFalseElsePop(target: 5), .boolVariable(slot: 6), .jumpIfFalseElsePop(target: 5), .boolVariable(slot: 1),
        ])
        let grouped = try #require(compiledCondition("(flag or ready) and flag"))
        #expect(grouped.program.instructions == [
            .boolVariable(slot: 1), .jumpIfTrueElsePop(target: 3), .boolVariable(slot: 6), .jumpIfFalseElsePop(target: 5), .boolVariable(slot: 1),
        ])
        #expect(grouped.program.stackCapacity == 1)
    }

    @Test func didInternsOnlyWhatTheOldCheckerReached() {
        let syntaxLater = ConditionTestSymbols()
        #expect(conditionError("did('A') and (", symbols: syntaxLater)?.code == "E401")
        #expect(syntaxLater.actions == [])

        let typeLater = ConditionTestSymbols()
        #expect(conditionError("did('A') and count and did('B')", symbols: typeLater)?.code == "E403")
        #expect(typeLater.actions == ["A"])

        let typeFirst = ConditionTestSymbols()
        #expect(conditionError("count and did('A')", symbols: typeFirst)?.code == "E403")
        #expect(typeFirst.actions == [])

        let fine = ConditionTestSymbols()
        #expect(compiledCondition("did('B') or did('A') or did('B')", symbols: fine)?.actionReferences == [0, 1])
        #expect(fine.actions == ["B", "A"])
    }

    @Test func lexicalErrorsRankAboveSyntaxErrorsAboveTypeErrors() throws {
        let lexical = try #require(conditionError("flag flag #"))
        #expect(lexical.message == "unexpected character '#'")
        #expect(lexical.offset == 10)
        let syntax = try #require(conditionError("count and ("))
        #expect(syntax.code == "E401")
        #expect(syntax.offset == 11)
        #expect(conditionError("zebra or 1 < 2 < 3")?.code == "E401")
    }

    @Test func errorsAtAVariableOrCallPointAtTheParenthesesAroundIt() {
        #expect(conditionError("(zebra)")?.offset == 0)
        #expect(conditionError("flag or ((zebra)) and flag")?.offset == 8)
        #expect(conditionError("((launch()))")?.offset == 0)
        #expect(conditionError("not (visited())")?.offset == 4)
        // An argument's offset does not move with parentheses around the call.
        #expect(conditionError("(visited('nowhere'))")?.offset == 9)
        // Parentheses around something larger do not move it either.
        #expect(conditionError("(zebra and flag)")?.offset == 1)
    }

    @Test func conditionsLargerThanTheScratchBuffersCompile() throws {
        let many = (0..<40).map { $0 % 2 == 0 ? "flag" : "count > \($0)" }.joined(separator: " and ")
        let condition = try #require(compiledCondition(many))
        #expect(condition.program.instructions.count > 100)
        #expect(condition.evaluate(in: ConditionTestEnvironment(values: [ConditionTestSlot.flag: .bool(true), ConditionTestSlot.count: .int(99)])))
        #expect(!condition.evaluate(in: ConditionTestEnvironment(values: [ConditionTestSlot.flag: .bool(true), ConditionTestSlot.count: .int(38)])))
        let nested = String(repeating: "(1 + ", count: 30) + "1" + String(repeating: ")", count: 30) + " == 31"
        #expect(evaluateCondition(nested) == true)
        let arguments = "visited(" + Array(repeating: "'a'", count: 40).joined(separator: ", ") + ")"
        #expect(conditionError(arguments)?.offset == 13)
    }
}
