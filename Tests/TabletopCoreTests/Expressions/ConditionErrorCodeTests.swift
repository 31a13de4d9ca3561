import Testing
@testable import TabletopCore

@Suite("Condition error codes")
struct ConditionErrorCodeTests {
    /// One condition per diagnostic code, with the byte offset each must report.
    @Test(arguments: [
        ("count > 1 and (flag", "E401", 19),
        ("severity == 'high", "E401", 12),
        ("elapsed() > 45s", "E401", 12),
        ("1 < count < 5", "E401", 10),
        ("flag and sevrity == 'high'", "E402", 9),
        ("count + 1 > 2 and count + flag > 3", "E403", 26),
        ("phase < 2", "E403", 0),
        ("'é' == 'x'", "E403", 0),
        ("count == 1 or visited('triag')", "E404", 22),
        ("chose('triage/nope')", "E404", 6),
        ("'é' == severity or visted('triage')", "E406", 0),
        ("flag or visted('triage')", "E405", 8),
        ("did('no spaces')", "E405", 4),
        ("severity == 'é' ", "E406", 12),
        ("count < 99999999999999999999", "E407", 8),
        ("count + 1", "E408", 0),
        (String(repeating: "(", count: 70) + "true" + String(repeating: ")", count: 70), "E409", 64),
        (String(repeating: "x", count: 4097), "E409", 0),
    ])
    func codeAndOffset(source: String, code: String, offset: Int) throws {
        let error = try #require(conditionError(source))
        #expect(error.code == code)
        #expect(error.offset == offset)
        #expect(!error.message.isEmpty)
    }

    @Test func messagesStartLowercaseAndHintsAreQuestionsOrInstructions() throws {
        for source in ["", "flag =", "x", "count", "visted('a')", "severity == 'x'", "(" + String(repeating: "-", count: 80)] {
            let error = try #require(conditionError(source))
            let first = try #require(error.message.unicodeScalars.first)
            #expect(!(first.properties.isUppercase), "\(error.message)")
        }
    }
}
