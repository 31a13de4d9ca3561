/// A grid of styled character cells that the app draws into and the terminal copies out: no I/O of its own.
///
/// Widgets write into it directly, and tests compare its text with snapshots:
/// ```
/// var screen = Screen(Size(width: 20, height: 2))
/// screen.write("漢字 ok", x: 0, y: 0)
/// screen.rowText(0)   // "漢字 ok"
/// ```
public struct Screen: Sendable {
    public private(set) var size: Size
    /// Row-major cells, `size.width * size.height` of them.
    public private(set) var cells: [Cell]
    /// Zero-width scalars (combining marks, joiners) that follow a cell's scalar, by cell index.
    public private(set) var marks: [Int: [Unicode.Scalar]] = [:]

    public init(_ size: Size) {
        self.size = Size(width: max(0, size.width), height: max(0, size.height))
        cells = Array(repeating: .blank(), count: self.size.width * self.size.height)
    }

    public var width: Int { size.width }
    public var height: Int { size.height }
    /// The whole screen as a rectangle.
    public var bounds: Rect { Rect(x: 0, y: 0, width: width, height: height) }

    /// The cell at column `x`, row `y`.
    public subscript(x: Int, y: Int) -> Cell { cells[y * width + x] }

    /// The zero-width scalars drawn with the cell at `x`, `y`.
    public func marks(x: Int, y: Int) -> [Unicode.Scalar] { marks[y * width + x] ?? [] }

    /// Blanks every cell (and changes the size when a new one is given).
    public mutating func clear(resizingTo newSize: Size? = nil) {
        if let newSize, newSize != size {
            self = Screen(newSize)
            return
        }
        for index in cells.indices { cells[index] = .blank() }
        if !marks.isEmpty { marks.removeAll(keepingCapacity: true) }
    }

    /// Fills a rectangle with blanks in `style`.
    public mutating func fill(_ rect: Rect, style: Style = .plain) {
        let clipped = clip(rect)
        guard clipped.width > 0 else { return }
        for y in clipped.y..<clipped.maxY {
            for x in clipped.x..<clipped.maxX { set(x, y, .blank(style)) }
        }
    }

    /// Writes `text` on row `y` from column `x`, at most `limit` columns (to the screen's edge by default).
    ///
    /// Wide characters take two cells and are never split: one that does not fit is left out. Zero-width
    /// scalars join the character before them. With `ellipsis`, text that does not fit ends in that glyph.
    /// Returns the columns written.
    @discardableResult
    public mutating func write(_ text: some StringProtocol, x: Int, y: Int, limit: Int? = nil, style: Style = .plain, ellipsis: String? = nil) -> Int {
        guard y >= 0, y < height, x < width else { return 0 }
        let end = min(width, limit.map { x + max(0, $0) } ?? width)
        if let ellipsis, CharacterWidth.of(text) > end - x {
            let room = end - x - CharacterWidth.of(ellipsis)
            guard room >= 0 else { return 0 }
            let written = put(text, x: x, y: y, end: x + room, style: style)
            return written + put(ellipsis, x: x + written, y: y, end: end, style: style)
        }
        return put(text, x: x, y: y, end: end, style: style)
    }

    /// Writes spans one after another on row `y`; returns the columns written.
    @discardableResult
    public mutating func write(_ spans: [Span], x: Int, y: Int, limit: Int? = nil) -> Int {
        var column = x
        let end = min(width, limit.map { x + max(0, $0) } ?? width)
        for span in spans where column < end {
            column += put(span.text, x: column, y: y, end: end, style: span.style)
        }
        return column - x
    }

    /// Changes the style of the cells of a rectangle, keeping their characters.
    public mutating func restyle(_ rect: Rect, _ change: (inout Style) -> Void) {
        let clipped = clip(rect)
        guard clipped.width > 0 else { return }
        for y in clipped.y..<clipped.maxY {
            for x in clipped.x..<clipped.maxX { change(&cells[y * width + x].style) }
        }
    }

    /// The characters of row `y`, wide characters once, trailing blanks removed.
    public func rowText(_ y: Int) -> String {
        var text = String.UnicodeScalarView()
        for x in 0..<width {
            let cell = self[x, y]
            if cell.isContinuation { continue }
            text.append(cell.scalar)
            if let extra = marks[y * width + x] { text.append(contentsOf: extra) }
        }
        var line = String(text)
        while line.last == " " { line.removeLast() }
        return line
    }

    /// Every row's text, joined by newlines: what snapshot files hold.
    public var text: String {
        (0..<height).map(rowText).joined(separator: "\n")
    }

    private func clip(_ rect: Rect) -> Rect {
        let x0 = max(0, rect.x), y0 = max(0, rect.y)
        return Rect(x: x0, y: y0, width: min(width, rect.maxX) - x0, height: min(height, rect.maxY) - y0)
    }

    /// Puts scalars from column `x` up to `end` (exclusive); returns the columns used.
    private mutating func put(_ text: some StringProtocol, x: Int, y: Int, end: Int, style: Style) -> Int {
        var column = max(0, x)
        var last: Int?
        for scalar in text.unicodeScalars {
            let columns = CharacterWidth.of(scalar)
            if columns == 0 {
                if let last, scalar.value >= 0x20, scalar.value != 0x7F { marks[last, default: []].append(scalar) }
                continue
            }
            if column + columns > end { break }
            set(column, y, Cell(scalar, width: UInt8(columns), style: style))
            last = y * width + column
            if columns == 2 { set(column + 1, y, Cell(" ", width: 0, style: style)) }
            column += columns
        }
        return column - max(0, x)
    }

    /// Sets one cell, blanking the other half of any wide character it cuts through.
    @inline(__always)
    private mutating func set(_ x: Int, _ y: Int, _ cell: Cell) {
        let index = y * width + x
        let old = cells[index]
        if old.width == 0, cell.width != 0, x > 0 { cells[index - 1] = .blank(cells[index - 1].style) }
        if old.width == 2, cell.width != 2, x + 1 < width, cells[index + 1].width == 0 { cells[index + 1] = .blank(old.style) }
        if !marks.isEmpty { marks[index] = nil }
        cells[index] = cell
    }
}
