import Foundation

/// Finds IPv4 addresses (four numbers 0–255, not part of a longer dotted run or a version string) and IPv6
/// addresses (hexadecimal groups with colons, checked group by group).
struct NetworkFinder: Sendable {
    func find(in text: ScanText) -> [PIIEntity] {
        var found: [PIIEntity] = []
        var index = 0
        while index < text.count {
            if text.isDigit(index), !text.isAlnum(index - 1), !(index > 0 && text.bytes[index - 1] == 0x2E),
                let (entity, end) = ipv4(in: text, at: index)
            {
                found.append(entity)
                index = end
            } else if isHex(text, index) || text.bytes[index] == 0x3A, !isHex(text, index - 1),
                !(index > 0 && text.bytes[index - 1] == 0x3A),
                let (entity, end) = ipv6(in: text, at: index)
            {
                found.append(entity)
                index = end
            } else {
                index += 1
            }
        }
        return found
    }

    private func ipv4(in text: ScanText, at start: Int) -> (PIIEntity, Int)? {
        var index = start
        var parts: [Int] = []
        while parts.count < 4 {
            let partStart = index
            while text.isDigit(index), index - partStart < 4 { index += 1 }
            let length = index - partStart
            guard length >= 1, length <= 3, let value = Int(text.string(partStart..<index)), value <= 255 else {
                return nil
            }
            if length > 1, text.bytes[partStart] == 0x30 { return nil }
            parts.append(value)
            if parts.count < 4 {
                guard index < text.count, text.bytes[index] == 0x2E else { return nil }
                index += 1
            }
        }
        if text.isAlnum(index) || (index + 1 < text.count && text.bytes[index] == 0x2E && text.isDigit(index + 1)) {
            return nil
        }
        let before = text.before(start, length: 10).lowercased()
        if before.hasSuffix("v") || before.contains("version") || before.hasSuffix("v ") { return nil }
        let confidence = parts.allSatisfy({ $0 < 10 }) ? 0.6 : 0.85
        return (
            text.entity(
                .ipAddress,
                start..<index,
                value: parts.map(String.init).joined(separator: "."),
                confidence: confidence
            ), index
        )
    }

    private func isHex(_ text: ScanText, _ index: Int) -> Bool {
        guard index >= 0 && index < text.count else { return false }
        let byte = text.bytes[index]
        return (byte >= 0x30 && byte <= 0x39) || (byte >= 0x61 && byte <= 0x66) || (byte >= 0x41 && byte <= 0x46)
    }

    private func ipv6(in text: ScanText, at start: Int) -> (PIIEntity, Int)? {
        var end = start
        while end < text.count, end - start < 45, isHex(text, end) || text.bytes[end] == 0x3A || text.bytes[end] == 0x2E
        { end += 1 }
        while end > start,
            text.bytes[end - 1] == 0x2E
                || (text.bytes[end - 1] == 0x3A && !(end - 2 >= start && text.bytes[end - 2] == 0x3A))
        { end -= 1 }
        guard !text.isAlnum(end) else { return nil }
        let candidate = text.string(start..<end).lowercased()
        guard Self.isIPv6(candidate) else { return nil }
        return (text.entity(.ipAddress, start..<end, value: candidate, confidence: 0.85), end)
    }

    /// Eight groups, or fewer with one `::`; an IPv4 tail counts as two groups.
    static func isIPv6(_ candidate: String) -> Bool {
        guard candidate.filter({ $0 == ":" }).count >= 2, candidate.count >= 3 else { return false }
        let halves = candidate.components(separatedBy: "::")
        guard halves.count <= 2 else { return false }
        var groups = 0
        var hexDigits = 0
        for (offset, half) in halves.enumerated() where !half.isEmpty {
            let parts = half.split(separator: ":", omittingEmptySubsequences: false)
            for (position, part) in parts.enumerated() {
                if part.contains(".") {
                    guard offset == halves.count - 1, position == parts.count - 1, part.split(separator: ".").count == 4
                    else { return false }
                    groups += 2
                    continue
                }
                guard (1...4).contains(part.count), part.allSatisfy(\.isHexDigit) else { return false }
                groups += 1
                hexDigits += part.count
            }
        }
        if halves.count == 2 { return groups <= 7 && (groups >= 2 || hexDigits >= 2 || candidate == "::1") }
        return groups == 8
    }
}
