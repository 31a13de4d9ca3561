import Testing
@testable import TabletopCore

@Suite("Condition lexer")
struct ExpressionLexerTests {
    private func kinds(_ source: String) throws -> [ExpressionToken.Kind] {
        try ExpressionLexer.tokenize(Array(source.utf8)).map(\.kind)
    }

    private func lexError(_ source: String) -> ExpressionError? {
        do {
            _ = try ExpressionLexer.tokenize(Array(source.utf8))
            Issue.record("\(source) lexed without error")
            return nil
        } catch {
            return error
        }
    }

    @Test func operatorsAndPunctuation() throws {
        #expect(try kinds("( ) , + - == != < <= > >=") == [
            .symbol(.openParenthesis), .symbol(.closeParenthesis), .symbol(.comma), .symbol(.plus), .symbol(.minus),
            .symbol(.equal), .symbol(.notEqual), .symbol(.less), .symbol(.lessOrEqual), .symbol(.greater),
            .symbol(.greaterOrEqual), .end,
        ])
        #expect(try kinds("a<=b") == [.identifier("a"), .symbol(.lessOrEqual), .identifier("b"), .end])
        #expect(try kinds("--1") == [.symbol(.minus), .symbol(.minus), .integer(1), .end])
    }

    @Test func keywordsAreReservedButOnlyAsWholeWords() throws {
        #expect(try kinds("not and or true false") == [.keyword(.not), .keyword(.and), .keyword(.or), .keyword(.true), .keyword(.false), .end])
        #expect(try kinds("notice android order trueish False _x x_1") == [
            .identifier("notice"), .identifier("android"), .identifier("order"), .identifier("trueish"),
            .identifier("False"), .identifier("_x"), .identifier("x_1"), .end,
        ])
    }

    @Test func offsetsAreUTF8ByteOffsets() throws {
        let tokens = try ExpressionLexer.tokenize(Array("'é' ==\tx".utf8))
        #expect(tokens.map(\.offset) == [0, 5, 8, 9])
        #expect(tokens.map(\.end) == [4, 7, 9, 9])
    }

    @Test func integers() throws {
        #expect(try kinds("0 007 42") == [.integer(0), .integer(7), .integer(42), .end])
        #expect(try kinds("9223372036854775807") == [.integer(Int.max), .end])
    }

    @Test func integerOutOfRangeIsE407() throws {
        let error = try #require(lexError("x > 9223372036854775808"))
        #expect(error.code == "E407")
        #expect(error.offset == 4)
        #expect(error.message == "the integer 9223372036854775808 is out of range; the largest is 9223372036854775807")
        #expect(lexError("123456789012345678901234567890")?.code == "E407")
    }

    @Test(arguments: [("0m", 0), ("90m", 90), ("2h", 120), ("1h30m", 90), ("1d", 1440), ("1d2h3m", 1563), ("45m", 45)])
    func durationsAreMinutes(source: String, minutes: Int) throws {
        #expect(try kinds(source) == [.integer(minutes), .end])
    }

    @Test func durationsWithSecondsAreE401() throws {
        for source in ["45s", "1m30s", "1h0s"] {
            let error = try #require(lexError("elapsed() > " + source))
            #expect(error.code == "E401")
            #expect(error.offset == 12)
            #expect(error.message.contains("seconds"))
            #expect(error.message.contains("whole minutes"))
        }
    }

    @Test func malformedDurationsAreE401() throws {
        for source in ["2x", "90min", "1m2h", "1h30", "5_000", "1hh"] {
            let error = try #require(lexError(source))
            #expect(error.code == "E401", "\(source)")
            #expect(error.offset == 0)
        }
    }

    @Test func hugeDurationIsE407() throws {
        let error = try #require(lexError("elapsed() > 99999999999d"))
        #expect(error.code == "E407")
        #expect(error.offset == 12)
    }

    @Test func strings() throws {
        #expect(try kinds("'high' '' 'a b \"c\"' 'é/ü'") == [.string("high"), .string(""), .string("a b \"c\""), .string("é/ü"), .end])
    }

    @Test func unterminatedStringIsE401AtTheQuote() throws {
        let error = try #require(lexError("severity == 'high"))
        #expect(error.code == "E401")
        #expect(error.offset == 12)
        #expect(error.message.hasPrefix("unterminated string"))
    }

    @Test func tabsAreWhitespaceButOtherControlCharactersAreNot() throws {
        #expect(try kinds("\ta\t") == [.identifier("a"), .end])
        for (source, offset) in [("a\nb", 1), ("a\rb", 1), ("\u{0}", 0), ("ab\u{7F}", 2), ("a\u{0B}", 1)] {
            let error = try #require(lexError(source))
            #expect(error.code == "E401")
            #expect(error.offset == offset)
            #expect(error.message.contains("control character"))
        }
        let nbsp = try #require(lexError("a\u{A0}== b"))
        #expect(nbsp.code == "E401")
        #expect(nbsp.offset == 1)
        #expect(nbsp.message.contains("U+00A0"))
    }

    @Test func lookAlikeOperatorsGetHints() throws {
        let cases: [(String, Int, String)] = [
            ("flag = true", 5, "did you mean '=='?"),
            ("!flag", 0, "did you mean 'not'?"),
            ("a && b", 2, "did you mean 'and'?"),
            ("a || b", 2, "did you mean 'or'?"),
        ]
        for (source, offset, hint) in cases {
            let error = try #require(lexError(source))
            #expect(error.code == "E401")
            #expect(error.offset == offset)
            #expect(error.hint == hint)
        }
        #expect(lexError("severity == \"high\"")?.message == "strings are written in single quotes, not double quotes")
    }

    @Test func unexpectedCharacters() throws {
        for (source, offset, shown) in [("a # b", 2, "#"), ("é", 0, "é"), ("x > 1.5", 5, "."), ("a ; b", 2, ";"), ("a 🙂", 2, "🙂")] {
            let error = try #require(lexError(source))
            #expect(error.code == "E401")
            #expect(error.offset == offset)
            #expect(error.message == "unexpected character '\(shown)'")
        }
    }
}
