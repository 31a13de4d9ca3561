/// A key the team pressed, after the terminal layer decoded it.
public enum Key: Hashable, Sendable {
    /// A printable character.
    case character(Character)
    case up, down, left, right
    case pageUp, pageDown, home, end
    case enter, escape, backspace, delete, tab, backTab
}
