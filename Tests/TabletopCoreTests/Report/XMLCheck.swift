import Foundation
#if canImport(FoundationXML)
import FoundationXML
#endif

/// Parses XHTML-compatible HTML with Foundation's XML parser: it must be well-formed; returns the element names used.
enum XMLCheck {
    static let allowedElements: Set<String> = [
        "html", "head", "meta", "title", "style", "body", "main", "section", "h1", "h2", "h3", "p", "dl", "dt", "dd", "ul", "li",
        "table", "thead", "tbody", "tr", "th", "td", "strong", "code", "br", "figure", "figcaption",
        "svg", "line", "text", "rect", "circle", "polygon",
    ]

    static func elements(_ html: String) throws -> Set<String> {
        final class Collector: NSObject, XMLParserDelegate {
            var names: Set<String> = []
            func parser(_ parser: XMLParser, didStartElement name: String, namespaceURI: String?, qualifiedName: String?, attributes: [String: String] = [:]) {
                names.insert(name)
            }
        }
        let parser = XMLParser(data: Data(html.utf8))
        let collector = Collector()
        parser.delegate = collector
        guard parser.parse() else {
            throw XMLCheckError(message: "\(parser.parserError.map(String.init(describing:)) ?? "?") at line \(parser.lineNumber), column \(parser.columnNumber)")
        }
        return collector.names
    }

    struct XMLCheckError: Error, CustomStringConvertible {
        var message: String
        var description: String { message }
    }
}
