/// The HSEEP performance ratings.
public enum Rating: String, Sendable, Hashable, CaseIterable, Comparable {
    /// Performed without challenges.
    case P
    /// Performed with some challenges.
    case S
    /// Performed with major challenges.
    case M
    /// Unable to be performed.
    case U

    /// The rating of a ratio `r` of earned to possible: P from 0.9, S from 0.6, M from 0.3, else U.
    public init(ratio: Double) {
        // A hair of tolerance so that 0.9 computed as 0.8999999... still counts as 0.9.
        let r = ratio + 1e-9
        self = r >= 0.9 ? .P : r >= 0.6 ? .S : r >= 0.3 ? .M : .U
    }

    /// The plain meaning HSEEP gives the letter.
    public var meaning: String {
        switch self {
        case .P: return "Performed without challenges"
        case .S: return "Performed with some challenges"
        case .M: return "Performed with major challenges"
        case .U: return "Unable to be performed"
        }
    }

    /// This rating, lowered to M at best (a missed critical expectation caps it).
    public var cappedAtM: Rating { self < .M ? .M : self }

    /// P is best: P < S < M < U in this ordering's sense of "better".
    public static func < (lhs: Rating, rhs: Rating) -> Bool {
        allCases.firstIndex(of: lhs)! < allCases.firstIndex(of: rhs)!
    }
}
