/// The program's name and version, as recorded in journals and reports.
public enum ToolInfo {
    public static let name = "tabletop"
    public static let version = "0.1.0"
}
