/// Who a report is written for; it sets the title and the short introduction.
public enum Audience: String, Codable, Sendable, CaseIterable {
    /// An incident log for the police.
    case police
    /// Exhibits for an application for a protection order.
    case court
    /// Concerns about children, for child protective services.
    case cps
    /// A case file for the person's lawyer.
    case lawyer
}

/// Everything a report shows, filled by the caller from the vault; the renderers only lay it out.
///
/// Redaction happens before the model is filled: see ``Redaction/apply(to:spans:)``.
public struct ReportModel: Codable, Sendable, Equatable {
    /// Who the report is for.
    public var audience: Audience
    /// The report's title, shown on the cover and in the document's metadata.
    public var title: String
    /// An optional named recipient (an officer, a court, an office).
    public var preparedFor: String?
    /// The person's name, or "the person" when they chose to withhold it.
    public var subject: String
    /// The period the report covers.
    public var period: ReportPeriod
    /// The platforms the exhibits come from, in the order to show them.
    public var platforms: [String]
    /// How many items fall under each severity, in the order to show them.
    public var severityCounts: [ReportCount]
    /// How many items fall under each kind of finding, in the order to show them.
    public var kindCounts: [ReportCount]
    /// The accounts and people involved.
    public var people: [ReportPerson]
    /// The exhibits, numbered by the caller in time order.
    public var exhibits: [Exhibit]
    /// Incidents per day and kind, for the chart.
    public var incidentsByDay: [DayCount]

    /// Creates a report model; every list may be empty.
    public init(
        audience: Audience,
        title: String,
        preparedFor: String? = nil,
        subject: String,
        period: ReportPeriod,
        platforms: [String] = [],
        severityCounts: [ReportCount] = [],
        kindCounts: [ReportCount] = [],
        people: [ReportPerson] = [],
        exhibits: [Exhibit] = [],
        incidentsByDay: [DayCount] = []
    ) {
        self.audience = audience
        self.title = title
        self.preparedFor = preparedFor
        self.subject = subject
        self.period = period
        self.platforms = platforms
        self.severityCounts = severityCounts
        self.kindCounts = kindCounts
        self.people = people
        self.exhibits = exhibits
        self.incidentsByDay = incidentsByDay
    }
}

/// The first and last moment a report covers, as ISO 8601 strings (a date or a date and time).
public struct ReportPeriod: Codable, Sendable, Equatable {
    /// The start, for example `2026-03-01` or `2026-03-01T08:00:00Z`.
    public var from: String
    /// The end, in the same form.
    public var to: String

    /// Creates a period from two ISO 8601 strings.
    public init(from: String, to: String) {
        self.from = from
        self.to = to
    }
}

/// A labelled count, such as "High: 12" or "Threat: 4".
public struct ReportCount: Codable, Sendable, Equatable {
    /// What is counted, in plain words.
    public var label: String
    /// How many.
    public var count: Int

    /// Creates a labelled count.
    public init(label: String, count: Int) {
        self.label = label
        self.count = count
    }
}

/// One account or person involved, as the person chose to name them.
public struct ReportPerson: Codable, Sendable, Equatable {
    /// A name or handle, possibly already redacted.
    public var label: String
    /// Their part in events, in plain words ("sent the messages", "shared the posts").
    public var role: String
    /// The platform the account is on.
    public var platform: String

    /// Creates a person entry.
    public init(label: String, role: String, platform: String) {
        self.label = label
        self.role = role
        self.platform = platform
    }
}

/// The number of incidents of one kind on one day, for the chart.
public struct DayCount: Codable, Sendable, Equatable {
    /// The day, as `YYYY-MM-DD`.
    public var date: String
    /// The kind of finding, as in ``ReportModel/kindCounts``.
    public var kind: String
    /// How many incidents.
    public var count: Int

    /// Creates a day count.
    public init(date: String, kind: String, count: Int) {
        self.date = date
        self.kind = kind
        self.count = count
    }
}
