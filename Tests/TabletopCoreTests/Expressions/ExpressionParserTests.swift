import Testing
@testable import TabletopCore

@Suite("Condition parser")
struct ExpressionParserTests {
    @Test(arguments: [
        // or < and < not < comparison < + - < unary
        ("a or b and c", "(or a (and b c))"),
        ("a and b or c", "(or (and a b) c)"),
        ("not a and b", "(and (not a) b)"),
        ("not a or not b", "(or (not a) (not b))"),
        ("not a == b", "(not (== a b))"),
        ("not not a", "(not (not a))"),
        ("a == b and c != d", "(and (== a b) (!= c d))"),
        ("a + 1 < b - 2", "(< (+ a 1) (- b 2))"),
        ("-a + b", "(+ (neg a) b)"),
        ("a - -b", "(- a (neg b))"),
        ("- - a", "(neg (neg a))"),
        ("-(a + b)", "(neg (+ a b))"),
        ("not (a or b) and c", "(and (not (or a b)) c)"),
        ("(a or b) and c", "(and (or a b) c)"),
        // left associativity
        ("a - b - c", "(- (- a b) c)"),
        ("a - b + c", "(+ (- a b) c)"),
        ("a - (b - c)", "(- a (- b c))"),
        ("a and b and c", "(and a b c)"),
        ("a or b or c", "(or a b c)"),
        // literals and calls
        ("x == 'high'", "(== x 'high')"),
        ("elapsed() >= 90m", "(>= (elapsed()) 90)"),
        ("visited('triage')", "(visited() 'triage')"),
        ("f(1, 2 + 3)", "(f() 1 (+ 2 3))"),
        ("(((true)))", "true"),
        ("\t a\t== \tfalse ", "(== a false)"),
    ])
    func precedenceAndAssociativity(source: String, tree: String) {
        #expect(conditionParseTree(source) == tree)
    }

    @Test func nodeRangesCoverTheirText() throws {
        let node = try ExpressionParser.parse(Array("not (a + 1) == b".utf8))
        #expect(node.start == 0)
        #expect(node.end == 16)
        guard case .not(let inner) = node.kind, case .comparison(_, let left, let right, let operatorOffset) = inner.kind else {
            Issue.record("unexpected tree \(node.sExpression)")
            return
        }
        #expect((left.start, left.end) == (4, 11))
        #expect((right.start, right.end) == (15, 16))
        #expect(operatorOffset == 12)
    }

    @Test(arguments: [
        ("a < b < c", 6),
        ("a == b == c", 7),
        ("1 < x <= 5", 6),
        ("a != b > c", 7),
    ])
    func comparisonsDoNotChain(source: String, offset: Int) throws {
        let error = try #require(conditionError(source))
        #expect(error.code == "E401")
        #expect(error.offset == offset)
        #expect(error.message == "comparisons do not chain; use 'and'")
    }

    @Test func chainedComparisonsWithParenthesesAreFine() {
        #expect(conditionParseTree("(a < b) == c") == "(== (< a b) c)")
    }

    @Test func syntaxErrors() throws {
        let cases: [(source: String, offset: Int, message: String)] = [
            ("", 0, "the condition is empty"),
            ("  \t ", 0, "the condition is empty"),
            ("count >", 7, "expected an expression, found the end of the condition"),
            ("(count > 1", 10, "expected ')' to close '(' at offset 0"),
            ("flag and (count > 1 flag)", 20, "expected ')' to close '(' at offset 9"),
            ("visited('a'", 11, "expected ')' to close '(' at offset 7"),
            ("count > 1)", 9, "unmatched ')'"),
            ("count > 1 flag", 10, "expected an operator or the end of the condition, found 'flag'"),
            ("flag true", 5, "expected an operator or the end of the condition, found 'true'"),
            ("flag 'x'", 5, "expected an operator or the end of the condition, found the string 'x'"),
            ("and flag", 0, "expected an expression, found 'and'"),
            ("flag or or flag", 8, "expected an expression, found 'or'"),
            ("()", 1, "expected an expression, found ')'"),
            ("count > == 1", 8, "expected an expression, found '=='"),
            ("f(1,)", 4, "expected an expression, found ')'"),
            ("count + + 1", 8, "expected an expression, found '+'"),
            ("true (1)", 5, "expected an operator or the end of the condition, found '('"),
        ]
        for (source, offset, message) in cases {
            let error = try #require(conditionError(source), "\(source)")
            #expect(error.code == "E401", "\(source)")
            #expect(error.offset == offset, "\(source)")
            #expect(error.message == message, "\(source)")
        }
    }

    @Test func notInsideAComparisonNeedsParentheses() throws {
        let error = try #require(conditionError("flag == not ready"))
        #expect(error.code == "E401")
        #expect(error.offset == 8)
        #expect(error.hint == "write '(not ...)'")
        #expect(conditionParseTree("flag == (not ready)") == "(== flag (not ready))")
        #expect(conditionParseTree("count + not flag") == "E401@8")
    }

    @Test func misspelledKeywordsAfterAnExpressionGetHints() throws {
        #expect(conditionError("flag AND ready")?.hint == "did you mean 'and'?")
        #expect(conditionError("flag Or ready")?.hint == "did you mean 'or'?")
        #expect(conditionError("flag ready")?.hint == nil)
    }

    @Test func nestingUpTo64LevelsIsAccepted() {
        let parentheses = String(repeating: "(", count: 64) + "true" + String(repeating: ")", count: 64)
        #expect(evaluateCondition(parentheses) == true)
        #expect(evaluateCondition(String(repeating: "not ", count: 64) + "true") == true)
        #expect(evaluateCondition(String(repeating: "- ", count: 63) + "1 < 0") == true)
        #expect(evaluateCondition(String(repeating: "not (", count: 32) + "true" + String(repeating: ")", count: 32)) == true)
    }

    @Test func nestingBeyond64LevelsIsE409AtTheToken() throws {
        let parentheses = String(repeating: "(", count: 65) + "true" + String(repeating: ")", count: 65)
        let error = try #require(conditionError(parentheses))
        #expect(error.code == "E409")
        #expect(error.offset == 64)
        #expect(error.message.hasPrefix("expression too complex"))

        let nots = try #require(conditionError(String(repeating: "not ", count: 65) + "true"))
        #expect(nots.code == "E409")
        #expect(nots.offset == 256)

        let minuses = try #require(conditionError(String(repeating: "-", count: 65) + "1 < 0"))
        #expect(minuses.code == "E409")
        #expect(minuses.offset == 64)

        let mixed = try #require(conditionError(String(repeating: "not (", count: 33) + "true" + String(repeating: ")", count: 33)))
        #expect(mixed.code == "E409")
        #expect(mixed.offset == 32 * 5)

        let calls = try #require(conditionError(String(repeating: "(", count: 64) + "elapsed() > 0" + String(repeating: ")", count: 64)))
        #expect(calls.code == "E409")
        #expect(calls.offset == 71)
    }

    @Test func longFlatChainsAreNotNesting() {
        let terms = Array(repeating: "1", count: 1500).joined(separator: "+")
        #expect(evaluateCondition(terms + " == 1500") == true)
        let conjunction = Array(repeating: "flag", count: 500).joined(separator: " or ")
        #expect(evaluateCondition(conjunction, in: ConditionTestEnvironment(values: [ConditionTestSlot.flag: .bool(true)])) == true)
    }

    @Test func sourcesLongerThan4096BytesAreE409() throws {
        let padding = String(repeating: " ", count: 4096 - 4)
        #expect(evaluateCondition("true" + padding) == true)
        let error = try #require(conditionError("true " + padding))
        #expect(error.code == "E409")
        #expect(error.offset == 0)
        #expect(error.message == "expression too complex: the condition is 4097 bytes long; the limit is 4096")
        // The limit counts bytes, not characters.
        #expect(conditionError("severity == '" + String(repeating: "é", count: 2042) + "'")?.code == "E409")
    }
}
