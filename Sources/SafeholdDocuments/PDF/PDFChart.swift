/// The incidents-over-time chart as vector bars, the same grouping and colours as the HTML chart.
struct PDFChart {
    let data: ChartData
    private let height = 150.0
    private let left = PDFCanvas.margin + 26

    mutating func draw(on canvas: inout PDFCanvas) {
        guard !data.buckets.isEmpty, data.maxTotal > 0 else {
            let units = TextShaper.line(
                "No incidents with a date were found for this period.",
                faces: &canvas.faces,
                face: 0
            )
            canvas.paragraph(units, size: 10)
            return
        }
        canvas.ensure(height + 40 + Double((data.kinds.count + 2) / 3) * 14)
        canvas.skip(height + 6)
        let base = canvas.y
        let top = HTMLChart.niceMax(data.maxTotal)
        scale(top: top, base: base, canvas: &canvas)
        bars(top: top, base: base, canvas: &canvas)
        canvas.skip(22)
        legend(canvas: &canvas)
    }

    private func scale(top: Int, base: Double, canvas: inout PDFCanvas) {
        for step in 0...4 {
            let value = top * step / 4
            let y = base + height * Double(step) / 4
            canvas.fill(x: left, y: y, width: PDFCanvas.pageWidth - PDFCanvas.margin - left, height: 0.4, gray: 0.75)
            let units = TextShaper.line(String(value), faces: &canvas.faces, face: 0)
            let width = Double(units.reduce(0) { $0 + $1.width }) * 7.5 / 1000
            canvas.draw(units, x: left - 4 - width, baseline: y - 2.5, size: 7.5)
        }
    }

    private func bars(top: Int, base: Double, canvas: inout PDFCanvas) {
        let slot = (PDFCanvas.pageWidth - PDFCanvas.margin - left) / Double(data.buckets.count)
        let every = max(1, Int((40 / slot).rounded(.up)))
        for (i, bucket) in data.buckets.enumerated() {
            var y = base
            let x = left + Double(i) * slot + slot * 0.1
            for (k, count) in bucket.counts.enumerated() where count > 0 {
                let h = height * Double(count) / Double(top)
                canvas.fill(x: x, y: y, width: max(0.5, slot * 0.8), height: h, rgb: ChartData.colour(k).rgb)
                y += h
            }
            if i % every == 0 {
                let units = TextShaper.line(ReportDates.shortDay(bucket.firstDay), faces: &canvas.faces, face: 0)
                canvas.draw(units, x: x, baseline: base - 11, size: 7)
            }
        }
    }

    private func legend(canvas: inout PDFCanvas) {
        for row in stride(from: 0, to: data.kinds.count, by: 3) {
            canvas.skip(14)
            for k in row..<min(row + 3, data.kinds.count) {
                let x = left + Double(k - row) * 160
                canvas.fill(x: x, y: canvas.y, width: 9, height: 9, rgb: ChartData.colour(k).rgb)
                let units = TextShaper.line(String(data.kinds[k].prefix(30)), faces: &canvas.faces, face: 0)
                canvas.draw(units, x: x + 13, baseline: canvas.y + 1, size: 8.5)
            }
        }
        canvas.skip(8)
    }
}
