/// Why a byte stream is not a valid sequence of frames.
public enum LinkFrameError: Error, Sendable, Equatable, CustomStringConvertible {
    /// A frame declared a zero-length payload.
    case emptyFrame
    /// A frame declared a payload longer than the bound.
    case oversized(declared: Int, maximum: Int)

    public var description: String {
        switch self {
        case .emptyFrame: return "a frame declared an empty payload"
        case .oversized(let declared, let maximum): return "a frame declared \(declared) bytes, more than the \(maximum) allowed"
        }
    }
}
