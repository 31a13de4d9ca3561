/// The drawing characters: Unicode box drawing and blocks in a UTF-8 locale, ASCII otherwise.
public struct Glyphs: Hashable, Sendable {
    public var horizontal: String
    public var vertical: String
    public var topLeft: String
    public var topRight: String
    public var bottomLeft: String
    public var bottomRight: String
    /// A filled and an empty part of a bar.
    public var barFull: String
    public var barEmpty: String
    public var ellipsis: String
    /// Marks the selected row.
    public var pointer: String
    public var bullet: String
    public var arrowUp: String
    public var arrowDown: String

    public static let unicode = Glyphs(
        horizontal: "─", vertical: "│", topLeft: "┌", topRight: "┐", bottomLeft: "└", bottomRight: "┘",
        barFull: "█", barEmpty: "░", ellipsis: "…", pointer: "›", bullet: "•", arrowUp: "↑", arrowDown: "↓")

    public static let ascii = Glyphs(
        horizontal: "-", vertical: "|", topLeft: "+", topRight: "+", bottomLeft: "+", bottomRight: "+",
        barFull: "#", barEmpty: ".", ellipsis: "~", pointer: ">", bullet: "*", arrowUp: "^", arrowDown: "v")
}
