/// Incidents grouped into evenly sized periods for the chart, one stack of kinds per period.
struct ChartData: Equatable {
    /// One bar: the first day it covers and a count per kind, in ``kinds`` order.
    struct Bucket: Equatable {
        var firstDay: Int
        var counts: [Int]
        var total: Int { counts.reduce(0, +) }
    }

    /// The kinds in legend order.
    var kinds: [String]
    /// How many days each bar covers.
    var daysPerBucket: Int
    /// The bars, oldest first, including empty periods.
    var buckets: [Bucket]

    /// The tallest bar.
    var maxTotal: Int { buckets.map(\.total).max() ?? 0 }

    /// The most bars a chart draws; longer periods are grouped into weeks or longer.
    static let maxBuckets = 60

    /// Groups `model.incidentsByDay`; entries whose date cannot be read are left out.
    init(_ model: ReportModel) {
        var kinds = model.kindCounts.map(\.label)
        var kindIndex: [String: Int] = [:]
        for (i, kind) in kinds.enumerated() where kindIndex[kind] == nil { kindIndex[kind] = i }
        var days: [(day: Int, kind: Int, count: Int)] = []
        for entry in model.incidentsByDay {
            guard let day = ReportDates.dayNumber(entry.date), entry.count > 0 else { continue }
            let index = kindIndex[entry.kind] ?? kinds.count
            if index == kinds.count {
                kindIndex[entry.kind] = index
                kinds.append(entry.kind)
            }
            days.append((day, index, min(entry.count, 1 << 30)))
        }
        self.kinds = kinds
        guard let first = days.map(\.day).min(), let last = days.map(\.day).max() else {
            daysPerBucket = 1
            buckets = []
            return
        }
        let span = last - first + 1
        let step = [1, 7, 14, 30, 91, 365].first { span <= $0 * Self.maxBuckets } ?? (span / Self.maxBuckets + 1)
        daysPerBucket = step
        let count = (span + step - 1) / step
        var buckets = (0..<count).map {
            Bucket(firstDay: first + $0 * step, counts: Array(repeating: 0, count: kinds.count))
        }
        for entry in days { buckets[(entry.day - first) / step].counts[entry.kind] += entry.count }
        self.buckets = buckets
    }

    /// A colour for each kind, chosen to stay distinct for colour-blind readers (Okabe and Ito's palette).
    static func colour(_ index: Int) -> (hex: String, rgb: (Double, Double, Double)) {
        let palette: [(String, (Double, Double, Double))] = [
            ("#0072B2", (0.0, 0.447, 0.698)), ("#E69F00", (0.902, 0.624, 0.0)),
            ("#009E73", (0.0, 0.620, 0.451)), ("#CC79A7", (0.8, 0.475, 0.655)),
            ("#56B4E9", (0.337, 0.706, 0.914)), ("#D55E00", (0.835, 0.369, 0.0)),
            ("#F0E442", (0.941, 0.894, 0.259)), ("#555555", (0.333, 0.333, 0.333)),
        ]
        let entry = palette[index % palette.count]
        return (entry.0, entry.1)
    }

    /// A plain description of what one bar covers, for the axis note.
    var periodWords: String {
        switch daysPerBucket {
        case 1: "Each bar is one day."
        case 7: "Each bar is one week."
        default: "Each bar covers \(daysPerBucket) days."
        }
    }
}
