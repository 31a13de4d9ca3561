import CNcursesw
import TabletopUI

/// Turns what `wget_wch` returned into an event: a key, a resize, or nothing for keys the drill does not use.
public enum KeyDecoder {
    /// What one `wget_wch` result means.
    public enum Decoded: Hashable, Sendable {
        case key(Key)
        case resize
        case ignored
    }

    /// Decodes a character (`isKeyCode` false) or a function key code (`isKeyCode` true, `KEY_CODE_YES` returned).
    public static func decode(_ value: UInt32, isKeyCode: Bool) -> Decoded {
        if isKeyCode {
            switch Int32(value) {
            case KEY_UP: return .key(.up)
            case KEY_DOWN: return .key(.down)
            case KEY_LEFT: return .key(.left)
            case KEY_RIGHT: return .key(.right)
            case KEY_PPAGE: return .key(.pageUp)
            case KEY_NPAGE: return .key(.pageDown)
            case KEY_HOME: return .key(.home)
            case KEY_END: return .key(.end)
            case KEY_ENTER: return .key(.enter)
            case KEY_BACKSPACE: return .key(.backspace)
            case KEY_DC: return .key(.delete)
            case KEY_BTAB: return .key(.backTab)
            case KEY_RESIZE: return .resize
            default: return .ignored
            }
        }
        switch value {
        case 10, 13: return .key(.enter)
        case 27: return .key(.escape)
        case 8, 127: return .key(.backspace)
        case 9: return .key(.tab)
        default:
            guard let scalar = Unicode.Scalar(value), value >= 0x20, !(0x7F...0x9F).contains(value) else { return .ignored }
            return .key(.character(Character(scalar)))
        }
    }
}
