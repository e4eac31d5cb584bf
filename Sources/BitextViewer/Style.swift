/// How a cell is drawn: a foreground colour and a few SGR attributes.
package struct Style: Sendable, Hashable {
    /// The eight ANSI colours, used only when colour is on.
    package enum Color: UInt8, Sendable, Hashable {
        case black = 0
        case red, green, yellow, blue, magenta, cyan, white
    }

    package var foreground: Color?
    package var bold = false
    package var dim = false
    package var reverse = false
    package var underline = false

    package init(
        foreground: Color? = nil, bold: Bool = false, dim: Bool = false, reverse: Bool = false,
        underline: Bool = false
    ) {
        self.foreground = foreground
        self.bold = bold
        self.dim = dim
        self.reverse = reverse
        self.underline = underline
    }

    package static let plain = Style()

    /// The SGR escape that sets this style from a reset state; colours only when `color` is on.
    package func sgr(color: Bool) -> String {
        var codes = ["0"]
        if bold { codes.append("1") }
        if dim { codes.append("2") }
        if underline { codes.append("4") }
        if reverse { codes.append("7") }
        if color, let foreground { codes.append("3\(foreground.rawValue)") }
        return "\u{1B}[" + codes.joined(separator: ";") + "m"
    }
}
