/// The picker's list and selection.
public struct PickerState: Hashable, Sendable {
    public var items: [PickerItem]
    public var selection = 0
    /// Where scenarios were looked for, named when the list is empty.
    public var searched: [String]

    public init(items: [PickerItem], searched: [String]) {
        self.items = items
        self.searched = searched
    }
}
