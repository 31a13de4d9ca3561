/// What one fuzz input led to: accepted, or rejected with the code of the first problem.
///
/// Regression tests compare it with the outcome recorded for each kept input.
public enum FuzzOutcome: Sendable, Hashable, CustomStringConvertible {
    /// The input was valid for the target and everything after loading ran.
    case accepted
    /// The input was refused cleanly; `code` is a diagnostic code (`E101`) or a journal problem kind (`edited`).
    case rejected(code: String)

    /// `accepted` or `rejected CODE`, the form the regression manifests use.
    public var description: String {
        switch self {
        case .accepted: return "accepted"
        case .rejected(let code): return "rejected \(code)"
        }
    }
}
