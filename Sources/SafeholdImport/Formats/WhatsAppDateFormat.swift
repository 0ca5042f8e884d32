/// The order of day, month and year in the dates of a WhatsApp chat export, which follows the
/// phone's language and region settings and is written nowhere in the file.
public enum WhatsAppDateOrder: String, Sendable, Hashable, CaseIterable {
    /// `31/12/2023`, `31.12.23`: most of the world.
    case dayFirst = "day-first"
    /// `12/31/23`: the United States and a few others.
    case monthFirst = "month-first"
    /// `2023-12-31`, `2023/12/31`, `23. 12. 31.`: East Asia, Sweden, Hungary, Lithuania and others.
    case yearFirst = "year-first"

    /// Year, month and day from the three numbers as written; two-digit years are 20xx, since
    /// WhatsApp appeared in 2009.
    func civilDate(_ fields: [Int], digits: [Int]) -> (year: Int, month: Int, day: Int) {
        func year(_ index: Int) -> Int { digits[index] <= 2 ? 2000 + fields[index] : fields[index] }
        switch self {
        case .dayFirst: return (year(2), fields[1], fields[0])
        case .monthFirst: return (year(2), fields[0], fields[1])
        case .yearFirst: return (year(0), fields[1], fields[2])
        }
    }
}

/// How Safehold settled the date order of one chat file, so that the import summary and every
/// record can say it: the dates themselves rarely say it outright.
public struct WhatsAppDateDecision: Sendable, Hashable {
    /// What settled it.
    public enum Reason: String, Sendable, Hashable {
        /// A year of four digits stood first.
        case fourDigitYear = "four-digit-year"
        /// A first or second number above 12 could only be a day.
        case valuesOver12 = "values>12"
        /// Only one order gave real dates for every line (a number above 31, say).
        case values
        /// Several orders fit; one kept the messages in time order more often than the others.
        case chronology
        /// Several orders fit equally; the layout (`23. 12. 31.`) is that of year-first languages.
        case layout
        /// Nothing told the orders apart; day-first, the most common, was assumed.
        case fallback = "default"
        /// No order fit every line; the one that fit the most was taken.
        case fewestImpossibleDates = "fewest-impossible-dates"
    }

    /// The order taken.
    public var order: WhatsAppDateOrder
    /// What settled it.
    public var reason: Reason

    /// Creates a decision.
    public init(order: WhatsAppDateOrder, reason: Reason) {
        self.order = order
        self.reason = reason
    }

    /// The flag every record of the chat carries, such as `date-order:day-first(decided-by:values>12)`.
    public var flag: String { "date-order:\(order.rawValue)(decided-by:\(reason.rawValue))" }

    /// One plain sentence for the import summary.
    public var explanation: String {
        let order =
            switch self.order {
            case .dayFirst: "day before month"
            case .monthFirst: "month before day"
            case .yearFirst: "year first"
            }
        let because =
            switch reason {
            case .fourDigitYear: "the year is written first"
            case .valuesOver12: "some dates have a number above 12 that can only be a day"
            case .values: "only that reading gives real dates for every message"
            case .chronology: "that reading keeps the messages in time order"
            case .layout: "the dates are laid out as year-first languages write them"
            case .fallback: "the dates fit either way, so the most common order was assumed; check a few dates"
            case .fewestImpossibleDates: "no reading fits every date; this one fits the most"
            }
        return "Dates in this chat were read \(order), because \(because)."
    }
}

/// Markers of morning and afternoon as WhatsApp writes them in many languages, compared after
/// lowercasing and removing spaces and dots (`a. m.` → `am`).
enum WhatsAppMeridiem {
    case morning, afternoon

    private static let table: [String: WhatsAppMeridiem] = [
        "am": .morning, "pm": .afternoon,  // English, Spanish `a. m.`, Dutch, Norwegian `a.m.`
        "vorm": .morning, "nachm": .afternoon,  // German
        "午前": .morning, "午後": .afternoon,  // Japanese
        "上午": .morning, "下午": .afternoon, "凌晨": .morning, "早上": .morning, "中午": .afternoon,
        "晚上": .afternoon,  // Chinese
        "오전": .morning, "오후": .afternoon,  // Korean
        "ص": .morning, "م": .afternoon,  // Arabic
        "قظ": .morning, "بظ": .afternoon,  // Persian `ق.ظ.` / `ب.ظ.`
        "πμ": .morning, "μμ": .afternoon,  // Greek
        "ap": .morning, "ip": .afternoon,  // Finnish
        "de": .morning, "du": .afternoon,  // Hungarian
        "sa": .morning, "ch": .afternoon,  // Vietnamese
        "fm": .morning, "em": .afternoon,  // Swedish
        "pg": .morning, "ptg": .afternoon,  // Malay
        "पूर्वाह्न": .morning, "अपराह्न": .afternoon,  // Hindi
        "ก่อนเที่ยง": .morning, "หลังเที่ยง": .afternoon,  // Thai
        "öö": .morning, "ös": .afternoon,  // Turkish
        "дп": .morning, "пп": .afternoon,  // Russian, Ukrainian
    ]

    /// The marker's meaning; `nil` for text that is no known marker.
    static func parse(_ text: String) -> WhatsAppMeridiem? {
        let key = String(text.lowercased().unicodeScalars.filter { $0 != " " && $0 != "." })
        return table[key]
    }

    /// The hour on a 24-hour clock.
    func hour24(_ hour: Int) -> Int {
        switch self {
        case .morning: hour == 12 ? 0 : hour
        case .afternoon: hour < 12 ? hour + 12 : hour
        }
    }
}

/// Gathers, over a whole chat file, what tells the possible date orders apart, and decides.
struct WhatsAppDateEvidence {
    private(set) var headers = 0
    private var fourDigitFirst = 0
    private var fourDigitLast = 0
    private var dottedLayout = 0
    private var impossible: [WhatsAppDateOrder: Int] = [:]
    private var backwards: [WhatsAppDateOrder: Int] = [:]
    private var previous: [WhatsAppDateOrder: Int64] = [:]

    mutating func add(_ header: WhatsAppHeader) {
        headers += 1
        if header.digits[0] == 4 { fourDigitFirst += 1 }
        if header.digits[2] == 4 { fourDigitLast += 1 }
        if header.dottedLayout { dottedLayout += 1 }
        for order in WhatsAppDateOrder.allCases {
            guard let time = header.civilTime(order), time.isValid else {
                impossible[order, default: 0] += 1
                continue
            }
            let key = time.secondsSince1970
            if let last = previous[order], key < last { backwards[order, default: 0] += 1 }
            previous[order] = key
        }
    }

    /// The order to read this file's dates in; `nil` when it had no dated lines.
    ///
    /// A four-digit year says where the year is. With two-digit years the year is taken to come last,
    /// as nearly every language writes it, unless the dates are laid out as year-first languages lay
    /// them out (`23. 12. 31.`) or no year-last reading gives real dates.
    func decide() -> WhatsAppDateDecision? {
        guard headers > 0 else { return nil }
        let yearLast: [WhatsAppDateOrder] = [.dayFirst, .monthFirst]
        if fourDigitFirst > 0 && fourDigitLast == 0 { return choose(among: [.yearFirst], single: .fourDigitYear) }
        if fourDigitLast > 0 && fourDigitFirst == 0 { return choose(among: yearLast) }
        if dottedLayout * 2 > headers && fits(.yearFirst) {
            return WhatsAppDateDecision(order: .yearFirst, reason: .layout)
        }
        if yearLast.contains(where: fits) { return choose(among: yearLast) }
        return choose(among: WhatsAppDateOrder.allCases, single: .values)
    }

    private func fits(_ order: WhatsAppDateOrder) -> Bool { impossible[order, default: 0] == 0 }

    /// The order among `candidates` that gives real dates for every line; when several do, the one that
    /// keeps time moving forward most often, else day-first; when none does, the one that fits most lines.
    private func choose(among candidates: [WhatsAppDateOrder], single: WhatsAppDateDecision.Reason? = nil)
        -> WhatsAppDateDecision
    {
        let fitting = candidates.filter(fits)
        guard fitting.count > 1 else {
            guard let only = fitting.first else {
                let best = candidates.min { impossible[$0, default: 0] < impossible[$1, default: 0] } ?? .dayFirst
                return WhatsAppDateDecision(order: best, reason: .fewestImpossibleDates)
            }
            return WhatsAppDateDecision(order: only, reason: single ?? .valuesOver12)
        }
        let sorted = fitting.sorted { backwards[$0, default: 0] < backwards[$1, default: 0] }
        if backwards[sorted[0], default: 0] < backwards[sorted[1], default: 0] {
            return WhatsAppDateDecision(order: sorted[0], reason: .chronology)
        }
        return WhatsAppDateDecision(order: fitting.contains(.dayFirst) ? .dayFirst : fitting[0], reason: .fallback)
    }
}
