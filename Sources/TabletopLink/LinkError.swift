import TabletopCore

/// A socket could not be set up or reached: a message for the user and the sysexits code to leave with.
public struct LinkError: Error, Sendable, Equatable, CustomStringConvertible {
    public var message: String
    public var exitStatus: ExitStatus

    public init(_ message: String, exitStatus: ExitStatus) {
        self.message = message
        self.exitStatus = exitStatus
    }

    public var description: String { message }
}
