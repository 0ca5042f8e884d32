import Foundation
public import SafeholdCore
public import SafeholdGuide
public import SafeholdVault

/// What kind of report a packet is for.
public enum PacketKind: String, Codable, Sendable, CaseIterable {
    case harassment, threat, impersonation
    case privateInformation = "private-information"
    case intimateImages = "intimate-images"

    /// The platform task whose instructions fit this kind of report.
    var task: PlatformTask {
        switch self {
        case .harassment, .threat: .reportHarassment
        case .impersonation: .reportImpersonation
        case .privateInformation, .intimateImages: .reportPrivateInfo
        }
    }

    /// What the items show, in the words of a report.
    func phrase(plural: Bool) -> String {
        switch self {
        case .harassment: plural ? "are abusive and unwanted" : "is abusive and unwanted"
        case .threat: plural ? "contain threats against me" : "contains threats against me"
        case .impersonation: plural ? "come from an account that pretends to be me" : "comes from an account that pretends to be me"
        case .privateInformation:
            plural ? "share my private information without my consent" : "shares my private information without my consent"
        case .intimateImages:
            plural
                ? "share or threaten to share intimate images of me without my consent"
                : "shares or threatens to share intimate images of me without my consent"
        }
    }
}

/// Everything needed to file one report on one platform, and to ask friends to report too.
public struct ReportPacket: Codable, Sendable {
    /// One item to point the platform to.
    public struct Item: Codable, Sendable {
        public var id: EvidenceID
        public var postedAt: String?
        public var sender: String?
        public var link: String?
        public var reason: String?
    }

    public var platform: String
    public var platformName: String
    public var kind: PacketKind
    /// Where and how to report, from the guide's platform data, with its source and check date.
    public var howTo: PlatformHowTo?
    /// What to attach or include.
    public var attach: String
    public var items: [Item]
    /// A short, factual description to paste into the report form.
    public var description: String
    /// A message for friends who are willing to report the same account.
    public var friendsMessage: String
}

/// Builds report packets from the guide's platform data and the vault's items and findings.
public enum PacketBuilder {
    /// A packet for a platform and kind, with the items that fit (the selection's, or by default every item
    /// from that platform with a finding of medium or more).
    /// - Throws: ``SafeholdError`` `not-found` for a platform the guide does not cover or when no item fits.
    public static func packet(
        platform: SafeholdCore.Platform, kind: PacketKind, selection: BundleSelection?, vault: Vault, guide: Guide
    ) throws -> ReportPacket {
        guard let info = guide.platform(PlatformID(platform.rawValue)) else {
            let known = guide.platforms.map(\.id.rawValue).joined(separator: ", ")
            throw SafeholdError(.notFound, "Safehold has no reporting steps for \(platform.rawValue) yet. It has them for: \(known).")
        }
        var chosen = selection ?? BundleSelection(minimumSeverity: .medium)
        chosen.platform = platform
        let ids = Set(try chosen.items(in: vault))
        let findings = Dictionary(
            try CaseNotes(vault: vault).current(Finding.self).compactMap { note in note.about.first.map { ($0, note.value) } },
            uniquingKeysWith: { $1 })
        var chosenIDs = ids
        if selection == nil {
            // By default a packet lists the items of its own kind (the posts showing the person's details for
            // a private-information report); when none is marked that way, every item that fits the selection.
            let ofKind = ids.filter { id in findings[id].map { Self.fits($0, kind: kind) } ?? false }
            if !ofKind.isEmpty { chosenIDs = ofKind }
        }
        let items = try vault.items().filter { chosenIDs.contains($0.id) }.map { item in
            ReportPacket.Item(
                id: item.id, postedAt: (item.details.postedAt ?? item.record?.createdAt)?.rfc3339,
                sender: item.record?.author?.label ?? item.details.author, link: item.details.url ?? item.record?.url,
                reason: findings[item.id]?.reason)
        }
        let senders = Array(Set(items.compactMap(\.sender))).sorted()
        return ReportPacket(
            platform: platform.rawValue, platformName: info.name, kind: kind, howTo: info.howTo(kind.task),
            attach: attachAdvice(items), items: items,
            description: description(kind: kind, items: items, senders: senders, platform: info.name),
            friendsMessage: friendsMessage(kind: kind, senders: senders, platform: info.name))
    }

    /// Whether a finding is of the packet's kind.
    static func fits(_ finding: Finding, kind: PacketKind) -> Bool {
        switch kind {
        case .privateInformation:
            !finding.facts.isEmpty || !(finding.personalInfo ?? []).isEmpty
                || finding.rules.contains { $0.id == "sharing-your-details" && !$0.quoted }
        case .threat: finding.labels.contains("threat") || finding.rules.contains { $0.id.contains("threat") && !$0.quoted }
        case .intimateImages: finding.rules.contains { $0.id == "intimate-image-threat" }
        case .harassment, .impersonation: true
        }
    }

    static func attachAdvice(_ items: [ReportPacket.Item]) -> String {
        let withLinks = items.filter { $0.link != nil }.count
        return withLinks == items.count
            ? "Platforms ask for links to the posts, messages or account. Paste the links below; no files are needed."
            : "Paste the links below. For items without a link, the form may let you add a screenshot; `safehold show ID --save-original FILE` saves the original."
    }

    static func description(kind: PacketKind, items: [ReportPacket.Item], senders: [String], platform: String) -> String {
        let dates = items.compactMap(\.postedAt).sorted()
        let period = dates.first.map { first in
            " between \(first.prefix(10)) and \(dates.last!.prefix(10))"
        } ?? ""
        let who = senders.isEmpty ? "An account" : "The account\(senders.count > 1 ? "s" : "") \(senders.joined(separator: ", "))"
        let plural = items.count != 1
        let links = items.contains { $0.link != nil } ? " with their links" : ""
        return "\(who) sent or posted \(items.count) item\(plural ? "s" : "") on \(platform)\(period) that \(kind.phrase(plural: plural)). "
            + "I have kept copies with their dates. The \(plural ? "items are" : "item is") listed below\(links). "
            + "Please remove \(plural ? "them" : "it") and act on the account."
    }

    static func friendsMessage(kind: PacketKind, senders: [String], platform: String) -> String {
        let account = senders.isEmpty ? "the account I will send you" : senders.joined(separator: ", ")
        let category = kind == .impersonation ? "that it is pretending to be me" : "that it is harassing someone"
        return "Could you help me? Please report \(account) on \(platform), and choose \(category). "
            + "Please do not reply to them, share their posts or tell them I asked. Thank you."
    }
}

/// A record of a report the person made: when, where, the platform's reference and answer, and what next.
public struct ReportRecord: CaseNote, Equatable {
    public static let kind = "report-record"
    public var platform: String
    public var kind: String
    public var items: [EvidenceID]
    public var reportedAt: Timestamp
    public var reference: String?
    public var answer: String?
    public var followUp: String?

    /// Creates a record.
    public init(
        platform: String, kind: String, items: [EvidenceID], reportedAt: Timestamp, reference: String?, answer: String?,
        followUp: String?
    ) {
        self.platform = platform
        self.kind = kind
        self.items = items
        self.reportedAt = reportedAt
        self.reference = reference
        self.answer = answer
        self.followUp = followUp
    }
}
