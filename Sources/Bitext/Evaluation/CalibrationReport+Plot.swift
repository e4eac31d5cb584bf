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
        func position(_ origin: (x: Double, y: Double), _ x: Double, _ y: Double) -> (x: String, y: String) {
            (Self.number(origin.x + x * panel), Self.number(origin.y + (1 - y) * panel))
        }
        func point(_ origin: (x: Double, y: Double), _ x: Double, _ y: Double) -> String {
            let position = position(origin, x, y)
            return position.x + "," + position.y
        }
        for (origin, xLabel, yLabel) in [
            (left, "confidence", "share of pairs right"), (right, "recall (of gold beads)", "precision"),
        ] {
            out += Self.axes(x: origin.x, y: origin.y, size: panel, xLabel: xLabel, yLabel: yLabel)
        }
        // Reliability: a bar per bin (height = accuracy), the mean confidence as a dot, the diagonal.
        out += Self.element(
            "polyline",
            [
                "points": "\(point(left, 0, 0)) \(point(left, 1, 1))", "stroke": "#999", "stroke-dasharray": "4 3",
                "fill": "none",
            ])
        for bin in bins where bin.pairs > 0 {
            let x = left.x + bin.lower * panel
            let top = left.y + (1 - bin.accuracy) * panel
            out += Self.element(
                "rect",
                [
                    "x": Self.number(x + 2), "y": Self.number(top), "width": Self.number(panel / 10 - 4),
                    "height": Self.number(bin.accuracy * panel), "fill": "#4a7bd0", "fill-opacity": "0.7",
                ],
                title: "\(bin.pairs) pairs, mean confidence \(Self.number(bin.meanConfidence)), "
                    + "right \(Self.number(bin.accuracy))")
            let dot = position(left, bin.meanConfidence, bin.meanConfidence)
            out += Self.element("circle", ["cx": dot.x, "cy": dot.y, "r": "3", "fill": "#d04a4a"])
        }
        out += Self.element(
            "text", ["x": Self.number(left.x + 6), "y": Self.number(left.y + 14)],
            text: "ECE \(String(format: "%.3f", ece)), Brier \(String(format: "%.3f", brier)), \(pairs) pairs")
        // Precision–recall: one point a threshold, joined in order.
        let points = thresholds.map { point(right, $0.recall, $0.precision) }.joined(separator: " ")
        out += Self.element("polyline", ["points": points, "stroke": "#4a7bd0", "stroke-width": "2", "fill": "none"])
        for threshold in thresholds {
            let dot = position(right, threshold.recall, threshold.precision)
            out += Self.element(
                "circle", ["cx": dot.x, "cy": dot.y, "r": "3", "fill": "#4a7bd0"],
                title: "--min-score \(Self.number(threshold.minimum)): \(threshold.kept) pairs kept")
        }
        out += Self.element(
            "text", ["x": Self.number(right.x + 6), "y": Self.number(right.y + panel - 8)],
            text: "AUC \(String(format: "%.3f", auc)); dots: --min-score 0 … 0.99")
        return out + "</svg>\n"
    }

    /// A square plotting area with ticks at 0, 0.5 and 1 and its axis labels.
    private static func axes(x: Double, y: Double, size: Double, xLabel: String, yLabel: String) -> String {
        var out = element(
            "rect",
            [
                "x": number(x), "y": number(y), "width": number(size), "height": number(size), "fill": "none",
                "stroke": "black",
            ])
        for tick in [0.0, 0.5, 1.0] {
            out += element(
                "text", ["x": number(x + tick * size), "y": number(y + size + 14), "text-anchor": "middle"],
                text: number(tick))
            out += element(
                "text", ["x": number(x - 6), "y": number(y + (1 - tick) * size + 4), "text-anchor": "end"],
                text: number(tick))
        }
        out += element(
            "text", ["x": number(x + size / 2), "y": number(y + size + 32), "text-anchor": "middle"],
            text: escaped(xLabel))
        let middle = y + size / 2
        out += element(
            "text",
            [
                "x": number(x - 34), "y": number(middle), "text-anchor": "middle",
                "transform": "rotate(-90 \(number(x - 34)) \(number(middle)))",
            ], text: escaped(yLabel))
        return out
    }

    /// An SVG element and a line break: `<name a="v" …/>`, or with `text` (markup: escape it first) or a
    /// `title` tooltip between its tags.
    private static func element(
        _ name: String, _ attributes: KeyValuePairs<String, String>, text: String? = nil, title: String? = nil
    ) -> String {
        let opening = "<" + name + attributes.map { " \($0.key)=\"\($0.value)\"" }.joined()
        guard let content = text ?? title.map({ "<title>\($0)</title>" }) else { return opening + "/>\n" }
        return opening + ">" + content + "</" + name + ">\n"
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
