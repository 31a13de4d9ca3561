/// The bottom row: the keys that work now, or the latest status message.
struct FooterView {
    let app: App

    /// The key hints for what is on screen.
    var hints: String {
        let arrows = app.configuration.glyphs == .unicode ? "↑↓" : "j/k"
        if let input = app.input {
            switch input.purpose {
            case .rationale: return "Enter take the decision (empty: no reason)  Esc back to the options"
            case .note: return "Enter add the note  Esc cancel"
            case .roleName: return "Enter save the name  Esc cancel"
            case .argument: return "Enter vote with this argument  Esc cancel"
            }
        }
        switch app.overlay {
        case .help: return "any key: close the help"
        case .confirmQuit: return "y quit  n keep playing"
        case nil: break
        }
        switch app.page {
        case .picker:
            return "\(arrows) choose  Enter open  1-9 open that one  ? help  q quit"
        case .briefing:
            return "\(arrows) select  e/Enter name a player  s start" + (app.briefing?.cameFromPicker == true ? "  Esc back" : "") + "  ? help  q quit"
        case .drill:
            if app.session?.paused == true { return "p resume  n note  ? help  q quit" }
            if !app.isDrillRunning { return "Enter debrief  PgUp/PgDn scroll  ? help  q quit" }
            return "\(arrows) select  1-9 pick  Enter choose" + (app.team == nil ? "" : "  c commit the leading vote")
                + "  n note  p pause  f facilitator  ? help  q quit"
        case .debrief:
            return "\(arrows) PgUp/PgDn scroll" + (app.configuration.canExportReport ? "  r export report" : "") + "  Esc timeline  ? help  q quit"
        }
    }

    func render(into screen: inout Screen, rect: Rect, glyphs: Glyphs) {
        if let status = app.status {
            screen.write(" " + status, x: rect.x, y: rect.y, limit: rect.width, style: Style(.accent, bold: true), ellipsis: glyphs.ellipsis)
        } else {
            screen.write(" " + hints, x: rect.x, y: rect.y, limit: rect.width, style: .muted, ellipsis: glyphs.ellipsis)
        }
    }
}

extension String {
    /// The text with arrows spelled in ASCII, for terminals without UTF-8.
    func replacingArrows() -> String {
        var result = ""
        for character in self {
            switch character {
            case "↑": result += "Up"
            case "↓": result += "Down"
            default: result.append(character)
            }
        }
        return result
    }
}
