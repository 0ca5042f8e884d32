/// What a platform accepts as a handle, so that variants are only ones that could exist there.
///
/// From each platform's published sign-up rules as of 2026 (checked from memory of their help pages, not
/// fetched): X `[A-Za-z0-9_]`, 4–15; Instagram and Threads letters, digits, `.` and `_`, up to 30, no leading,
/// trailing or doubled `.`; TikTok letters, digits, `_` and `.`, 2–24, not ending in `.`; Mastodon local part
/// `[A-Za-z0-9_]`, up to 30 (the server is not varied: an impersonator can use any server); Bluesky the first
/// label of a `*.bsky.social` handle, letters, digits and `-`, 3–18, not starting or ending with `-`; Facebook
/// letters, digits and `.`, 5–50; Snapchat letters, digits, `.`, `_`, `-`, 3–15, starting with a letter;
/// YouTube letters, digits, `.`, `_`, `-`, 3–30; anything else letters, digits, `.`, `_`, `-`, 1–30.
public struct HandleRules: Sendable, Hashable {
    /// The characters allowed besides ASCII letters and digits.
    public let punctuation: Set<Character>
    /// Allowed lengths.
    public let lengths: ClosedRange<Int>
    /// Characters that may not start or end a handle.
    public let notAtEdges: Set<Character>
    /// Characters that may not appear twice in a row.
    public let notDoubled: Set<Character>
    /// Whether the first character must be a letter.
    public let startsWithLetter: Bool

    /// The rules of a platform, by lower-case name (`x` and `twitter` are the same).
    public static func of(platform: String) -> HandleRules {
        switch platform.lowercased() {
        case "x", "twitter": HandleRules(punctuation: ["_"], lengths: 4...15)
        case "instagram", "threads":
            HandleRules(punctuation: [".", "_"], lengths: 1...30, notAtEdges: ["."], notDoubled: ["."])
        case "tiktok": HandleRules(punctuation: [".", "_"], lengths: 2...24, notAtEdges: ["."])
        case "mastodon": HandleRules(punctuation: ["_"], lengths: 1...30)
        case "bluesky", "bsky": HandleRules(punctuation: ["-"], lengths: 3...18, notAtEdges: ["-"])
        case "facebook": HandleRules(punctuation: ["."], lengths: 5...50, notAtEdges: ["."], notDoubled: ["."])
        case "snapchat": HandleRules(punctuation: [".", "_", "-"], lengths: 3...15, startsWithLetter: true)
        case "youtube": HandleRules(punctuation: [".", "_", "-"], lengths: 3...30)
        default: HandleRules(punctuation: [".", "_", "-"], lengths: 1...30)
        }
    }

    /// Rules from their parts.
    public init(
        punctuation: Set<Character>,
        lengths: ClosedRange<Int>,
        notAtEdges: Set<Character> = [],
        notDoubled: Set<Character> = [],
        startsWithLetter: Bool = false
    ) {
        self.punctuation = punctuation
        self.lengths = lengths
        self.notAtEdges = notAtEdges
        self.notDoubled = notDoubled
        self.startsWithLetter = startsWithLetter
    }

    /// Whether a handle could exist on the platform.
    public func allows(_ handle: String) -> Bool {
        let characters = Array(handle)
        guard lengths.contains(characters.count) else { return false }
        for character in characters where !(character.isASCII && (character.isLetter || character.isNumber)) {
            if !punctuation.contains(character) { return false }
        }
        if let first = characters.first, let last = characters.last {
            if notAtEdges.contains(first) || notAtEdges.contains(last) { return false }
            if startsWithLetter && !first.isLetter { return false }
        }
        for (a, b) in zip(characters, characters.dropFirst()) where a == b && notDoubled.contains(a) { return false }
        return true
    }
}
