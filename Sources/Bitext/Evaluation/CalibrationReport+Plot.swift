import Foundation

extension CalibrationReport {
    /// The report as an SVG picture: the reliability diagram (accuracy of each confidence bin against the
    /// diagonal a calibrated confidence follows) beside the precision–recall curve of the thresholds.
    package func svg(title: String) -> String {
        let panel = 300.0
        let margin = 50.0
        let width = margin * 3 + panel * 2
        let height = panel + margin * 2 + 20
        var out = """
            <svg xmlns="http://www.w3.org/2000/svg" width="\(Int(width))" height="\(Int(height))" \
            viewBox="0 0 \(Int(width)) \(Int(height))" font-family="sans-serif" font-size="12">
            <rect width="100%" height="100%" fill="white"/>
            <text x="\(Self.number(width / 2))" y="20" text-anchor="middle" font-size="14">\(Self.escaped(title))</text>

            """
        // Panel origins (top left of each plotting square).
        let left = (x: margin, y: margin)
        let right = (x: margin * 2 + panel, y: margin)
        func point(_ origin: (x: Double, y: Double), _ x: Double, _ y: Double) -> String {
            Self.number(origin.x + x * panel) + "," + Self.number(origin.y + (1 - y) * panel)
        }
        for (origin, xLabel, yLabel) in [
            (left, "confidence", "share of pairs right"), (right, "recall (of gold beads)", "precision"),
        ] {
            out += Self.axes(x: origin.x, y: origin.y, size: panel, xLabel: xLabel, yLabel: yLabel)
        }
        // Reliability: a bar per bin (height = accuracy), the mean confidence as a dot, the diagonal.
        out += "<polyline points=\"\(point(left, 0, 0)) \(point(left, 1, 1))\" stroke=\"#999\" "
        out += "stroke-dasharray=\"4 3\" fill=\"none\"/>\n"
        for bin in bins where bin.pairs > 0 {
            let x = left.x + bin.lower * panel
            let top = left.y + (1 - bin.accuracy) * panel
            out +=
                "<rect x=\"\(Self.number(x + 2))\" y=\"\(Self.number(top))\" width=\"\(Self.number(panel / 10 - 4))\" "
            out += "height=\"\(Self.number(bin.accuracy * panel))\" fill=\"#4a7bd0\" fill-opacity=\"0.7\">"
            out += "<title>\(bin.pairs) pairs, mean confidence \(Self.number(bin.meanConfidence)), "
            out += "right \(Self.number(bin.accuracy))</title></rect>\n"
            out += "<circle cx=\"\(Self.number(left.x + bin.meanConfidence * panel))\" "
            out += "cy=\"\(Self.number(left.y + (1 - bin.meanConfidence) * panel))\" r=\"3\" fill=\"#d04a4a\"/>\n"
        }
        out += "<text x=\"\(Self.number(left.x + 6))\" y=\"\(Self.number(left.y + 14))\">"
        out += "ECE \(String(format: "%.3f", ece)), Brier \(String(format: "%.3f", brier)), \(pairs) pairs</text>\n"
        // Precision–recall: one point a threshold, joined in order.
        let points = thresholds.map { point(right, $0.recall, $0.precision) }.joined(separator: " ")
        out += "<polyline points=\"\(points)\" stroke=\"#4a7bd0\" stroke-width=\"2\" fill=\"none\"/>\n"
        for threshold in thresholds {
            let position = point(right, threshold.recall, threshold.precision).split(separator: ",")
            out += "<circle cx=\"\(position[0])\" cy=\"\(position[1])\" r=\"3\" fill=\"#4a7bd0\">"
            out +=
                "<title>--min-score \(Self.number(threshold.minimum)): \(threshold.kept) pairs kept</title></circle>\n"
        }
        out += "<text x=\"\(Self.number(right.x + 6))\" y=\"\(Self.number(right.y + panel - 8))\">"
        out += "AUC \(String(format: "%.3f", auc)); dots: --min-score 0 … 0.99</text>\n"
        return out + "</svg>\n"
    }

    /// A square plotting area with ticks at 0, 0.5 and 1 and its axis labels.
    private static func axes(x: Double, y: Double, size: Double, xLabel: String, yLabel: String) -> String {
        var out = "<rect x=\"\(number(x))\" y=\"\(number(y))\" width=\"\(number(size))\" height=\"\(number(size))\" "
        out += "fill=\"none\" stroke=\"black\"/>\n"
        for tick in [0.0, 0.5, 1.0] {
            out += "<text x=\"\(number(x + tick * size))\" y=\"\(number(y + size + 14))\" text-anchor=\"middle\">"
            out += "\(number(tick))</text>\n"
            out += "<text x=\"\(number(x - 6))\" y=\"\(number(y + (1 - tick) * size + 4))\" text-anchor=\"end\">"
            out += "\(number(tick))</text>\n"
        }
        out += "<text x=\"\(number(x + size / 2))\" y=\"\(number(y + size + 32))\" text-anchor=\"middle\">"
        out += "\(escaped(xLabel))</text>\n"
        let middle = y + size / 2
        out += "<text x=\"\(number(x - 34))\" y=\"\(number(middle))\" text-anchor=\"middle\" "
        out += "transform=\"rotate(-90 \(number(x - 34)) \(number(middle)))\">\(escaped(yLabel))</text>\n"
        return out
    }

    /// `value` with at most three decimals, no trailing zeros: the same bytes on every platform.
    static func number(_ value: Double) -> String {
        var text = String(format: "%.3f", value)
        while text.hasSuffix("0") { text.removeLast() }
        if text.hasSuffix(".") { text.removeLast() }
        return text == "-0" ? "0" : text
    }

    static func escaped(_ text: String) -> String {
        text.replacingOccurrences(of: "&", with: "&amp;").replacingOccurrences(of: "<", with: "&lt;")
            .replacingOccurrences(of: ">", with: "&gt;").replacingOccurrences(of: "\"", with: "&quot;")
    }
}
