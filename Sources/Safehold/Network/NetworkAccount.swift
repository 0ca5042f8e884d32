public import Foundation
public import SafeholdCore
import SafeholdNetwork
public import SafeholdVault

/// An account the person entered by hand, sealed in the vault: one of their own, one they suspect of pretending
/// to be them, or one they know is in the abuser's or an ally's follower or friend lists.
public struct NetworkAccount: CaseNote, Equatable {
    public static let kind = "network-account"

    /// Whose account it is, as the person knows it.
    public enum Role: String, Codable, Sendable, CaseIterable {
        /// One of the person's own accounts: the profile impersonators are compared with.
        case mine
        /// An account the person wants looked at, such as a suspected fake.
        case suspect
        /// An account in the abuser's or an ally's lists (it follows them, or they follow it).
        case linked
    }

    /// Whose account it is.
    public var role: Role
    /// The platform, such as `instagram`.
    public var platform: Platform
    /// The handle, without `@`.
    public var handle: String
    /// The display name, if given.
    public var name: String?
    /// The profile text, if given.
    public var bio: String?
    /// The profile picture's perceptual hash, as 16 hexadecimal digits, when a picture was added.
    public var avatarHash: String?
    /// The sealed item holding the profile picture, when one was added.
    public var avatarItem: EvidenceID?
    /// When the account was created, ISO 8601, if known.
    public var createdAt: String?

    /// An account entered by hand; `@` is taken off the handle.
    public init(
        role: Role,
        platform: Platform,
        handle: String,
        name: String? = nil,
        bio: String? = nil,
        createdAt: String? = nil
    ) {
        self.role = role
        self.platform = platform
        self.handle = handle.hasPrefix("@") ? String(handle.dropFirst()) : handle
        self.name = name
        self.bio = bio
        self.createdAt = createdAt
    }

    /// The account as the network audit and the impersonation scorer read it.
    var profile: AccountProfile {
        AccountProfile(
            platform: platform.rawValue,
            handle: handle,
            name: name,
            bio: bio,
            avatar: avatarHash.flatMap { AvatarHash(hex: $0) },
            createdAt: createdAt
        )
    }
}

/// One stored ``NetworkAccount`` with the id the person uses to remove it.
public struct StoredNetworkAccount: Sendable, Codable, Equatable {
    /// The id, such as `a-7f3a9c12`.
    public var id: String
    /// The account.
    public var account: NetworkAccount
}

/// Adds, lists and removes the accounts the person entered by hand.
public struct NetworkAccounts: Sendable {
    /// The longest handle or name accepted (no platform allows more).
    public static let maximumNameLength = 200
    /// The longest profile text accepted.
    public static let maximumBioLength = 10_000
    /// The largest profile picture accepted.
    public static let maximumAvatarBytes = 20_000_000

    let vault: Vault

    /// The accounts kept in an unlocked vault.
    public init(vault: Vault) { self.vault = vault }

    /// Seals an account, and its profile picture as an item of its own when one is given.
    /// - Parameters:
    ///   - account: The account; its avatar fields are filled in here.
    ///   - avatar: A PNG or JPEG file of the profile picture, if the person has one.
    /// - Returns: The stored account with its new id.
    /// - Throws: ``SafeholdError`` `invalid-input` for an empty or overlong handle, name or bio, or a picture
    ///   that is not a readable PNG or JPEG.
    @discardableResult
    public func add(_ account: NetworkAccount, avatar: URL? = nil) throws -> StoredNetworkAccount {
        var account = try Self.validated(account)
        if let avatar {
            let hash = try Self.avatarHash(of: avatar)
            let details = ItemDetails(
                platform: account.platform,
                author: account.handle,
                note: "Profile picture of @\(account.handle)"
            )
            let sealed = try EvidenceIntake.addFile(avatar, details: details, to: vault)
            account.avatarHash = hash.description
            account.avatarItem = sealed.record.id
        }
        let id = CaseNotes.newID(prefix: "a")
        try CaseNotes(vault: vault).save(account, key: id, about: account.avatarItem.map { [$0] } ?? [])
        return StoredNetworkAccount(id: id, account: account)
    }

    /// The most accounts one list may hold.
    public static let maximumListAccounts = 200_000

    /// Seals a list of accounts in the abuser's or an ally's follower, following or friend list, all on one
    /// platform, as `linked` accounts: one handle per line, or a CSV whose first column is the handle or
    /// address (Mastodon's `following_accounts.csv`: its `Account address` header is skipped). Empty lines,
    /// lines starting with `#`, and lines that are not a plausible handle are left out.
    /// - Returns: The ids of the accounts added.
    /// - Throws: ``SafeholdError`` `invalid-input` when the list holds no handle or more than
    ///   ``maximumListAccounts``.
    @discardableResult
    public func addLinked(list text: String, platform: Platform) throws -> [String] {
        let handles = Self.handles(inList: text)
        guard !handles.isEmpty else {
            throw SafeholdError(
                .invalidInput,
                "The list holds no handles. Put one handle on each line, or use a CSV export."
            )
        }
        guard handles.count <= Self.maximumListAccounts else {
            throw SafeholdError(.invalidInput, "The list holds more than 200,000 accounts; split it and add each part.")
        }
        let notes = handles.map { handle in
            (
                key: CaseNotes.newID(prefix: "a"), about: [EvidenceID](),
                value: NetworkAccount(role: .linked, platform: platform, handle: handle)
            )
        }
        try CaseNotes(vault: vault).save(notes)
        return notes.map(\.key)
    }

    /// The handles in a list, once each, in order.
    static func handles(inList text: String) -> [String] {
        var seen = Set<String>()
        var handles: [String] = []
        for line in text.split(whereSeparator: \.isNewline) {
            guard !line.hasPrefix("#"), var cell = line.split(separator: ",").first.map(String.init) else { continue }
            cell = cell.trimmingCharacters(in: .whitespaces).trimmingCharacters(in: CharacterSet(charactersIn: "\""))
            if cell.hasPrefix("@") { cell.removeFirst() }
            guard !cell.isEmpty, cell.unicodeScalars.count <= maximumNameLength, cell.lowercased() != "account address",
                seen.insert(cell.lowercased()).inserted
            else { continue }
            handles.append(cell)
            if handles.count > maximumListAccounts { break }
        }
        return handles
    }

    /// Every account entered by hand, oldest first.
    /// - Throws: ``SafeholdError`` when the vault cannot be read.
    public func list() throws -> [StoredNetworkAccount] {
        try CaseNotes(vault: vault).current(NetworkAccount.self).map {
            StoredNetworkAccount(id: $0.key, account: $0.value)
        }
    }

    /// Removes an account from the list; the vault's history keeps that it was there.
    /// - Throws: ``SafeholdError`` `not-found` when there is no account with that id.
    public func remove(id: String) throws {
        try CaseNotes(vault: vault).remove(NetworkAccount.self, key: id, describedAs: "account")
    }

    static func validated(_ account: NetworkAccount) throws -> NetworkAccount {
        var account = account
        account.handle = account.handle.trimmingCharacters(in: .whitespacesAndNewlines)
        account.name = account.name?.trimmingCharacters(in: .whitespacesAndNewlines).nilIfEmpty
        account.bio = account.bio?.trimmingCharacters(in: .whitespacesAndNewlines).nilIfEmpty
        guard !account.handle.isEmpty else {
            throw SafeholdError(.invalidInput, "Give the account's handle (--handle), as the platform shows it.")
        }
        let limit = maximumNameLength
        guard account.handle.unicodeScalars.count <= limit, (account.name?.unicodeScalars.count ?? 0) <= limit,
            (account.createdAt?.unicodeScalars.count ?? 0) <= 40
        else {
            throw SafeholdError(
                .invalidInput,
                "That handle or name is longer than any real one (200 characters at most)."
            )
        }
        guard (account.bio?.unicodeScalars.count ?? 0) <= maximumBioLength else {
            throw SafeholdError(
                .invalidInput,
                "That profile text is longer than any platform allows (10,000 characters at most)."
            )
        }
        return account
    }

    static func avatarHash(of url: URL) throws -> AvatarHash {
        let size = (try? url.resourceValues(forKeys: [.fileSizeKey]).fileSize) ?? nil
        guard let size, size <= maximumAvatarBytes else {
            throw SafeholdError(
                .invalidInput,
                "The picture could not be read, or is larger than 20 MB. Use a PNG or JPEG file."
            )
        }
        guard let data = try? Data(contentsOf: url), let hash = try? AvatarHash(imageData: data) else {
            throw SafeholdError(
                .invalidInput,
                "The picture could not be read as a PNG or JPEG image. Save it as one and try again."
            )
        }
        return hash
    }
}

extension String {
    fileprivate var nilIfEmpty: String? { isEmpty ? nil : self }
}
