extension ExpressionTypeChecker {
    /// Checks two operands against a comparison's rules and emits the comparison.
    mutating func compare(_ operation: ExpressionOperator, _ left: ExpressionOperand, _ right: ExpressionOperand) throws(ExpressionError) {
        if operation.isEquality {
            try checkEquality(operation, left, right)
        } else {
            try left.require(.int, in: source, "'\(operation.spelling)' takes int operands")
            try right.require(.int, in: source, "'\(operation.spelling)' takes int operands")
        }
        switch operation {
        case .equal: builder.combine(.equal)
        case .notEqual: builder.combine(.notEqual)
        case .less: builder.combine(.less)
        case .lessOrEqual: builder.combine(.lessOrEqual)
        case .greater: builder.combine(.greater)
        default: builder.combine(.greaterOrEqual)
        }
    }

    /// Checks that `==` or `!=` compares two values of one type, resolving a string literal to the value of the enum on the other side.
    private mutating func checkEquality(_ operation: ExpressionOperator, _ left: ExpressionOperand, _ right: ExpressionOperand) throws(ExpressionError) {
        switch (left.kind == .string, right.kind == .string) {
        case (true, true):
            throw .typeMismatch(
                "'\(operation.spelling)' cannot compare two strings; a string must be compared with an enum variable",
                at: Int(left.start)
            )
        case (true, false):
            builder.setConstant(at: Int(left.payload), to: try Self.enumValue(of: left, comparedWith: right, values: values(of: right), operation, in: source))
        case (false, true):
            builder.setConstant(at: Int(right.payload), to: try Self.enumValue(of: right, comparedWith: left, values: values(of: left), operation, in: source))
        case (false, false):
            if left.kind == right.kind, left.kind != .enumeration || enumTypes[Int(left.payload)] == enumTypes[Int(right.payload)] { return }
            if left.kind == .enumeration, right.kind == .enumeration {
                throw .typeMismatch(
                    "'\(operation.spelling)' compares values of the same type, but \(source.describe(left)) and \(source.describe(right)) are enums with different values",
                    at: Int(right.start)
                )
            }
            throw .typeMismatch(
                "'\(operation.spelling)' compares values of the same type, but \(source.describe(left)) is \(left.typePhrase) and \(source.describe(right)) is \(right.typePhrase)",
                at: Int(right.start)
            )
        }
    }

    /// The values of an enum operand, or nil for any other.
    private func values(of operand: ExpressionOperand) -> [String]? {
        operand.kind == .enumeration ? enumTypes[Int(operand.payload)] : nil
    }

    /// The index of the string literal `string` among the `values` of the enum `other` it is compared with (nil when `other` is no enum).
    private static func enumValue(
        of string: ExpressionOperand, comparedWith other: ExpressionOperand, values: [String]?, _ operation: ExpressionOperator, in source: ExpressionSource
    ) throws(ExpressionError) -> Int {
        let text = source.text(string.stringContents)
        guard let values else {
            var hint: String?
            if other.kind == .int, !text.isEmpty, text.utf8.allSatisfy({ $0 >= UInt8(ascii: "0") && $0 <= UInt8(ascii: "9") }) {
                hint = "write the number without quotes: \(text)"
            } else if other.kind == .bool, text == "true" || text == "false" {
                hint = "write \(text) without quotes"
            }
            throw .typeMismatch(
                "'\(operation.spelling)' compares values of the same type, but \(source.describe(string)) is a string and \(source.describe(other)) is \(other.typePhrase); strings are only for enum values",
                at: Int(string.start), hint: hint
            )
        }
        if let index = values.firstIndex(of: text) { return index }
        let name = other.form == .variable ? source.text(other.tokenStart, other.tokenEnd) : source.describe(other)
        throw .undeclaredValue(
            "'\(text)' is not a value of \(name); \(listValues(values))",
            at: Int(string.start), hint: ExpressionError.didYouMean(text, in: values)
        )
    }

    /// `values are 'a', 'b'`, shortened when there are many.
    static func listValues(_ values: [String]) -> String {
        values.isEmpty ? "it has no values" : "values are " + quotedList(values)
    }

    /// `'a', 'b', 'c'`, with at most a dozen items shown.
    static func quotedList(_ items: [String]) -> String {
        let shown = items.prefix(12).map { "'\($0)'" }.joined(separator: ", ")
        return items.count > 12 ? shown + ", ... (\(items.count) in all)" : shown
    }
}
