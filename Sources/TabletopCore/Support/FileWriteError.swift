/// Why a file could not be created or written: exit status 73 (cannot create) or 74 (cannot write).
public struct FileWriteError: Error, Sendable, Equatable {
    public var path: String
    public var message: String
    /// `cantCreate` (73) when the file could not be created or opened, `ioError` (74) when writing failed.
    public var status: ExitStatus

    public init(path: String, message: String, status: ExitStatus) {
        self.path = path
        self.message = message
        self.status = status
    }

    /// `PATH: error: message`.
    public var text: String { "\(path): error: \(message)" }
}
