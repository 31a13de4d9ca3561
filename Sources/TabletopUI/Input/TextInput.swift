/// A one-line text field: the rationale for a decision, a note, a player's name.
public struct TextInput: Hashable, Sendable {
    /// What the typed text is for.
    public enum Purpose: Hashable, Sendable {
        /// Why the team picked the option at this position (picked at this monotonic time).
        case rationale(option: Int, pickedAt: UInt64)
        case note
        /// The player of the role at this index.
        case roleName(Int)
        /// A participant's one-line argument for the option with this id (`tabletop join`).
        case argument(option: String)
    }

    /// What a key did to the field.
    public enum Outcome: Hashable, Sendable {
        case editing
        case confirmed(String)
        case cancelled
    }

    /// The longest text accepted by default, in characters.
    public static let maximumLength = 500

    public var purpose: Purpose
    public private(set) var text: String
    /// The longest text this field accepts, in characters.
    public let limit: Int

    public init(_ purpose: Purpose, text: String = "", maximumLength: Int = TextInput.maximumLength) {
        self.purpose = purpose
        limit = maximumLength
        self.text = String(text.prefix(maximumLength))
    }

    /// Applies a key: printable characters are typed, Backspace erases, Enter confirms, Esc cancels.
    public mutating func handle(_ key: Key) -> Outcome {
        switch key {
        case .character(let character):
            if text.count < limit, !character.unicodeScalars.contains(where: { $0.properties.generalCategory == .control }) {
                text.append(character)
            }
            return .editing
        case .backspace:
            if !text.isEmpty { text.removeLast() }
            return .editing
        case .enter:
            return .confirmed(text.trimmingCharacters(in: " "))
        case .escape:
            return .cancelled
        default:
            return .editing
        }
    }
}

extension String {
    /// The string without leading and trailing `character`s.
    func trimmingCharacters(in character: Character) -> String {
        var text = Substring(self)
        while text.first == character { text = text.dropFirst() }
        while text.last == character { text = text.dropLast() }
        return String(text)
    }
}
