/// Why a frame's payload is not a valid protocol message.
public struct LinkMessageError: Error, Sendable, Equatable, CustomStringConvertible {
    public var message: String

    public init(_ message: String) {
        self.message = message
    }

    public var description: String { message }
}
