/// The incidents-over-time chart as inline SVG: stacked bars per period, a scale and a legend.
enum HTMLChart {
    private static let width = 900.0
    private static let plotHeight = 220.0
    private static let left = 52.0
    private static let right = 30.0
    private static let top = 12.0

    /// The SVG for `data`, or a sentence when there is nothing to draw.
    static func svg(_ data: ChartData) -> String {
        guard !data.buckets.isEmpty, data.maxTotal > 0 else {
            return "<p>No incidents with a date were found for this period.</p>"
        }
        let legendRows = (data.kinds.count + 2) / 3
        let height = top + plotHeight + 40 + Double(legendRows) * 22
        var out =
            "<svg class=\"chart\" xmlns=\"http://www.w3.org/2000/svg\" viewBox=\"0 0 \(Int(width)) \(Int(height))\""
        out += " role=\"img\" aria-label=\"Incidents over time by kind\">"
        out += scale(data)
        out += bars(data)
        out += axisLabels(data)
        out += legend(data, y: top + plotHeight + 44)
        return out + "</svg>"
    }

    private static func scale(_ data: ChartData) -> String {
        let top = niceMax(data.maxTotal)
        var out = ""
        for step in 0...4 {
            let value = top * step / 4
            let y = Self.top + plotHeight - plotHeight * Double(value) / Double(top)
            out += "<line x1=\"\(left)\" y1=\"\(fmt(y))\" x2=\"\(width - right)\" y2=\"\(fmt(y))\" stroke=\"#ccc\"/>"
            out += "<text x=\"\(left - 6)\" y=\"\(fmt(y + 4))\" text-anchor=\"end\" font-size=\"15\">\(value)</text>"
        }
        return out
    }

    private static func bars(_ data: ChartData) -> String {
        let top = Double(niceMax(data.maxTotal))
        let slot = (width - left - right) / Double(data.buckets.count)
        let barWidth = max(1, slot * 0.8)
        var out = ""
        for (i, bucket) in data.buckets.enumerated() {
            var y = Self.top + plotHeight
            let x = left + Double(i) * slot + (slot - barWidth) / 2
            for (k, count) in bucket.counts.enumerated() where count > 0 {
                let h = plotHeight * Double(count) / top
                y -= h
                out += "<rect x=\"\(fmt(x))\" y=\"\(fmt(y))\" width=\"\(fmt(barWidth))\" height=\"\(fmt(h))\""
                out += " fill=\"\(ChartData.colour(k).hex)\"><title>"
                out += HTMLEscape.text("\(ReportDates.isoDay(bucket.firstDay)): \(data.kinds[k]) \(count)")
                out += "</title></rect>"
            }
        }
        return out
    }

    private static func axisLabels(_ data: ChartData) -> String {
        let slot = (width - left - right) / Double(data.buckets.count)
        let every = max(1, Int((80 / slot).rounded(.up)))
        var out = ""
        for (i, bucket) in data.buckets.enumerated() where i % every == 0 {
            let x = left + Double(i) * slot + slot / 2
            out += "<text x=\"\(fmt(x))\" y=\"\(fmt(top + plotHeight + 20))\" text-anchor=\"middle\" font-size=\"15\">"
            out += HTMLEscape.text(ReportDates.shortDay(bucket.firstDay)) + "</text>"
        }
        return out
    }

    private static func legend(_ data: ChartData, y: Double) -> String {
        var out = ""
        for (k, kind) in data.kinds.enumerated() {
            let x = left + Double(k % 3) * 280
            let rowY = y + Double(k / 3) * 22
            out +=
                "<rect x=\"\(fmt(x))\" y=\"\(fmt(rowY - 12))\" width=\"14\" height=\"14\" fill=\"\(ChartData.colour(k).hex)\"/>"
            out += "<text x=\"\(fmt(x + 18))\" y=\"\(fmt(rowY))\" font-size=\"15\">"
            out += HTMLEscape.text(String(kind.prefix(32))) + "</text>"
        }
        return out
    }

    /// A round number at or above `value` for the top of the scale, divisible by 4.
    static func niceMax(_ value: Int) -> Int {
        var step = 1
        while step * 4 < value {
            if step * 8 >= value { return step * 8 }
            if step * 20 >= value { return step * 20 }
            step *= 10
        }
        return step * 4
    }

    private static func fmt(_ value: Double) -> String {
        String(Double(Int((value * 10).rounded())) / 10)
    }
}
