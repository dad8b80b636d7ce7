import Foundation
import VartaCore

/// How diagrams look: shapes and colours per kind of node and edge.
///
/// Colours come from the Okabe–Ito palette, which stays distinguishable with the
/// common forms of colour blindness; line styles repeat what colour says.
public enum DOTStyle {
    /// Fonts in preference order; Noto Sans covers Latin, Noto Sans Devanagari covers Hindi
    /// (Debian's `fonts-noto-core`). Pango falls back per script within this list.
    public static let fontName = "Noto Sans,Noto Sans Devanagari,sans-serif"

    struct NodeLook {
        let shape: String
        let style: String
        let fill: String
        let border: String
    }

    struct EdgeLook {
        let color: String
        let style: String
        let arrowhead: String
        let penScale: Double
    }

    static func look(for kind: EntityKind) -> NodeLook {
        switch kind {
        case .person: NodeLook(shape: "ellipse", style: "filled", fill: "#DCEBF7", border: "#0072B2")
        case .country: NodeLook(shape: "box", style: "filled,rounded", fill: "#FCEBC6", border: "#E69F00")
        case .organization: NodeLook(shape: "hexagon", style: "filled", fill: "#F5E1EC", border: "#CC79A7")
        }
    }

    static func look(for kind: RelationKind, polarity: Polarity?) -> EdgeLook {
        switch kind {
        case .meeting:
            EdgeLook(color: "#0072B2", style: "solid", arrowhead: "none", penScale: 1.0)
        case .statement:
            switch polarity ?? .neutral {
            case .positive: EdgeLook(color: "#009E73", style: "solid", arrowhead: "normal", penScale: 1.0)
            case .negative: EdgeLook(color: "#D55E00", style: "bold", arrowhead: "normal", penScale: 1.0)
            case .neutral: EdgeLook(color: "#6E6E6E", style: "dashed", arrowhead: "open", penScale: 0.9)
            }
        case .membership:
            EdgeLook(color: "#A0A0A0", style: "dotted", arrowhead: "empty", penScale: 0.8)
        case .affiliation:
            EdgeLook(color: "#B8B8B8", style: "dashed", arrowhead: "odot", penScale: 0.7)
        }
    }

    /// Line width grows with the number of supporting documents, slowly and up to a cap.
    static func penWidth(weight: Int, scale: Double) -> Double {
        let width = (1.2 + 1.1 * log2(Double(max(weight, 1)))) * scale
        return min(width, 6.0)
    }

    /// `penWidth` as DOT text with two decimals. A width reaches 6 by weight 50, so small
    /// weights are formatted once and kept: `String(format:)` per edge was a tenth of the
    /// time of writing a large graph.
    static func penWidthText(weight: Int, scale: Double) -> String {
        func text() -> String { String(format: "%.2f", penWidth(weight: weight, scale: scale)) }
        guard (1...64).contains(weight), let row = penWidthScales.firstIndex(of: scale) else { return text() }
        return penWidthTexts[row][weight - 1]
    }

    /// The pen scales that `look(for:polarity:)` uses, and their widths for weights 1 to 64.
    private static let penWidthScales: [Double] = Array(Set(RelationKind.allCases.flatMap { kind in
        [nil, Polarity.positive, .negative, .neutral].map { look(for: kind, polarity: $0).penScale }
    })).sorted()
    private static let penWidthTexts: [[String]] = penWidthScales.map { scale in
        (1...64).map { String(format: "%.2f", penWidth(weight: $0, scale: scale)) }
    }

    /// The legend as a Graphviz HTML-like table: a swatch per node kind, a coloured
    /// line per edge kind. Fixed text only, so nothing in it needs escaping.
    static var legendTable: String {
        var rows = #"<TR><TD COLSPAN="2"><B>Legend</B></TD></TR>"#
        for kind in EntityKind.allCases {
            let look = look(for: kind)
            rows += #"<TR><TD BGCOLOR="\#(look.fill)" COLOR="\#(look.border)" BORDER="1" WIDTH="28"> </TD>"#
                + #"<TD ALIGN="LEFT">\#(kind.rawValue)</TD></TR>"#
        }
        let edgeRows: [(EdgeLook, String)] = [
            (look(for: .meeting, polarity: nil), "meeting"),
            (look(for: .statement, polarity: .positive), "positive statement →"),
            (look(for: .statement, polarity: .negative), "negative statement →"),
            (look(for: .statement, polarity: .neutral), "neutral statement →"),
            (look(for: .membership, polarity: nil), "member of →"),
            (look(for: .affiliation, polarity: nil), "holds office of →"),
        ]
        for (look, text) in edgeRows {
            rows += #"<TR><TD><FONT COLOR="\#(look.color)"><B>———</B></FONT></TD>"#
                + #"<TD ALIGN="LEFT">\#(text)</TD></TR>"#
        }
        return #"<TABLE BORDER="0" CELLBORDER="0" CELLSPACING="2" CELLPADDING="2">\#(rows)</TABLE>"#
    }

    /// Colours of a diff's statuses: added bluish green, removed vermillion (and dashed),
    /// changed orange, unchanged grey (Okabe–Ito, as the rest).
    struct StatusLook {
        let line: String
        let fill: String
        let dashed: Bool
    }

    static func look(for status: GraphDiff.Status) -> StatusLook {
        switch status {
        case .added: StatusLook(line: "#009E73", fill: "#D3F0E6", dashed: false)
        case .removed: StatusLook(line: "#D55E00", fill: "#FBE1D3", dashed: true)
        case .changed: StatusLook(line: "#E69F00", fill: "#FDEFD2", dashed: false)
        case .unchanged: StatusLook(line: "#9A9A9A", fill: "#F2F2F2", dashed: false)
        }
    }

    /// The legend of a diff drawing: one coloured line and swatch per status.
    static var statusLegendTable: String {
        var rows = #"<TR><TD COLSPAN="2"><B>Changes</B></TD></TR>"#
        for status in GraphDiff.Status.allCases {
            let look = look(for: status)
            rows += #"<TR><TD BGCOLOR="\#(look.fill)" COLOR="\#(look.line)" BORDER="1" WIDTH="28"> </TD>"#
                + #"<TD ALIGN="LEFT"><FONT COLOR="\#(look.line)">\#(status.rawValue)</FONT></TD></TR>"#
        }
        return #"<TABLE BORDER="0" CELLBORDER="0" CELLSPACING="2" CELLPADDING="2">\#(rows)</TABLE>"#
    }
}
