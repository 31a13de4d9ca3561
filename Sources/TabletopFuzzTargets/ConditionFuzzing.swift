import TabletopCore

/// Fuzzes the condition parser and type checker in a real scenario's context (its variables, scenes, options and actions).
///
/// The input becomes the `when` of the start scene's first option in the reference scenario, so the loader parses
/// and checks it, and a condition that compiles is evaluated when the engine offers the start scene's options.
enum ConditionFuzzing {
    /// Splices `bytes` (as text) into the reference scenario, loads it and starts a session.
    static func run(_ bytes: [UInt8], reference: FuzzReference) -> FuzzOutcome {
        let source = String(decoding: bytes, as: UTF8.self)
        let result = ScenarioLoader.load(bytes: scenario(withCondition: source, reference: reference), file: "fuzz-condition.json")
        guard let scenario = result.value else {
            return .rejected(code: result.errors.first?.code ?? "none")
        }
        let engine = Engine(scenario: scenario)
        let (state, _) = engine.start(seed: 1)
        _ = engine.offeredOptions(state)
        return .accepted
    }

    /// The reference scenario's bytes with `"when": SOURCE` added to the first option of its first scene.
    static func scenario(withCondition source: String, reference: FuzzReference) -> [UInt8] {
        let bytes = reference.scenarioBytes
        guard let document = try? JSONDocument(bytes: bytes),
              let scenes = document.member(document.root, "scenes"),
              let firstScene = document.elements(scenes).first(where: { _ in true }),
              let options = document.member(firstScene, "options"),
              let firstOption = document.elements(options).first(where: { _ in true }) else {
            preconditionFailure("the reference scenario has no option to put a condition on")
        }
        let insertAt = document.offset(firstOption) + 1
        let member = Array("\"when\": \(jsonString(source)), ".utf8)
        return Array(bytes[..<insertAt]) + member + Array(bytes[insertAt..<bytes.count])
    }

    /// `text` as a JSON string literal.
    static func jsonString(_ text: String) -> String {
        var literal = "\""
        for scalar in text.unicodeScalars {
            switch scalar {
            case "\"": literal += "\\\""
            case "\\": literal += "\\\\"
            case "\u{0}"..."\u{1F}": literal += "\\u00" + (scalar.value < 0x10 ? "0" : "") + String(scalar.value, radix: 16)
            default: literal.unicodeScalars.append(scalar)
            }
        }
        return literal + "\""
    }
}
