/// The operators of the condition language, with how tightly they bind and how messages spell them.
enum ExpressionOperator: UInt8, Sendable {
    case or, and, not
    case equal, notEqual, less, lessOrEqual, greater, greaterOrEqual
    case plus, minus
    /// Unary `-`.
    case negate

    /// The binary operator a lexeme spells, or nil when it spells none.
    init?(binary kind: ExpressionLexeme.Kind) {
        switch kind {
        case .or: self = .or
        case .and: self = .and
        case .equal: self = .equal
        case .notEqual: self = .notEqual
        case .less: self = .less
        case .lessOrEqual: self = .lessOrEqual
        case .greater: self = .greater
        case .greaterOrEqual: self = .greaterOrEqual
        case .plus: self = .plus
        case .minus: self = .minus
        default: return nil
        }
    }

    /// Binding strength from `or` (1) to unary `-` (6): `or`, `and`, `not`, comparison, `+ -`, unary `-`.
    var precedence: Int {
        switch self {
        case .or: return 1
        case .and: return 2
        case .not: return 3
        case .equal, .notEqual, .less, .lessOrEqual, .greater, .greaterOrEqual: return 4
        case .plus, .minus: return 5
        case .negate: return 6
        }
    }

    /// The operator as written, for messages.
    var spelling: String {
        switch self {
        case .or: return "or"
        case .and: return "and"
        case .not: return "not"
        case .equal: return "=="
        case .notEqual: return "!="
        case .less: return "<"
        case .lessOrEqual: return "<="
        case .greater: return ">"
        case .greaterOrEqual: return ">="
        case .plus: return "+"
        case .minus: return "-"
        case .negate: return "-"
        }
    }

    /// `not` or unary `-`, which take one operand.
    var isPrefix: Bool { self == .not || self == .negate }
    /// `and` or `or`.
    var isLogical: Bool { self == .and || self == .or }
    /// Binary `+` or `-`.
    var isArithmetic: Bool { self == .plus || self == .minus }
    /// One of the six comparisons.
    var isComparison: Bool { precedence == 4 }
    /// `==` or `!=`, which compare any two values of one type rather than ordering ints.
    var isEquality: Bool { self == .equal || self == .notEqual }

    /// Whether `a self b next c` is one flat chain: the same `and` or `or`, or `+`/`-` after `+`/`-`.
    func chains(with next: ExpressionOperator) -> Bool {
        isLogical ? next == self : isArithmetic && next.isArithmetic
    }
}
