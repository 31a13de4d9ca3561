/// What loading a file produced: the value when it is valid, and every diagnostic either way.
public struct LoadResult<Value: Sendable>: Sendable {
    /// The loaded value; nil when the file has errors.
    public var value: Value?
    /// Every problem found, in file order.
    public var diagnostics: [Diagnostic]

    public var errors: [Diagnostic] { diagnostics.filter { $0.severity == .error } }
    public var warnings: [Diagnostic] { diagnostics.filter { $0.severity == .warning } }
}
