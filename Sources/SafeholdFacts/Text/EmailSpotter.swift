/// Finds email addresses however they are written: `maria.lopez@mail.com`, `maria lopez at mail dot com`,
/// `maria [at] mail [dot] com`, `maria+news@mail.com`. Each candidate comes with its canonical key (the local
/// part without dots, dashes, underscores or a `+tag`, then `@` and the domain), so that a protected email is
/// found by one lookup per candidate.
enum EmailSpotter {
    /// A possible email address in a text.
    struct Candidate: Sendable {
        var key: String
        var start: Int
        var end: Int
        /// Whether it was written with `@` and `.` rather than words.
        var isPlain: Bool
    }

    static let longestLocal = 4
    static let longestDomain = 4

    /// The canonical key of an email address someone typed, or nil when it has no `@` and domain.
    static func key(of email: String) -> String? {
        let tokens = TokenList.make(email)
        return candidates(in: tokens).first { $0.start == tokens.first?.start && $0.end == tokens.last?.end }?.key
    }

    /// Every candidate in a text, several per `@` (the local part and the domain may be longer or shorter).
    static func candidates(in tokens: [TextToken]) -> [Candidate] {
        var result: [Candidate] = []
        for index in tokens.indices {
            if isAtGap(tokens[index].gap), index > 0 {
                collect(tokens, localEnd: index - 1, domainStart: index, plain: tokens[index].gap == "@", into: &result)
            } else if tokens[index].text == "at", index > 0, index + 1 < tokens.count,
                isWordGap(tokens[index].gap), isWordGap(tokens[index + 1].gap)
            {
                collect(tokens, localEnd: index - 1, domainStart: index + 1, plain: false, into: &result)
            }
        }
        return result
    }

    private static func collect(
        _ tokens: [TextToken],
        localEnd: Int,
        domainStart: Int,
        plain: Bool,
        into result: inout [Candidate]
    ) {
        let domains = domainParts(tokens, from: domainStart)
        guard !domains.isEmpty else { return }
        var local: [String] = []
        var first = localEnd
        while first >= 0 && localEnd - first < longestLocal {
            let token = tokens[first]
            if first < localEnd, tokens[first + 1].gap.contains("+") {
                local = [token.text]
            } else {
                local.insert(token.text, at: 0)
            }
            for domain in domains {
                let key = local.joined() + "@" + domain.labels.joined(separator: ".")
                let cleanLocal =
                    plain && (first == localEnd || tokens[first + 1].gap.allSatisfy { ".-_+".contains($0) })
                result.append(
                    Candidate(
                        key: key,
                        start: token.start,
                        end: tokens[domain.last].end,
                        isPlain: cleanLocal && domain.plain
                    )
                )
            }
            guard first > 0, isLocalGap(token.gap) else { break }
            first -= 1
        }
    }

    private struct Domain {
        var labels: [String]
        var last: Int
        var plain: Bool
    }

    /// The domains that start at a token: two labels or more, joined by `.` or the word `dot`.
    private static func domainParts(_ tokens: [TextToken], from start: Int) -> [Domain] {
        var result: [Domain] = []
        var labels = [tokens[start].text]
        var index = start + 1
        var plain = true
        while index < tokens.count && labels.count < longestDomain + 1 {
            let gap = tokens[index].gap
            if gap == "." {
                labels.append(tokens[index].text)
            } else if gap == "-" {
                labels[labels.count - 1] += tokens[index].text
            } else if tokens[index].text == "dot", isWordGap(gap), index + 1 < tokens.count,
                isWordGap(tokens[index + 1].gap)
            {
                index += 1
                labels.append(tokens[index].text)
                plain = false
            } else if isDottedGap(gap) {
                labels.append(tokens[index].text)
                plain = false
            } else {
                break
            }
            if labels.count >= 2 { result.append(Domain(labels: labels, last: index, plain: plain)) }
            index += 1
        }
        return result
    }

    static func isAtGap(_ gap: String) -> Bool {
        guard gap.contains("@") else { return false }
        return gap.allSatisfy { "@ ()[]{}".contains($0) }
    }

    private static func isWordGap(_ gap: String) -> Bool {
        !gap.isEmpty && gap.allSatisfy { " ()[]{}<>".contains($0) }
    }

    private static func isDottedGap(_ gap: String) -> Bool {
        gap.contains(".") && gap.allSatisfy { " .()[]{}".contains($0) }
    }

    private static func isLocalGap(_ gap: String) -> Bool {
        !gap.isEmpty && gap.count <= 2 && gap.allSatisfy { ".-_+ ".contains($0) }
    }
}
