/// The common case of a WhatsApp header read straight from its bytes: plain ASCII, as most exports in
/// English-speaking and many other locales write it (`12/31/23, 9:41 PM - ` or `[31/12/2023, 21:41:05] `), with a plain or narrow no-break space before the marker.
///
/// This accepts only a strict subset of what ``HeaderScanner`` reads and gives the same header for it; anything
/// else (other scripts, invisible marks, spaced or dotted dates, localized markers, lines that are not headers)
/// returns `nil` and goes the general, slower way. It exists because the general way builds an array of
/// scalars for every line, which made reading a long chat several times slower than it needs to be.
enum WhatsAppFastHeader {
    static func parse<Bytes: Collection>(_ line: Bytes) -> WhatsAppHeader?
    where Bytes.Element == UInt8, Bytes.Index == Int {
        var cursor = ByteCursor(line)
        let bracket = cursor.take(0x5B)  // [
        guard let date = cursor.date(), cursor.take(0x2C), cursor.take(0x20),  // ", "
            let time = cursor.time()
        else { return nil }
        var meridiem: WhatsAppMeridiem?
        // Newer exports put a narrow no-break space (U+202F, E2 80 AF) before the marker.
        let space = cursor.peek(0x20) ? 1 : cursor.peek(0xE2, 0x80, 0xAF) ? 3 : 0
        if space > 0, let marker = cursor.meridiem(at: cursor.index + space) {
            meridiem = marker
            cursor.index += space + 2
        }
        let bodyOffset: Int
        if bracket {
            guard cursor.take(0x5D) else { return nil }  // ]
            bodyOffset = cursor.index + (cursor.peek(0x20) ? 1 : 0) - line.startIndex
        } else {
            guard cursor.take(0x20), cursor.take(0x2D), cursor.atEnd || cursor.peek(0x20) else { return nil }  // " -"
            bodyOffset = min(cursor.index + 1, line.endIndex) - line.startIndex
        }
        return WhatsAppHeader(
            layout: bracket ? .ios : .android, fields: date.fields, digits: date.digits, hour: time.hour,
            minute: time.minute, second: time.second, meridiem: meridiem, dottedLayout: false, bodyOffset: bodyOffset)
    }

    private struct ByteCursor<Bytes: Collection> where Bytes.Element == UInt8, Bytes.Index == Int {
        let bytes: Bytes
        var index: Int

        init(_ bytes: Bytes) {
            self.bytes = bytes
            index = bytes.startIndex
        }

        var atEnd: Bool { index >= bytes.endIndex }

        func peek(_ byte: UInt8) -> Bool { index < bytes.endIndex && bytes[index] == byte }

        func peek(_ first: UInt8, _ second: UInt8, _ third: UInt8) -> Bool {
            index + 2 < bytes.endIndex && bytes[index] == first && bytes[index + 1] == second
                && bytes[index + 2] == third
        }

        mutating func take(_ byte: UInt8) -> Bool {
            guard peek(byte) else { return false }
            index += 1
            return true
        }

        /// A run of ASCII digits, at most `maximum` long, and not followed by another digit.
        mutating func number(maximum: Int) -> (value: Int, count: Int)? {
            var value = 0
            var count = 0
            while index < bytes.endIndex, count < maximum, bytes[index] &- 0x30 < 10 {
                value = value * 10 + Int(bytes[index] &- 0x30)
                count += 1
                index += 1
            }
            if index < bytes.endIndex, bytes[index] &- 0x30 < 10 { return nil }
            return count == 0 ? nil : (value, count)
        }

        /// Three numbers joined by the same `/`, `.` or `-`, with the digit counts the general reader allows.
        mutating func date() -> (fields: [Int], digits: [Int])? {
            guard let first = number(maximum: 4), first.count != 3, index < bytes.endIndex else { return nil }
            let separator = bytes[index]
            guard separator == 0x2F || separator == 0x2E || separator == 0x2D else { return nil }
            index += 1
            guard let second = number(maximum: 4), second.count <= 2, take(separator),
                let third = number(maximum: 4), third.count != 3, !peek(0x2E)
            else { return nil }
            let digits = [first.count, second.count, third.count]
            guard !(digits[0] == 4 && digits[2] == 4), digits[0] == 4 || digits[0] <= 2 else { return nil }
            return ([first.value, second.value, third.value], digits)
        }

        /// `H:MM` or `H:MM:SS` on a clock that exists.
        mutating func time() -> (hour: Int, minute: Int, second: Int)? {
            guard let hour = number(maximum: 2), take(0x3A), let minute = number(maximum: 2), minute.count == 2
            else { return nil }
            var second = 0
            if take(0x3A) {
                guard let seconds = number(maximum: 2), seconds.count == 2 else { return nil }
                second = seconds.value
            }
            guard hour.value <= 23, minute.value <= 59, second <= 59 else { return nil }
            return (hour.value, minute.value, second)
        }

        /// `AM`, `PM`, `am` or `pm` at a position.
        func meridiem(at position: Int) -> WhatsAppMeridiem? {
            guard position + 1 < bytes.endIndex else { return nil }
            let first = bytes[position] | 0x20
            guard bytes[position + 1] | 0x20 == 0x6D else { return nil }  // m
            return first == 0x61 ? .morning : first == 0x70 ? .afternoon : nil  // a, p
        }
    }
}
