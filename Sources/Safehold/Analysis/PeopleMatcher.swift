import Foundation
import SafeholdCore
import SafeholdRules
import SafeholdText

/// Finds the people the person listed in an item: as its sender, mentioned in its words, or behind a new
/// account whose name is very close to theirs.
struct PeopleMatcher: Sendable {
    private struct Entry: Sendable {
        var id: String
        var person: KnownPerson
        var handle: String?
        var name: String?
    }

    private let entries: [Entry]

    init(_ people: [(id: String, person: KnownPerson)]) {
        entries = people.map { id, person in
            Entry(
                id: id, person: person, handle: person.handle.map { Self.fold($0) }.flatMap { $0.isEmpty ? nil : $0 },
                name: person.name.map { Self.fold($0) }.flatMap { $0.isEmpty ? nil : $0 })
        }
    }

    var isEmpty: Bool { entries.isEmpty }

    static func fold(_ text: String) -> String {
        FoldedText(text.hasPrefix("@") ? String(text.dropFirst()) : text, options: .standard).string
            .trimmingCharacters(in: .whitespaces)
    }

    /// Who is involved in an item, given its sender and text.
    func match(platform: Platform?, author: AccountRef?, authorLabel: String?, text: String?) -> [Finding.Person] {
        guard !entries.isEmpty else { return [] }
        var found: [Finding.Person] = []
        let senderHandle = (author?.handle ?? authorLabel.flatMap { $0.hasPrefix("@") ? $0 : nil }).map(Self.fold)
        let senderName = (author?.displayName ?? authorLabel).map(Self.fold)
        let words = text.map { " " + FoldedText($0, options: .standard).string + " " } ?? ""
        for entry in entries {
            let samePlatform = entry.person.platform == nil || platform == nil || entry.person.platform == platform
            let person = { (how: String) in
                Finding.Person(id: entry.id, role: entry.person.role, how: how, label: entry.person.label)
            }
            if samePlatform, let handle = entry.handle, handle == senderHandle {
                found.append(person("sender"))
            } else if let name = entry.name, name == senderName || name == senderHandle {
                found.append(person("sender"))
            } else if samePlatform, resembles(entry, handle: senderHandle, name: author?.displayName, platform: platform) {
                found.append(person("resembles"))
            } else if mentions(entry, in: words) {
                found.append(person("mentioned"))
            }
        }
        return found
    }

    private func resembles(_ entry: Entry, handle: String?, name: String?, platform: Platform?) -> Bool {
        guard entry.person.role != .trusted, let handle, let known = entry.person.handle else { return false }
        let platformName = platform?.rawValue ?? entry.person.platform?.rawValue ?? "other"
        let sender = AccountIdentity(platform: platformName, handle: handle, displayName: name)
        let listed = BlockedAccount(
            account: AccountIdentity(platform: entry.person.platform?.rawValue ?? platformName, handle: known,
                                     displayName: entry.person.name))
        return NewAccountAfterBlock.evaluate(sender: sender, blocked: [listed], at: nil) != nil
    }

    private func mentions(_ entry: Entry, in words: String) -> Bool {
        guard !words.isEmpty else { return false }
        if let handle = entry.handle, handle.unicodeScalars.count >= 3, words.contains("@" + handle) { return true }
        if let name = entry.name, name.unicodeScalars.count >= 3 {
            return words.contains(" " + name + " ") || words.contains(" " + name + "'") || words.contains(" " + name + ",")
                || words.contains(" " + name + ".")
        }
        return false
    }
}
