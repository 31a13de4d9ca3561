import ArgumentParser
import TabletopCore

/// Loads the inputs the benchmarks run on.
enum BenchmarkInput {
    /// The scenario at `path`, or a usage error when it does not validate.
    static func scenario(_ path: String) throws -> Scenario {
        guard let loaded = ScenarioLoader.load(bytes: try InputFile.read(path), file: path).value else {
            throw ValidationError("\(path) does not validate")
        }
        return loaded
    }
}
