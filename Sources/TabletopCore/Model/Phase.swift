/// One of the six incident-response phases, in their canonical order.
public enum Phase: String, Sendable, Hashable, CaseIterable, Comparable, Codable {
    case preparation
    case detection
    case containment
    case eradication
    case recovery
    case postIncident = "post-incident"

    /// The position of the phase in the canonical order.
    public var order: Int { Phase.allCases.firstIndex(of: self)! }

    /// A human title such as `Post-incident`.
    public var title: String {
        switch self {
        case .postIncident: return "Post-incident"
        default: return rawValue.prefix(1).uppercased() + rawValue.dropFirst()
        }
    }

    public static func < (lhs: Phase, rhs: Phase) -> Bool { lhs.order < rhs.order }
}
