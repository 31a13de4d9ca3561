/// Collects the diagnostics of one file, locating each at a JSON value or a byte offset.
struct DiagnosticSink {
    let file: String
    let document: JSONDocument?
    private var lineIndex: LineIndex?
    /// Each node's container and position, built once more than `pointersFromRoot` diagnostics are reported.
    private var ancestry: JSONDocument.Ancestry?
    /// Diagnostics up to this many have their pointers found from the root: a table of every node's
    /// container costs 25 ms on a 34 MB file, a walk down to one node almost nothing.
    private static var pointersFromRoot: Int { 16 }
    private(set) var diagnostics: [Diagnostic] = []

    init(file: String, document: JSONDocument?) {
        self.file = file
        self.document = document
    }

    /// Whether any error (not warning) was reported.
    var hasErrors: Bool { diagnostics.contains { $0.severity == .error } }

    mutating func error(_ code: String, _ message: String, at node: JSONDocument.Index, hint: String? = nil) {
        report(.error, code, message, offset: document?.offset(node) ?? 0, pointer: pointer(node), hint: hint)
    }

    mutating func warning(_ code: String, _ message: String, at node: JSONDocument.Index, hint: String? = nil) {
        report(.warning, code, message, offset: document?.offset(node) ?? 0, pointer: pointer(node), hint: hint)
    }

    /// The JSON pointer of a value of the document.
    mutating func pointer(_ node: JSONDocument.Index) -> String {
        guard let document else { return "" }
        if ancestry == nil {
            if diagnostics.count < Self.pointersFromRoot { return document.pointerFromRoot(node) }
            ancestry = document.ancestry()
        }
        return document.pointer(node, ancestry: ancestry!)
    }

    /// Reports at a byte offset inside the value `node` (e.g. a position inside a condition string).
    mutating func report(_ severity: Severity, _ code: String, _ message: String, offset: Int, pointer: String, hint: String? = nil) {
        if lineIndex == nil { lineIndex = document.map { LineIndex(document: $0) } ?? LineIndex([]) }
        let location = lineIndex!.location(ofOffset: offset)
        diagnostics.append(Diagnostic(severity, code, message, hint: hint, file: file, location: location, pointer: pointer))
    }

    /// Adds the diagnostics another sink collected for the same file, after this one's.
    mutating func append(contentsOf other: DiagnosticSink) {
        diagnostics.append(contentsOf: other.diagnostics)
    }

    /// Reports a syntax error of the raw bytes, before any document exists.
    static func syntax(_ error: JSONSyntaxError, file: String, bytes: [UInt8]) -> Diagnostic {
        Diagnostic(.error, error.code, error.message, file: file, location: LineIndex(bytes).location(ofOffset: error.offset), pointer: "")
    }

    /// Reports a syntax error of a mapped file, without copying its bytes.
    static func syntax(_ error: JSONSyntaxError, file: String, mapped: MappedFile) -> Diagnostic {
        Diagnostic(.error, error.code, error.message, file: file, location: LineIndex(mapped: mapped).location(ofOffset: error.offset), pointer: "")
    }

    /// Diagnostics sorted by position; at the same place, in the order they were reported.
    var sorted: [Diagnostic] {
        diagnostics.enumerated().sorted { a, b in
            if a.element.location != b.element.location { return a.element.location < b.element.location }
            return a.offset < b.offset
        }.map(\.element)
    }
}
