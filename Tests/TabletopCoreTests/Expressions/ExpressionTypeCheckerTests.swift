import Testing
@testable import TabletopCore

@Suite("Condition type rules")
struct ExpressionTypeCheckerTests {
    @Test(arguments: [
        "count < 3", "count <= trust", "count > -1", "count >= elapsed()", "elapsed() > 90m",
        "count + 1 - trust == 4", "-count == 0", "flag", "true", "not flag", "flag and ready or false",
        "flag == ready", "flag != true", "severity == 'high'", "'high' == severity", "severity != 'low'",
        "severity == level", "level != severity", "(severity) == ('medium')", "phase == 'containment'",
        "visited('triage')", "chose('triage/escalate')", "did('RA4601')", "did('T1566.001')", "did('sc:revoke-token')",
        "(count < 3) == flag", "visited('triage') == did('X')",
    ])
    func wellTypedConditionsCompile(source: String) {
        #expect(compiledCondition(source) != nil)
    }

    /// Every rule that rejects a condition, with the code, the offset of the offending sub-expression and the message.
    @Test(arguments: [
        // ordering comparisons and arithmetic take ints
        ("phase < 2", "E403", 0, "'<' takes int operands, but 'phase' is an enum"),
        ("2 >= flag", "E403", 5, "'>=' takes int operands, but 'flag' is a bool"),
        ("count > 'high'", "E403", 8, "'>' takes int operands, but 'high' is a string"),
        ("count + flag > 1", "E403", 8, "'+' takes int operands, but 'flag' is a bool"),
        ("flag - 1 > 0", "E403", 0, "'-' takes int operands, but 'flag' is a bool"),
        ("count + 1 - severity > 0", "E403", 12, "'-' takes int operands, but 'severity' is an enum"),
        ("-flag", "E403", 1, "unary '-' takes an int operand, but 'flag' is a bool"),
        ("(count + (flag)) > 1", "E403", 9, "'+' takes int operands, but '(flag)' is a bool"),
        // and, or, not take bools
        ("not count", "E403", 4, "'not' takes a bool operand, but 'count' is an int"),
        ("count and flag", "E403", 0, "'and' takes bool operands, but 'count' is an int"),
        ("flag or severity", "E403", 8, "'or' takes bool operands, but 'severity' is an enum"),
        ("flag and 'x'", "E403", 9, "'and' takes bool operands, but 'x' is a string"),
        ("flag and (count + 1)", "E403", 9, "'and' takes bool operands, but '(count + 1)' is an int"),
        ("flag or elapsed()", "E403", 8, "'or' takes bool operands, but 'elapsed()' is an int"),
        // == and != take two values of one type
        ("count == flag", "E403", 9, "'==' compares values of the same type, but 'count' is an int and 'flag' is a bool"),
        ("flag != 1", "E403", 8, "'!=' compares values of the same type, but 'flag' is a bool and '1' is an int"),
        ("severity == phase", "E403", 12, "'==' compares values of the same type, but 'severity' and 'phase' are enums with different values"),
        ("severity == 2", "E403", 12, "'==' compares values of the same type, but 'severity' is an enum and '2' is an int"),
        ("'a' == 'b'", "E403", 0, "'==' cannot compare two strings; a string must be compared with an enum variable"),
        ("count == 'high'", "E403", 9, "'==' compares values of the same type, but 'high' is a string and 'count' is an int; strings are only for enum values"),
        ("'yes' != flag", "E403", 0, "'!=' compares values of the same type, but 'yes' is a string and 'flag' is a bool; strings are only for enum values"),
        // enum values
        ("severity == 'hgh'", "E406", 12, "'hgh' is not a value of severity; values are 'low', 'medium', 'high'"),
        ("'contained' != phase", "E406", 0, "'contained' is not a value of phase; values are 'detection', 'containment', 'recovery'"),
        ("(level) == 'High'", "E406", 11, "'High' is not a value of level; values are 'low', 'medium', 'high'"),
        // the whole condition is a bool
        ("count + 1", "E408", 0, "a condition must be a bool, but this one is an int"),
        ("severity", "E408", 0, "a condition must be a bool, but this one is an enum"),
        ("'high'", "E408", 0, "a condition must be a bool, but this one is a string"),
        ("  elapsed()", "E408", 0, "a condition must be a bool, but this one is an int"),
    ])
    func typeErrors(source: String, code: String, offset: Int, message: String) throws {
        let error = try #require(conditionError(source))
        #expect(error.code == code)
        #expect(error.offset == offset)
        #expect(error.message == message)
    }

    @Test func stringLiteralHints() {
        #expect(conditionError("count == '3'")?.hint == "write the number without quotes: 3")
        #expect(conditionError("flag == 'true'")?.hint == "write true without quotes")
        #expect(conditionError("severity == 'hgh'")?.hint == "did you mean 'high'?")
        #expect(conditionError("severity == 'HIGH'")?.hint == "did you mean 'high'?")
        #expect(conditionError("severity == 'catastrophic'")?.hint == nil)
    }

    @Test func notBoolHints() {
        #expect(conditionError("count")?.hint == "compare it, e.g. 'count > 0'")
        #expect(conditionError("severity")?.hint == "compare it with one of its values, e.g. 'severity == 'low''")
    }

    @Test func enumTypesAreEqualWhenTheirValueListsAre() {
        let symbols = ConditionTestSymbols(variables: [
            ("a", .enumeration(["x", "y"])), ("b", .enumeration(["x", "y"])),
            ("c", .enumeration(["y", "x"])), ("d", .enumeration(["x", "y", "z"])),
        ])
        #expect(compiledCondition("a == b", symbols: symbols) != nil)
        #expect(conditionError("a == c", symbols: symbols)?.code == "E403")
        #expect(conditionError("a != d", symbols: symbols)?.code == "E403")
    }

    @Test func longEnumValueListsAreShortenedInMessages() throws {
        let values = (1...20).map { "v\($0)" }
        let symbols = ConditionTestSymbols(variables: [("big", .enumeration(values)), ("none", .enumeration([]))])
        let error = try #require(conditionError("big == 'w'", symbols: symbols))
        #expect(error.message.hasSuffix("'v11', 'v12', ... (20 in all)"))
        #expect(conditionError("none == 'x'", symbols: symbols)?.message == "'x' is not a value of none; it has no values")
    }

    @Test func unknownVariablesAreE402WithHints() throws {
        let cases: [(String, Int, String, String?)] = [
            ("sevrity == 'high'", 0, "unknown variable 'sevrity'", "did you mean 'severity'?"),
            ("flag and cuont > 1", 9, "unknown variable 'cuont'", "did you mean 'count'?"),
            ("Flag", 0, "unknown variable 'Flag'", "did you mean 'flag'?"),
            ("True", 0, "unknown variable 'True'", "did you mean 'true'?"),
            ("zebra", 0, "unknown variable 'zebra'", nil),
            ("elapsed > 5", 0, "unknown variable 'elapsed'; 'elapsed' is a function, call it with parentheses", "did you mean 'elapsed()'?"),
            ("visited", 0, "unknown variable 'visited'; 'visited' is a function, call it with parentheses", "did you mean 'visited(...)'?"),
        ]
        for (source, offset, message, hint) in cases {
            let error = try #require(conditionError(source))
            #expect(error.code == "E402")
            #expect(error.offset == offset)
            #expect(error.message == message)
            #expect(error.hint == hint)
        }
    }

    @Test func aVariableNamedLikeAFunctionIsAVariable() {
        let symbols = ConditionTestSymbols(variables: [("elapsed", .int), ("did", .bool)])
        #expect(compiledCondition("elapsed > 1 and did and did('X') and elapsed() > 0", symbols: symbols) != nil)
    }

    @Test func unknownScenesAndOptionsAreE404() throws {
        let cases: [(String, Int, String, String?)] = [
            ("visited('triag')", 8, "visited() names scene 'triag', but there is no such scene", "did you mean 'triage'?"),
            ("visited('nowhere')", 8, "visited() names scene 'nowhere', but there is no such scene", nil),
            ("flag or chose('triage/escalte')", 14,
             "scene 'triage' has no option 'escalte'; its options are 'escalate', 'wait', 'isolate'", "did you mean 'escalate'?"),
            ("chose('first-alrt/ack')", 6, "chose() names scene 'first-alrt', but there is no such scene", "did you mean 'first-alert'?"),
            ("chose('triage/a/b')", 6, "scene 'triage' has no option 'a/b'; its options are 'escalate', 'wait', 'isolate'", nil),
        ]
        for (source, offset, message, hint) in cases {
            let error = try #require(conditionError(source))
            #expect(error.code == "E404")
            #expect(error.offset == offset)
            #expect(error.message == message)
            #expect(error.hint == hint)
        }
    }

    @Test func endingsAreNotScenes() {
        // The symbols answer nil for endings; visited() then reports a missing scene.
        let symbols = ConditionTestSymbols(scenes: [("triage", ["wait"])])
        #expect(conditionError("visited('contained')", symbols: symbols)?.code == "E404")
    }

    @Test func badCallsAreE405() throws {
        let cases: [(String, Int, String, String?)] = [
            ("visted('triage')", 0, "unknown function 'visted'; the functions are visited, chose, did and elapsed", "did you mean 'visited'?"),
            ("flag or choose('triage/wait')", 8, "unknown function 'choose'; the functions are visited, chose, did and elapsed", "did you mean 'chose'?"),
            ("launch()", 0, "unknown function 'launch'; the functions are visited, chose, did and elapsed", nil),
            ("count() > 1", 0, "'count' is a variable, not a function; only visited, chose, did and elapsed can be called", "write count without parentheses"),
            ("visited(triage)", 8, "the argument of visited() must be a scene id in single quotes, e.g. visited('triage')", "write visited('triage')"),
            ("visited()", 0, "visited() takes one argument, a scene id in single quotes, e.g. visited('triage')", nil),
            ("visited('triage', 'x')", 18, "visited() takes exactly one argument, a scene id in single quotes, e.g. visited('triage')", nil),
            ("did(1)", 4, "the argument of did() must be an action id in single quotes, e.g. did('RA4601')", nil),
            ("did('bad id')", 4, "'bad id' is not a valid action id: use letters, digits, '.', '_', ':' and '-', starting with a letter or digit, at most 64 characters", nil),
            ("chose('triage')", 6, "the argument of chose() must be 'scene-id/option-id', e.g. chose('triage/escalate'), not 'triage'", nil),
            ("chose('/wait')", 6, "the argument of chose() must be 'scene-id/option-id', e.g. chose('triage/escalate'), not '/wait'", nil),
            ("chose('triage/')", 6, "the argument of chose() must be 'scene-id/option-id', e.g. chose('triage/escalate'), not 'triage/'", nil),
            // A '/' with a combining mark on it is another character, not the separator.
            ("chose('tri\u{E9}age/\u{301}wait')", 6, "the argument of chose() must be 'scene-id/option-id', e.g. chose('triage/escalate'), not 'tri\u{E9}age/\u{301}wait'", nil),
            ("elapsed(1) > 0", 8, "elapsed() takes no arguments", "write elapsed()"),
        ]
        for (source, offset, message, hint) in cases {
            let error = try #require(conditionError(source))
            #expect(error.code == "E405", "\(source)")
            #expect(error.offset == offset, "\(source)")
            #expect(error.message == message, "\(source)")
            #expect(error.hint == hint, "\(source)")
        }
    }

    @Test(arguments: [
        ("A", true), ("RA4601", true), ("T1566.001", true), ("sc:revoke-token", true), ("0x", true), ("a_b", true),
        (String(repeating: "a", count: 64), true), (String(repeating: "a", count: 65), false),
        ("", false), ("-x", false), (".x", false), ("_x", false), ("a b", false), ("a/b", false), ("é", false),
    ])
    func actionIDSyntax(id: String, valid: Bool) {
        #expect(Identifiers.isValidActionID(id) == valid)
        if valid {
            #expect(compiledCondition("did('\(id)')") != nil)
        } else {
            #expect(conditionError("did('\(id)')")?.code == "E405")
        }
    }

    @Test func choseSplitsNonASCIIArgumentsAtTheSlashCharacter() throws {
        let symbols = ConditionTestSymbols(scenes: [("tri\u{E9}age", ["w\u{E9}it", "n/a"])])
        #expect(compiledCondition("chose('tri\u{E9}age/w\u{E9}it')", symbols: symbols) != nil)
        // The first '/' splits: the rest is the option id, whatever it holds.
        #expect(compiledCondition("chose('tri\u{E9}age/n/a')", symbols: symbols) != nil)
        let error = try #require(conditionError("chose('tri\u{E9}age/n\u{E9}pe')", symbols: symbols))
        #expect(error.message.hasPrefix("scene 'tri\u{E9}age' has no option 'n\u{E9}pe';"))
        #expect(conditionError("chose('caf\u{E9}/x')", symbols: symbols)?.message == "chose() names scene 'caf\u{E9}', but there is no such scene")
    }

    @Test func errorsAreReportedInSourceOrder() {
        #expect(conditionError("nope1 and nope2")?.message == "unknown variable 'nope1'")
        #expect(conditionError("(count + flag) and zebra")?.code == "E403")
        #expect(conditionError("count + 1 == zebra")?.code == "E402")
    }
}
