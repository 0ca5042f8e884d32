import Foundation
public import SafeholdCore

/// Someone the person names: the person harming them, someone helping that person, or someone they trust.
public struct KnownPerson: CaseNote, Equatable {
    public static let kind = "person"

    /// How the person relates to the case.
    public enum Role: String, Codable, Sendable, CaseIterable {
        /// The person causing the harm.
        case abuser
        /// Someone acting with or for them.
        case ally
        /// Someone the person trusts.
        case trusted

        /// The role as Safehold says it to the person, in reasons and on pages: "the person harming you".
        public var spoken: String {
            switch self {
            case .abuser: "the person harming you"
            case .ally: "someone acting with them"
            case .trusted: "someone you trust"
            }
        }
    }

    /// Their role.
    public var role: Role
    /// The platform of the account, if one was given.
    public var platform: Platform?
    /// Their handle on that platform, without `@`.
    public var handle: String?
    /// Their name as it appears.
    public var name: String?

    /// Creates an entry; at least a handle or a name is needed.
    public init(role: Role, platform: Platform?, handle: String?, name: String?) {
        self.role = role
        self.platform = platform
        self.handle = handle.map { $0.hasPrefix("@") ? String($0.dropFirst()) : $0 }
        self.name = name
    }

    /// How they are shown: handle and platform, or name.
    public var label: String {
        let account = handle.map { "@" + $0 } ?? name ?? "someone"
        return platform.map { "\(account) on \($0.rawValue)" } ?? account
    }
}

extension CaseNotes {
    /// Adds someone the person named.
    /// - Returns: The new entry's id.
    /// - Throws: ``SafeholdError`` `invalid-input` when neither a handle nor a name was given.
    @discardableResult
    public func addPerson(_ person: KnownPerson) throws -> String {
        let handle = person.handle?.trimmingCharacters(in: .whitespaces) ?? ""
        let name = person.name?.trimmingCharacters(in: .whitespaces) ?? ""
        guard !handle.isEmpty || !name.isEmpty else {
            throw SafeholdError(.invalidInput, "Give their handle (--handle) or their name (--name), or both.")
        }
        guard handle.unicodeScalars.count <= 200, name.unicodeScalars.count <= 200 else {
            throw SafeholdError(.invalidInput, "That handle or name is longer than any real one (200 characters at most).")
        }
        let id = Self.newID(prefix: "p")
        try save(person, key: id)
        return id
    }

    /// Everyone the person named, oldest first.
    /// - Throws: ``SafeholdError`` when the vault cannot be read.
    public func people() throws -> [StoredNote<KnownPerson>] { try current(KnownPerson.self) }
}
