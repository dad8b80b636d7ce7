import Foundation
#if canImport(FoundationXML)
import FoundationXML
#endif
import Testing
import VartaCore
import VartaFormats
import VartaGraphviz

/// Names and sentences come from the web; drawn into DOT and SVG they must stay text.
@Suite("Injection")
struct InjectionTests {
    static let hostile = [
        #"<script>alert(1)</script>"#, #"javascript:alert(document.cookie)"#, #"" onload="alert(1)"#,
        #"]; a -> b [label="pwned"]; x ["#, "<b>bold</b> & <img src=x onerror=alert(1)>", "bell\u{7}\u{1B}[31m", "}}}}", "\\",
    ]

    /// Every element and attribute of an SVG document.
    final class Collector: NSObject, XMLParserDelegate {
        var elements: [String] = []
        var attributes: [(String, String)] = []
        func parser(_ parser: XMLParser, didStartElement name: String, namespaceURI: String?, qualifiedName: String?,
                    attributes: [String: String] = [:]) {
            elements.append(name)
            self.attributes += attributes.map { ($0.key, $0.value) }
        }
    }

    @Test func hostileLabelsStayTextInDOTAndSVG() throws {
        let entities = InjectionTests.hostile.enumerated().map { index, text in
            Entity(id: "person:\(index)", kind: .person, label: text, names: ["hi": text], mentions: [Mention(text: text)])
        }
        let relations = (1..<entities.count).map { index in
            Relation(kind: .statement, source: "person:0", target: "person:\(index)", polarity: .negative,
                     evidence: [Evidence(document: "web", sentence: InjectionTests.hostile[index])])
        }
        let graph = Graph(entities: entities, relations: relations)
        let dot = DOTWriter.string(graph, options: DOTOptions(legend: true))
        let parsed = try GraphvizRenderer.parse(dot: dot)
        #expect(parsed.nodes.count == entities.count + 1)  // the legend is the one extra node
        #expect(parsed.edges.count == relations.count)

        let svg = try GraphvizRenderer.render(dot: dot, format: .svg, engine: .dot).bytes
        let collector = Collector()
        let parser = XMLParser(data: Data(svg))
        parser.delegate = collector
        #expect(parser.parse(), "SVG is not well-formed XML")
        #expect(!collector.elements.contains { $0.lowercased() == "script" || $0.lowercased() == "foreignobject" })
        #expect(!collector.attributes.contains { $0.0.lowercased().hasPrefix("on") })
        #expect(!collector.attributes.contains { ($0.0.hasSuffix("href")) && $0.1.lowercased().contains("javascript:") })
        let text = String(decoding: svg, as: UTF8.self)
        #expect(text.contains("&lt;script&gt;alert(1)&lt;/script&gt;"))
    }
}
