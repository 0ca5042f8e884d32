import SafeholdText

/// The forms of an account's names that are compared: the handle as written (folded), and the core of the
/// handle and display name once look-alike letters, separators, digits at the ends and words people add to
/// a second account (`real`, `backup`, `new`, `2`) are taken away.
struct AccountNames {
    /// Words people add to a name for a second account.
    static let additions: Set<String> = [
        "real", "the", "official", "offical", "backup", "bkp", "new", "alt", "its", "itsme", "iam", "im", "not",
        "main", "private", "priv", "spam", "second", "other", "acc", "acct", "account", "again", "here", "back",
        "x", "xx", "xxx", "og", "true", "actual", "only", "also", "ii", "iii", "v2", "throwaway", "burner",
        "secret", "hidden", "fake", "just", "me", "mr", "mrs", "ms", "2nd", "too", "two", "returns",
    ]
    static let concatenated = [
        "real", "the", "official", "backup", "new", "alt", "its", "iam", "not", "main",
        "private", "spam", "second", "other", "account", "again", "throwaway", "burner", "secret", "fake",
    ]

    /// The handle as written, lower-cased and without a leading `@`: only an identical handle is the same
    /// account (a look-alike letter or an extra underscore makes a different one).
    let handle: String
    /// Cores of the handle and display name to compare.
    let cores: Set<String>

    init(_ account: AccountIdentity) {
        let handleParts = AccountNames.parts(of: account.handle)
        var written = Substring(account.handle.lowercased())
        while written.first == "@" || written.first == " " { written = written.dropFirst() }
        handle = String(written)
        var cores = AccountNames.cores(of: handleParts)
        if let display = account.displayName {
            cores.formUnion(AccountNames.cores(of: AccountNames.parts(of: display)).filter { $0.count >= 6 })
        }
        self.cores = cores.filter { $0.count >= 4 }
    }

    var isEmpty: Bool { cores.isEmpty }

    func isSameHandle(as other: AccountNames) -> Bool { !handle.isEmpty && handle == other.handle }

    /// Whether two accounts' names are close enough to be the same person's.
    func resembles(_ other: AccountNames) -> Bool {
        for mine in cores {
            for theirs in other.cores {
                if mine == theirs || AccountNames.contains(mine, theirs) || AccountNames.close(mine, theirs) {
                    return true
                }
            }
        }
        return false
    }

    /// Lower-case runs of letters and of digits, after folding look-alikes, at most 64 scalars in all.
    static func parts(of name: String) -> [String] {
        let folded = FoldedText(String(name.unicodeScalars.prefix(64)), options: .standard).scalars
        var parts: [String] = []
        var current = String.UnicodeScalarView()
        var currentIsDigit = false
        for scalar in folded {
            let letter = scalar.properties.isAlphabetic
            let digit = scalar.properties.numericType != nil
            if (letter || digit) && (current.isEmpty || digit == currentIsDigit) {
                current.append(scalar)
            } else {
                if !current.isEmpty { parts.append(String(current)) }
                current = String.UnicodeScalarView()
                if letter || digit { current.append(scalar) }
            }
            currentIsDigit = digit
        }
        if !current.isEmpty { parts.append(String(current)) }
        return parts
    }

    /// The name without additions and outer digits, with inner digits read as letters (`j0hn` to `john`).
    static func cores(of parts: [String]) -> Set<String> {
        var kept = parts
        while let first = kept.first, additions.contains(first) || first.allSatisfy(\.isNumber) { kept.removeFirst() }
        while let last = kept.last, additions.contains(last) || last.allSatisfy(\.isNumber) { kept.removeLast() }
        let core = String(kept.joined().unicodeScalars.map(leetLetter).map(Character.init))
        var result: Set<String> = [core]
        for addition in concatenated {
            if core.hasPrefix(addition), core.count - addition.count >= 5 {
                result.insert(String(core.dropFirst(addition.count)))
            }
            if core.hasSuffix(addition), core.count - addition.count >= 5 {
                result.insert(String(core.dropLast(addition.count)))
            }
        }
        return result
    }

    private static func leetLetter(_ scalar: Unicode.Scalar) -> Unicode.Scalar {
        switch scalar {
        case "0": "o"
        case "1": "i"
        case "3": "e"
        case "4": "a"
        case "5": "s"
        case "7": "t"
        default: scalar
        }
    }

    /// One name inside the other, the shorter long enough not to be a common word.
    private static func contains(_ one: String, _ other: String) -> Bool {
        let (short, long) = one.count <= other.count ? (one, other) : (other, one)
        return short.count >= 6 && long.count - short.count <= 10 && long.contains(short)
    }

    /// Within one edit for names of five letters or more, two for nine or more.
    private static func close(_ one: String, _ other: String) -> Bool {
        let shorter = min(one.count, other.count)
        let allowed = shorter >= 9 ? 2 : (shorter >= 5 ? 1 : 0)
        return allowed > 0
            && editDistance(Array(one.unicodeScalars), Array(other.unicodeScalars), limit: allowed)
                <= allowed
    }

    /// Optimal-string-alignment distance (swapped neighbours count as one edit), stopped past the limit.
    static func editDistance(_ a: [Unicode.Scalar], _ b: [Unicode.Scalar], limit: Int) -> Int {
        if abs(a.count - b.count) > limit { return limit + 1 }
        if a.isEmpty || b.isEmpty { return max(a.count, b.count) }
        var before = [Int](repeating: 0, count: b.count + 1)
        var previous = Array(0...b.count)
        var current = [Int](repeating: 0, count: b.count + 1)
        for i in 1...a.count {
            current[0] = i
            var best = i
            for j in 1...b.count {
                let cost = a[i - 1] == b[j - 1] ? 0 : 1
                var value = min(previous[j] + 1, current[j - 1] + 1, previous[j - 1] + cost)
                if i > 1, j > 1, a[i - 1] == b[j - 2], a[i - 2] == b[j - 1] { value = min(value, before[j - 2] + 1) }
                current[j] = value
                best = min(best, value)
            }
            if best > limit { return limit + 1 }
            (before, previous, current) = (previous, current, before)
        }
        return previous[b.count]
    }
}
