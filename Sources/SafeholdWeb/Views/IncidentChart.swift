import Foundation
import Safehold
import SafeholdCore

/// A bar chart of findings per week by how serious they are, drawn as SVG by the server, so the
/// page needs no script. Everything in it is numbers and fixed words; no imported text.
enum IncidentChart {
    static let weeks = 12
    static let severities: [(Severity, String)] = [(.urgent, "#7a2e2e"), (.high, "#a04a1a"), (.medium, "#c99a2e"), (.low, "#8aa0aa")]

    /// Counts per week (oldest first) and severity for the weeks before `now`.
    static func counts(_ entries: [(Date, Severity)], now: Date) -> [[Severity: Int]] {
        var buckets = Array(repeating: [Severity: Int](), count: weeks)
        for (date, severity) in entries {
            // A day ahead is a clock or time-zone difference and counts as now; further ahead is ignored.
            let seconds = now.timeIntervalSince(date)
            guard seconds > -86_400 else { continue }
            let age = Int(max(0, seconds) / (7 * 86_400))
            guard age < weeks else { continue }
            buckets[weeks - 1 - age][severity, default: 0] += 1
        }
        return buckets
    }

    /// The chart as shapes for the home page's SVG (the template draws them, escaped like all else).
    static func model(_ buckets: [[Severity: Int]]) -> ChartModel {
        let width = 640, height = 200, left = 36, bottom = 28
        let peak = max(1, buckets.map { $0.values.reduce(0, +) }.max() ?? 1)
        let barWidth = (width - left) / max(1, buckets.count)
        var bars: [ChartModel.Bar] = []
        var labels: [ChartModel.Label] = []
        for (index, bucket) in buckets.enumerated() {
            var top = height - bottom
            let x = left + index * barWidth + 4
            for (severity, colour) in severities {
                let count = bucket[severity] ?? 0
                guard count > 0 else { continue }
                let barHeight = max(2, (height - bottom - 20) * count / peak)
                top -= barHeight
                bars.append(.init(x: x, y: top, width: barWidth - 8, height: barHeight, colour: colour, title: "\(count) \(severity.rawValue)"))
            }
            if index % 2 == 1 || index == buckets.count - 1 {
                let text = index == buckets.count - 1 ? "this week" : "\(buckets.count - 1 - index) wk ago"
                labels.append(.init(x: x + (barWidth - 8) / 2, y: height - 8, text: text))
            }
        }
        let total = buckets.reduce(0) { $0 + $1.values.reduce(0, +) }
        return ChartModel(
            width: width, height: height, axisX: left, axisY: height - bottom, peak: peak, bars: bars, labels: labels,
            summary: "Findings per week over the last \(buckets.count) weeks: \(total) in all, at most \(peak) in one week.")
    }
}

/// The shapes of the chart.
struct ChartModel {
    struct Bar {
        let x: Int
        let y: Int
        let width: Int
        let height: Int
        let colour: String
        let title: String
    }

    struct Label {
        let x: Int
        let y: Int
        let text: String
    }

    let width: Int
    let height: Int
    let axisX: Int
    let axisY: Int
    let peak: Int
    let bars: [Bar]
    let labels: [Label]
    let summary: String
}
