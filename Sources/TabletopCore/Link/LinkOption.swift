/// An option on offer: its id, label and owning role id (nil when anyone may take it).
public struct LinkOption: Sendable, Hashable {
    public var id: String
    public var label: String
    public var role: String?

    public init(id: String, label: String, role: String? = nil) {
        self.id = id
        self.label = label
        self.role = role
    }
}
