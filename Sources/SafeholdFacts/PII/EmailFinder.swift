/// Finds email addresses written plainly (`name@example.org`) and, with less confidence, written with
/// bracketed or spelled-out `at` and `dot` (`name [at] example [dot] org`).
struct EmailFinder: Sendable {
    static let longestLocal = 64
    static let longestDomain = 253

    func find(in text: ScanText) -> [PIIEntity] {
        var found: [PIIEntity] = []
        var index = 0
        while index < text.count {
            if text.bytes[index] == 0x40, let entity = plain(at: index, in: text) {
                found.append(entity)
            }
            index += 1
        }
        return found
    }

    private func plain(at at: Int, in text: ScanText) -> PIIEntity? {
        var start = at
        while start > 0, at - start < Self.longestLocal, isLocal(text.bytes[start - 1]) { start -= 1 }
        while start < at, text.bytes[start] == 0x2E { start += 1 }
        var end = at + 1
        while end < text.count, end - at <= Self.longestDomain, isDomain(text.bytes[end]) { end += 1 }
        while end > at + 1, text.bytes[end - 1] == 0x2E || text.bytes[end - 1] == 0x2D { end -= 1 }
        guard start < at, end > at + 1 else { return nil }
        let local = text.string(start..<at)
        let domain = text.string((at + 1)..<end)
        guard !local.contains(".."), !local.hasSuffix("."), Self.isDomainName(domain) else { return nil }
        let value = (local + "@" + domain).lowercased()
        return text.entity(.email, start..<end, value: value, confidence: 0.95)
    }

    /// Labels of letters, digits and inner hyphens, at least two, the last all letters and two or more long.
    static func isDomainName(_ domain: String) -> Bool {
        let labels = domain.split(separator: ".", omittingEmptySubsequences: false)
        guard labels.count >= 2, let top = labels.last, top.count >= 2, top.allSatisfy(\.isLetter) else { return false }
        return labels.allSatisfy { !$0.isEmpty && $0.count <= 63 && !$0.hasPrefix("-") && !$0.hasSuffix("-") }
    }

    private func isLocal(_ byte: UInt8) -> Bool {
        isAlnum(byte) || byte == 0x2E || byte == 0x5F || byte == 0x25 || byte == 0x2B || byte == 0x2D || byte == 0x27
    }

    private func isDomain(_ byte: UInt8) -> Bool { isAlnum(byte) || byte == 0x2E || byte == 0x2D }

    private func isAlnum(_ byte: UInt8) -> Bool {
        (byte >= 0x30 && byte <= 0x39) || (byte >= 0x61 && byte <= 0x7A) || (byte >= 0x41 && byte <= 0x5A)
    }

    /// `name [at] example [dot] org`, `name at example dot com`: only with a known top-level domain.
    func obfuscated(in tokens: [TextToken], text: ScanText) -> [PIIEntity] {
        var found: [PIIEntity] = []
        for index in tokens.indices.dropFirst() where isAtMarker(tokens, index) {
            let domainStart = tokens[index].text == "at" ? index + 1 : index
            guard domainStart < tokens.count, let (labels, last) = domain(tokens, from: domainStart) else { continue }
            var first = index - 1
            while first > 0, [".", "_", "-"].contains(tokens[first].gap) { first -= 1 }
            let local = (first...(index - 1)).map { ($0 == first ? "" : tokens[$0].gap) + tokens[$0].text }.joined()
            let value = local + "@" + labels.joined(separator: ".")
            let span = tokens[first].start..<tokens[last].end
            found.append(
                PIIEntity(type: .email, start: span.lowerBound, end: span.upperBound, value: value, confidence: 0.75)
            )
        }
        return found
    }

    private func isAtMarker(_ tokens: [TextToken], _ index: Int) -> Bool {
        let gap = tokens[index].gap
        if tokens[index].text == "at", index + 1 < tokens.count {
            let next = tokens[index + 1].gap
            return (gap.hasSuffix("[") || gap.hasSuffix("(") || gap.hasSuffix("{"))
                && (next.hasPrefix("]") || next.hasPrefix(")") || next.hasPrefix("}"))
                || (gap == " " && next == " ")
        }
        return gap.contains("@") && gap != "@" && EmailSpotter.isAtGap(gap)
    }

    private func domain(_ tokens: [TextToken], from start: Int) -> ([String], Int)? {
        var labels = [tokens[start].text]
        var index = start + 1
        while index < tokens.count, labels.count < 4 {
            let gap = tokens[index].gap
            if tokens[index].text == "dot", index + 1 < tokens.count, gap.allSatisfy({ " [({".contains($0) }) {
                labels.append(tokens[index + 1].text)
                index += 2
            } else if gap == "." || gap.contains("[.]") || gap.contains("(.)") {
                labels.append(tokens[index].text)
                index += 1
            } else {
                break
            }
        }
        guard labels.count >= 2, let top = labels.last, Self.topLevel.contains(top) else { return nil }
        return (labels, index - 1)
    }

    static let topLevel: Set<String> = [
        "com", "org", "net", "edu", "gov", "io", "co", "uk", "de", "fr", "ca", "au", "me", "info", "us", "nz", "ie",
        "es", "it", "nl", "be", "ch", "at", "in", "br", "mx", "ru", "pl", "se", "no", "dk", "fi", "jp", "biz", "app",
    ]
}
