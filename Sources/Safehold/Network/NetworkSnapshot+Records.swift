import Foundation
import SafeholdCore
import SafeholdNetwork

extension NetworkSnapshot {
    /// The most mentions read from one text, and how far into it they are looked for.
    static let mentionLimit = 50
    static let mentionScanScalars = 10_000

    mutating func read(_ record: NormalizedRecord, flagged: Bool) {
        switch record.kind {
        case .relationship: readRelationship(record)
        case .message, .comment, .reply, .reaction, .post: readExchange(record, flagged: flagged)
        case .profile, .media, .system: break
        }
    }

    mutating func readRelationship(_ record: NormalizedRecord) {
        let kind: ConnectionKind
        switch record.relationship {
        case .follower?: kind = .follower
        case .following?, .closeFriend?: kind = .following
        case .friend?: kind = .friend
        default: return
        }
        for other in record.recipients ?? [] {
            guard case (let ref, let key)? = Self.ref(other, platform: record.platform), !isOwn(ref, key: key) else {
                continue
            }
            remember(ref, key: key, name: other.displayName)
            connections.append(Connection(account: ref, kind: kind, since: record.createdAt?.rfc3339))
        }
    }

    mutating func readExchange(_ record: NormalizedRecord, flagged: Bool) {
        let kind = Self.interactionKind(record)
        let author = record.author.flatMap { Self.ref($0, platform: record.platform) }
        if case (let ref, let key)? = author, !isOwn(ref, key: key) {
            remember(ref, key: key, name: record.author?.displayName)
            interactions.append(Interaction(account: ref, kind: kind, direction: .fromThem, flagged: flagged))
            return
        }
        // Written by the person (or by no one known): what it was sent to, and whom it mentions.
        guard author != nil else { return }
        for other in record.recipients ?? [] {
            guard case (let ref, let key)? = Self.ref(other, platform: record.platform), !isOwn(ref, key: key) else {
                continue
            }
            remember(ref, key: key, name: other.displayName)
            interactions.append(Interaction(account: ref, kind: kind, direction: .fromMe))
        }
        for handle in Self.mentions(in: record.text ?? "") {
            let ref = SafeholdNetwork.AccountRef(platform: record.platform.rawValue, handle: handle)
            guard !isOwn(ref) else { continue }
            interactions.append(Interaction(account: ref, kind: .mention, direction: .fromMe))
        }
    }

    /// Items added by hand with an author and a platform count as written by that account.
    mutating func readTyped(_ item: CaptureRecord, flagged: Bool) {
        guard let platform = item.details.platform, let author = item.details.author else { return }
        let ref = SafeholdNetwork.AccountRef(
            platform: platform.rawValue,
            handle: String(author.unicodeScalars.prefix(256))
        )
        guard ref.hasHandle, !isOwn(ref) else { return }
        interactions.append(Interaction(account: ref, kind: .message, direction: .fromThem, flagged: flagged))
    }

    static func interactionKind(_ record: NormalizedRecord) -> Interaction.Kind {
        switch record.kind {
        case .message: .message
        case .reply: .reply
        case .comment: .comment
        case .reaction:
            ["share", "retweet", "repost", "reblog", "boost"].contains(record.reaction?.lowercased() ?? "")
                ? .share : .like
        default: .mention
        }
    }

    /// Every account seen, once, for the impersonation review.
    mutating func remember(_ ref: SafeholdNetwork.AccountRef, key: String, name: String?) {
        guard !key.hasSuffix("\u{1F}") else { return }
        let shortName = name.map { String($0.unicodeScalars.prefix(256)) }
        if var existing = seen[key] {
            if existing.name == nil, let shortName {
                existing.name = shortName
                seen[key] = existing
            }
            return
        }
        seen[key] = AccountProfile(platform: ref.platform, handle: ref.handle, name: shortName)
        seenOrder.append(key)
    }

    /// `@handle` words in a text (letters, digits, `_` and `.`, after a space or the start), looked for in the
    /// first ``mentionScanScalars`` scalars only, at most ``mentionLimit`` of them.
    static func mentions(in text: String) -> [String] {
        var found: [String] = []
        var current: String.UnicodeScalarView?
        var previous: Unicode.Scalar = " "
        func isHandleScalar(_ s: Unicode.Scalar) -> Bool {
            s.isASCII && (s.properties.isAlphabetic || ("0"..."9").contains(s) || s == "_" || s == ".")
        }
        for scalar in text.unicodeScalars.prefix(mentionScanScalars) {
            if current != nil, isHandleScalar(scalar), current!.count < 64 {
                current!.append(scalar)
            } else {
                if let handle = current.map(String.init), !handle.isEmpty { found.append(Self.trimDots(handle)) }
                current = scalar == "@" && !isHandleScalar(previous) ? String.UnicodeScalarView() : nil
            }
            previous = scalar
            if found.count >= mentionLimit { return found }
        }
        if let handle = current.map(String.init), !handle.isEmpty { found.append(Self.trimDots(handle)) }
        return found.filter { !$0.isEmpty }
    }

    static func trimDots(_ handle: String) -> String {
        String(handle.reversed().drop { $0 == "." }.reversed())
    }
}

extension NetworkSnapshot {
    /// The abuser's and allies' accounts the person named; a handle without a platform counts on every platform
    /// the person has connections on.
    mutating func addKnown(_ person: KnownPerson, platforms: Set<String>) {
        guard let handle = person.handle else { return }
        let on = person.platform.map { [$0.rawValue] } ?? platforms.sorted()
        let refs = on.map { SafeholdNetwork.AccountRef(platform: $0, handle: handle) }.filter(\.hasHandle)
        switch person.role {
        case .abuser: abuser += refs
        case .ally: allies += refs
        case .trusted: break
        }
    }
}
