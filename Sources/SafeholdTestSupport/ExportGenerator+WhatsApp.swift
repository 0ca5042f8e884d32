public import Foundation

extension ExportGenerator {
    private static let chatWords = [
        "answer", "me", "why", "are", "you", "ignoring", "I", "know", "where", "went", "tonight", "we", "need", "to",
        "talk", "stop", "writing", "please", "leave", "alone", "saw", "your", "car", "again", "call", "now", "later",
    ]

    /// Writes an Android WhatsApp chat export of exactly `lines` lines to `url`, for benchmarks: messages
    /// between two made-up people a minute or so apart (US dates, 12-hour clock with the narrow no-break
    /// space before AM/PM), about one in six running over several lines, with the encryption notice
    /// first and a few other notices and media lines along the way.
    /// - Throws: Errors writing the file.
    public static func whatsAppChat(lines: Int, to url: URL) throws {
        FileManager.default.createFile(atPath: url.path, contents: nil)
        let handle = try FileHandle(forWritingTo: url)
        defer { try? handle.close() }
        var buffer = Data()
        var written = 0
        var message = 0
        var calendar = Calendar(identifier: .gregorian)
        calendar.timeZone = TimeZone(identifier: "UTC")!
        while written < lines {
            let stamp = whatsAppStamp(minutes: message * 3 + message % 7, calendar: calendar)
            let chunk = whatsAppMessage(message, stamp: stamp).prefix(lines - written)
            for line in chunk { buffer.append(contentsOf: (line + "\n").utf8) }
            written += chunk.count
            message += 1
            if buffer.count > 1 << 20 {
                handle.write(buffer)
                buffer.removeAll(keepingCapacity: true)
            }
        }
        handle.write(buffer)
    }

    /// The lines of message number `index`: the first begins with its date and time.
    private static func whatsAppMessage(_ index: Int, stamp: String) -> [String] {
        if index == 0 {
            return [
                "\(stamp) - Messages and calls are end-to-end encrypted. No one outside of this chat can read them."
            ]
        }
        let sender = index % 3 == 0 ? "Maya Lindqvist" : "Jordan Reece"
        switch index % 40 {
        case 13: return ["\(stamp) - \(sender): <Media omitted>"]
        case 27: return ["\(stamp) - \(sender): This message was deleted"]
        case 39: return ["\(stamp) - Jordan Reece changed their phone number to a new number. Tap to add it."]
        default: break
        }
        let extra = index % 6 == 5 ? 1 + index % 4 : 0
        return ["\(stamp) - \(sender): \(chatSentence(index))"] + (0..<extra).map { chatSentence(index * 31 + $0) }
    }

    /// `12/31/23, 9:41 PM`, counted in minutes from 1 January 2024 at midnight, UTC.
    private static func whatsAppStamp(minutes: Int, calendar: Calendar) -> String {
        let date = Date(timeIntervalSince1970: 1_704_067_200 + TimeInterval(minutes) * 60)
        let parts = calendar.dateComponents([.year, .month, .day, .hour, .minute], from: date)
        let hour = parts.hour!
        let clock = hour % 12 == 0 ? 12 : hour % 12
        let marker = hour < 12 ? "AM" : "PM"
        return String(
            format: "%d/%d/%02d, %d:%02d\u{202F}%@",
            parts.month!,
            parts.day!,
            parts.year! % 100,
            clock,
            parts.minute!,
            marker
        )
    }

    private static func chatSentence(_ seed: Int) -> String {
        var state = UInt64(truncatingIfNeeded: seed &* 2_246_822_519 &+ 7)
        var picked = [String]()
        for _ in 0..<(3 + seed % 10) {
            state = state &* 6_364_136_223_846_793_005 &+ 1_442_695_040_888_963_407
            picked.append(chatWords[Int(state >> 33) % chatWords.count])
        }
        return picked.joined(separator: " ")
    }
}
