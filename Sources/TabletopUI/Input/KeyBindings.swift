/// The keys of every screen: what each means, and the list the help overlay shows (one table, so they agree).
public enum KeyBindings {
    /// One line of the table: the keys as shown in help, what they do, on which screens, and how a key maps to a command.
    public struct Binding: Sendable {
        public var keys: String
        public var meaning: String
        public var scopes: Set<KeyScope>
        let command: @Sendable (Key) -> Command?
    }

    /// Every binding, in the order help lists them.
    public static let all: [Binding] = [
        Binding(keys: "↑ ↓ j k", meaning: "move the selection (scroll in the debrief)", scopes: [.picker, .briefing, .drill, .debrief, .participant]) { key in
            switch key {
            case .up, .character("k"): return .up
            case .down, .character("j"): return .down
            default: return nil
            }
        },
        Binding(keys: "1-9", meaning: "pick that item or option", scopes: [.picker, .drill, .participant]) { key in
            if case .character(let character) = key, let digit = character.wholeNumberValue, digit >= 1, character.isASCII { return .pick(digit) }
            return nil
        },
        Binding(keys: "Enter", meaning: "choose the selection, confirm", scopes: [.picker, .briefing, .drill, .participant]) { key in
            key == .enter ? .confirm : nil
        },
        Binding(keys: "Esc", meaning: "go back, cancel", scopes: [.briefing, .drill, .debrief]) { key in
            key == .escape ? .back : nil
        },
        Binding(keys: "PgUp PgDn", meaning: "scroll the timeline or the debrief", scopes: [.drill, .debrief, .participant]) { key in
            switch key {
            case .pageUp: return .pageUp
            case .pageDown: return .pageDown
            default: return nil
            }
        },
        Binding(keys: "Home End", meaning: "to the start, to the latest", scopes: [.drill, .debrief, .participant]) { key in
            switch key {
            case .home: return .top
            case .end: return .bottom
            default: return nil
            }
        },
        Binding(keys: "e", meaning: "type the selected role's player name", scopes: [.briefing]) { key in
            key == .character("e") ? .editName : nil
        },
        Binding(keys: "s", meaning: "start the drill", scopes: [.briefing]) { key in
            key == .character("s") ? .start : nil
        },
        Binding(keys: "n", meaning: "add a note to the timeline", scopes: [.drill]) { key in
            key == .character("n") ? .note : nil
        },
        Binding(keys: "p", meaning: "pause or resume the countdown", scopes: [.drill]) { key in
            key == .character("p") ? .pause : nil
        },
        Binding(keys: "f", meaning: "show or hide the facilitator view", scopes: [.drill]) { key in
            key == .character("f") ? .facilitator : nil
        },
        Binding(keys: "c", meaning: "hosting: commit the leading vote", scopes: [.drill]) { key in
            key == .character("c") ? .commit : nil
        },
        Binding(keys: "a", meaning: "argue for the selected option in one line, and vote for it", scopes: [.participant]) { key in
            key == .character("a") ? .argue : nil
        },
        Binding(keys: "w", meaning: "withdraw your vote", scopes: [.participant]) { key in
            key == .character("w") ? .withdraw : nil
        },
        Binding(keys: "r", meaning: "export the report", scopes: [.debrief]) { key in
            key == .character("r") ? .export : nil
        },
        Binding(keys: "?", meaning: "this help", scopes: Set(KeyScope.allCases)) { key in
            key == .character("?") ? .help : nil
        },
        Binding(keys: "q", meaning: "quit (asks first during a drill)", scopes: Set(KeyScope.allCases)) { key in
            key == .character("q") ? .quit : nil
        },
    ]

    /// The command `key` gives on the screens of `scope`, if any.
    public static func command(for key: Key, on scope: KeyScope) -> Command? {
        for binding in all where binding.scopes.contains(scope) {
            if let command = binding.command(key) { return command }
        }
        return nil
    }

    /// The bindings of `scope`, for the help overlay.
    public static func help(for scope: KeyScope) -> [Binding] {
        all.filter { $0.scopes.contains(scope) }
    }
}
