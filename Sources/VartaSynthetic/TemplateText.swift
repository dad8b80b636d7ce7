/// Fills `{name}` placeholders in a template (pure Swift: Foundation's
/// `replacingOccurrences` is many times slower on Devanagari text).
enum TemplateText {
    static func fill(_ template: String, _ value: (Substring) -> String) -> String {
        var result = ""
        var rest = template[...]
        while let open = rest.firstIndex(of: "{"), let close = rest[open...].firstIndex(of: "}") {
            result += rest[..<open]
            result += value(rest[rest.index(after: open)..<close])
            rest = rest[rest.index(after: close)...]
        }
        return result + rest
    }
}
