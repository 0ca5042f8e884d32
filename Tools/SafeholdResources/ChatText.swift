import SafeholdFacts

/// Generated chat-like messages and protected facts for the benchmark; the same every run.
enum ChatText {
    struct Generator {
        var state: UInt64
        mutating func next() -> UInt64 {
            state &+= 0x9E37_79B9_7F4A_7C15
            var value = state
            value = (value ^ (value >> 30)) &* 0xBF58_476D_1CE4_E5B9
            value = (value ^ (value >> 27)) &* 0x94D0_49BB_1331_11EB
            return value ^ (value >> 31)
        }
        mutating func pick<T>(_ items: [T]) -> T { items[Int(next() % UInt64(items.count))] }
        mutating func number(_ range: ClosedRange<Int>) -> Int { range.lowerBound + Int(next() % UInt64(range.count)) }
    }

    static let words = [
        "hey", "are", "you", "coming", "tonight", "lol", "ok", "see", "you", "later", "where", "is", "the", "party",
        "i", "told", "her", "already", "don't", "worry", "about", "it", "we", "should", "talk", "tomorrow", "sure",
        "thanks", "what", "time", "works", "for", "you", "haha", "no", "way", "that's", "wild", "send", "me", "the",
        "pics", "omg", "yes", "call", "later", "miss", "you", "running", "late", "traffic", "again", "💀", "😂", "❤️",
    ]
    static let firstNames = [
        "Maria", "James", "Aisha", "Chen", "Olga", "Liam", "Sofia", "Noah", "Emma", "Kenji", "Fatima", "Lucas",
    ]
    static let lastNames = [
        "Lopez", "Smith", "Khan", "Wang", "Ivanova", "Brown", "Rossi", "Müller", "Dubois", "Tanaka",
    ]
    static let streets = ["Elm", "Oak", "Maple", "Cedar", "Pine", "Birch", "Willow", "Lake", "Hill", "Park"]
    static let types = ["Street", "Ave", "Rd", "Lane", "Drive", "Court"]

    static func messages(bytes: Int) -> [String] {
        var random = Generator(state: 42)
        var result: [String] = []
        var total = 0
        while total < bytes {
            var message = (0..<random.number(4...18)).map { _ in random.pick(words) }.joined(separator: " ")
            switch random.number(0...19) {
            case 0:
                message +=
                    " call me at \(random.number(200...999))-\(random.number(200...999))-\(random.number(1000...9999))"
            case 1: message += " I'm at \(random.number(1...9999)) \(random.pick(streets)) \(random.pick(types))"
            case 2: message += " mail \(random.pick(firstNames).lowercased())\(random.number(1...99))@example.com"
            case 3:
                message +=
                    " it was $\(random.number(1...999)).\(random.number(10...99)) on 2026-\(random.number(10...12))-\(random.number(10...28))"
            case 4: message += " \(random.pick(firstNames)) said so"
            default: break
            }
            total += message.utf8.count
            result.append(message)
        }
        return result
    }

    static func facts(count: Int) -> [ProtectedFact] {
        var random = Generator(state: 7)
        return (0..<count).map { index in
            switch index % 5 {
            case 0: ProtectedFact(kind: .name, value: "\(random.pick(firstNames)) \(random.pick(lastNames))")
            case 1:
                ProtectedFact(
                    kind: .phone,
                    value: "+1 \(random.number(200...999)) \(random.number(200...999)) \(random.number(1000...9999))"
                )
            case 2:
                ProtectedFact(
                    kind: .address,
                    value: "\(random.number(1...9999)) \(random.pick(streets)) \(random.pick(types)), Springfield"
                )
            case 3:
                ProtectedFact(
                    kind: .email,
                    value: "\(random.pick(firstNames).lowercased())\(random.number(1...99))@example.com"
                )
            default: ProtectedFact(kind: .plate, value: "\(random.number(1...9))ABC\(random.number(100...999))")
            }
        }
    }
}
