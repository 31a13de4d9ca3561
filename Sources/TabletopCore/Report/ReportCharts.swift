/// The report's inline SVG charts: no scripts, no external assets, readable in greyscale and in print.
enum ReportCharts {
    /// Fill colours of the HSEEP ratings.
    static func colour(_ rating: Rating) -> String {
        switch rating {
        case .P: return "#2e7d32"
        case .S: return "#827717"
        case .M: return "#e65100"
        case .U: return "#b71c1c"
        }
    }

    /// One bar per rated phase: the share of its credit earned, the rating letter, and the 0.3, 0.6 and 0.9 thresholds.
    static func phases(_ report: AfterActionReport) -> String {
        let rated = report.phases.filter { $0.rating != nil }
        let left = 120.0, barWidth = 400.0, rowHeight = 30.0, top = 24.0
        let height = top + rowHeight * Double(rated.count) + 8
        var svg = open(width: 640, height: height, label: "Phase ratings")
        for (threshold, letter) in [(0.3, "M"), (0.6, "S"), (0.9, "P")] {
            let x = left + barWidth * threshold
            svg += line(x, top - 6, x, height - 8, stroke: "#757575", dashed: true)
            svg += text(x, top - 10, "\(letter) \(Int(threshold * 100))%", anchor: "middle", size: 11, fill: "#424242")
        }
        for (row, phase) in rated.enumerated() {
            let y = top + rowHeight * Double(row)
            let ratio = phase.possible > 0 ? min(1, phase.earned / Double(phase.possible)) : 0
            svg += text(left - 8, y + 19, phase.phase?.title ?? "", anchor: "end", size: 13, fill: "#212121")
            svg += "<rect x=\"\(number(left))\" y=\"\(number(y + 5))\" width=\"\(number(barWidth))\" height=\"20\" fill=\"#eeeeee\" stroke=\"#bdbdbd\"/>"
            svg += "<rect x=\"\(number(left))\" y=\"\(number(y + 5))\" width=\"\(number(barWidth * ratio))\" height=\"20\" fill=\"\(colour(phase.rating!))\"/>"
            svg += text(left + barWidth + 10, y + 19, "\(phase.rating!.rawValue)  \(JSONOutput.format(phase.earned))/\(phase.possible)", anchor: "start", size: 13, fill: "#212121", bold: true)
        }
        return svg + "</svg>"
    }

    /// The decisions on the scenario clock (a lane of numbered dots) above one lane per playbook deadline:
    /// the deadline as a red tick, and when the expectation was met (a diamond: green on time, orange late) or `missed`.
    static func clock(_ report: AfterActionReport) -> String {
        let latest = ([report.overview.scenarioMinutes] + report.deadlines.map(\.by) + report.decisions.map(\.clock)).max() ?? 0
        let step = [15, 30, 60, 120, 240, 480, 960, 1440, 2880, 5760].first { latest / $0 < 8 } ?? max(1, latest / 8)
        // Room past the latest moment, so that a mark there and its label stay inside.
        let span = (latest / step + 1) * step
        let left = 240.0, plotWidth = 400.0, laneHeight = 26.0, top = 10.0
        let lanes = 1 + report.deadlines.count
        let axisY = top + laneHeight * Double(lanes) + 6
        let height = axisY + 30
        func x(_ minutes: Int) -> Double { left + plotWidth * Double(minutes) / Double(span) }

        var svg = open(width: 720, height: height, label: "Decisions and deadlines on the scenario clock")
        svg += line(left, axisY, left + plotWidth, axisY, stroke: "#424242", dashed: false)
        for tick in stride(from: 0, through: span, by: step) {
            svg += line(x(tick), axisY, x(tick), axisY + 4, stroke: "#424242", dashed: false)
            svg += text(x(tick), axisY + 17, ClockText.format(tick), anchor: "middle", size: 10, fill: "#424242")
        }
        svg += text(left - 8, top + 17, "Decisions", anchor: "end", size: 12, fill: "#212121", bold: true)
        svg += line(left, top + 13, left + plotWidth, top + 13, stroke: "#e0e0e0", dashed: false)
        for decision in report.decisions {
            svg += "<circle cx=\"\(number(x(decision.clock)))\" cy=\"\(number(top + 13))\" r=\"7\" fill=\"#1565c0\"><title>\(ReportEscaping.html("Decision \(decision.sequence) at \(ClockText.format(decision.clock)): \(decision.option)"))</title></circle>"
            svg += text(x(decision.clock), top + 17, String(decision.sequence), anchor: "middle", size: 10, fill: "#ffffff", bold: true)
        }
        for (lane, deadline) in report.deadlines.enumerated() {
            let y = top + laneHeight * Double(lane + 1) + 13
            svg += text(left - 8, y + 4, truncated(deadline.title, 36), anchor: "end", size: 11, fill: "#212121")
            svg += line(left, y, x(deadline.by), y, stroke: "#bdbdbd", dashed: false)
            svg += line(x(deadline.by), y - 9, x(deadline.by), y + 9, stroke: "#b71c1c", dashed: false, width: 2)
            if let done = deadline.doneAt {
                let onTime = done <= deadline.by
                let cx = x(done)
                svg += "<polygon points=\"\(number(cx)),\(number(y - 7)) \(number(cx + 7)),\(number(y)) \(number(cx)),\(number(y + 7)) \(number(cx - 7)),\(number(y))\" fill=\"\(onTime ? "#2e7d32" : "#e65100")\"><title>\(ReportEscaping.html("\(deadline.title): done at \(ClockText.format(done)), due by \(ClockText.format(deadline.by))"))</title></polygon>"
                if !onTime { svg += text(cx + 10, y + 4, "late", anchor: "start", size: 10, fill: "#e65100") }
            } else {
                svg += text(x(deadline.by) + 6, y + 4, "missed", anchor: "start", size: 10, fill: "#b71c1c", bold: true)
            }
        }
        return svg + "</svg>"
    }

    private static func open(width: Double, height: Double, label: String) -> String {
        "<svg xmlns=\"http://www.w3.org/2000/svg\" viewBox=\"0 0 \(number(width)) \(number(height))\" width=\"\(number(width))\" height=\"\(number(height))\" role=\"img\" aria-label=\"\(ReportEscaping.html(label))\" font-family=\"sans-serif\">"
    }

    private static func line(_ x1: Double, _ y1: Double, _ x2: Double, _ y2: Double, stroke: String, dashed: Bool, width: Double = 1) -> String {
        "<line x1=\"\(number(x1))\" y1=\"\(number(y1))\" x2=\"\(number(x2))\" y2=\"\(number(y2))\" stroke=\"\(stroke)\" stroke-width=\"\(number(width))\"\(dashed ? " stroke-dasharray=\"4 3\"" : "")/>"
    }

    private static func text(_ x: Double, _ y: Double, _ content: String, anchor: String, size: Int, fill: String, bold: Bool = false) -> String {
        "<text x=\"\(number(x))\" y=\"\(number(y))\" text-anchor=\"\(anchor)\" font-size=\"\(size)\" fill=\"\(fill)\"\(bold ? " font-weight=\"bold\"" : "")>\(ReportEscaping.html(SafeText.singleLine(content)))</text>"
    }

    private static func truncated(_ text: String, _ length: Int) -> String {
        text.count <= length ? text : String(text.prefix(length - 1)) + "…"
    }

    /// Coordinates to one decimal, without a trailing `.0`.
    private static func number(_ value: Double) -> String {
        JSONOutput.format((value * 10).rounded() / 10)
    }
}
