import Foundation

/// The scenario files of this test target's `Fixtures` folder.
enum Fixtures {
    /// The path of the fixture named `name`.
    static func path(_ name: String) -> String {
        URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
            .appendingPathComponent("Fixtures").appendingPathComponent(name).path
    }
}
