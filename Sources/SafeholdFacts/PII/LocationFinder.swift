import SafeholdText

/// Finds coordinates (`40.7128, -74.0060`, `40°42'46"N 74°0'21"W`) and links to places on maps.
struct LocationFinder: Sendable {
    static let mapHosts = [
        "google.com/maps", "maps.google.", "goo.gl/maps", "maps.app.goo.gl", "maps.apple.com", "openstreetmap.org",
        "osm.org", "what3words.com", "w3w.co", "bing.com/maps", "waze.com", "here.com", "mapquest.com",
        "google.co.uk/maps",
    ]

    /// Words before a pair of decimals that say it is a place.
    static let placeWords = [
        "lat", "lon", "lng", "gps", "coord", "location", "located", "position", "at ", "near", "📍", "pin", "geo",
    ]

    func find(in text: ScanText) -> [PIIEntity] {
        links(in: text) + decimal(in: text) + degrees(in: text) + threeWords(in: text)
    }

    /// URLs to a map service, up to the next space or quote.
    private func links(in text: ScanText) -> [PIIEntity] {
        var found: [PIIEntity] = []
        var index = 0
        while index < text.count {
            guard text.bytes[index] == 0x68 || text.bytes[index] == 0x77 || text.bytes[index] == 0x6D,
                !text.isAlnum(index - 1)
            else {
                index += 1
                continue
            }
            var end = index
            while end < text.count, end - index < 2048, isURLByte(text.bytes[end]) { end += 1 }
            while end > index, ".,;:!?)".contains(Character(UnicodeScalar(text.bytes[end - 1]))) { end -= 1 }
            let url = text.string(index..<end)
            if url.count > 8, url.hasPrefix("http") || url.hasPrefix("www.") || url.hasPrefix("maps."),
                Self.mapHosts.contains(where: { url.contains($0) })
            {
                found.append(text.entity(.mapLink, index..<end, value: url, confidence: 0.9))
            }
            index = max(end, index + 1)
        }
        return found
    }

    private func isURLByte(_ byte: UInt8) -> Bool {
        byte > 0x20 && byte < 0x7F && byte != 0x22 && byte != 0x27 && byte != 0x3C && byte != 0x3E
    }

    /// Two signed decimals with at least three decimal places, in range, separated by a comma or space.
    private func decimal(in text: ScanText) -> [PIIEntity] {
        var found: [PIIEntity] = []
        var index = 0
        while index < text.count {
            guard let (latitude, afterLatitude) = number(in: text, at: index), abs(latitude.value) <= 90,
                latitude.places >= 3
            else {
                index += 1
                continue
            }
            var next = afterLatitude
            var separators = 0
            while next < text.count, text.bytes[next] == 0x2C || text.bytes[next] == 0x20, separators < 3 {
                next += 1
                separators += 1
            }
            if separators > 0, let (longitude, end) = number(in: text, at: next), abs(longitude.value) <= 180,
                longitude.places >= 3,
                !text.isDigit(end),
                !(text.bytes.indices.contains(end) && text.bytes[end] == 0x2E && text.isDigit(end + 1))
            {
                let value = format(latitude.value) + "," + format(longitude.value)
                let before = text.before(index, length: 24).lowercased()
                let placed = Self.placeWords.contains { before.contains($0) }
                found.append(text.entity(.coordinates, index..<end, value: value, confidence: placed ? 0.9 : 0.55))
                index = end
            } else {
                index = afterLatitude
            }
        }
        return found
    }

    private struct Number {
        var value: Double
        var places: Int
    }

    private func number(in text: ScanText, at start: Int) -> (Number, Int)? {
        var index = start
        if index < text.count, text.bytes[index] == 0x2D || text.bytes[index] == 0x2B { index += 1 }
        guard text.isDigit(index), !text.isAlnum(start - 1), start == 0 || text.bytes[start - 1] != 0x2E else {
            return nil
        }
        let digitsStart = index
        while text.isDigit(index), index - digitsStart < 3 { index += 1 }
        guard index < text.count, text.bytes[index] == 0x2E, text.isDigit(index + 1) else { return nil }
        index += 1
        let fraction = index
        while text.isDigit(index), index - fraction < 12 { index += 1 }
        guard let value = Double(text.string(start..<index)) else { return nil }
        return (Number(value: value, places: index - fraction), index)
    }

    private func format(_ value: Double) -> String {
        let scaled = (value * 1_000_000).rounded() / 1_000_000
        return String(scaled)
    }

    /// `40°42'46.1"N 74°0'21"W` and `40° 42.767' N`.
    private func degrees(in text: ScanText) -> [PIIEntity] {
        var found: [PIIEntity] = []
        var index = 0
        let scalars = text.folded.scalars
        while index < scalars.count {
            guard scalars[index] == "°", let first = angle(scalars, degreeAt: index) else {
                index += 1
                continue
            }
            var next = first.end
            while next < scalars.count, next - first.end < 3, scalars[next] == " " || scalars[next] == "," { next += 1 }
            var secondDegree = next
            while secondDegree < scalars.count, secondDegree - next < 4, scalars[secondDegree] != "°" {
                secondDegree += 1
            }
            if secondDegree < scalars.count, let second = angle(scalars, degreeAt: secondDegree), second.start == next {
                let value = format(first.value) + "," + format(second.value)
                found.append(text.entity(.coordinates, first.start..<second.end, value: value, confidence: 0.9))
                index = second.end
            } else {
                index += 1
            }
        }
        return found
    }

    private struct Angle {
        var start: Int
        var end: Int
        var value: Double
    }

    private func angle(_ scalars: [Unicode.Scalar], degreeAt degree: Int) -> Angle? {
        var start = degree
        while start > 0, degree - start < 12,
            scalars[start - 1].properties.numericType != nil || scalars[start - 1] == "."
        {
            start -= 1
        }
        guard start < degree, let degrees = Double(String(String.UnicodeScalarView(scalars[start..<degree]))) else {
            return nil
        }
        var index = degree + 1
        var value = degrees
        var divisor = 60.0
        for _ in 0..<2 {
            while index < scalars.count, scalars[index] == " " { index += 1 }
            var end = index
            while end < scalars.count, end - index < 8,
                scalars[end].properties.numericType != nil || scalars[end] == "."
            { end += 1 }
            guard end > index, end < scalars.count, "'′\"″’”".unicodeScalars.contains(scalars[end]),
                let part = Double(String(String.UnicodeScalarView(scalars[index..<end])))
            else { break }
            value += part / divisor
            divisor *= 60
            index = end + 1
            if index < scalars.count, scalars[index] == "'" { index += 1 }
        }
        while index < scalars.count, scalars[index] == " " { index += 1 }
        guard index < scalars.count, "nsewoNSEWO".unicodeScalars.contains(scalars[index]) else { return nil }
        if "swoSWO".unicodeScalars.contains(scalars[index]) { value = -value }
        return Angle(start: start, end: index + 1, value: value)
    }

    /// `///index.home.raft`: a what3words address.
    private func threeWords(in text: ScanText) -> [PIIEntity] {
        var found: [PIIEntity] = []
        var index = 0
        while index + 3 < text.count {
            guard text.bytes[index] == 0x2F, text.bytes[index + 1] == 0x2F, text.bytes[index + 2] == 0x2F,
                text.isLetter(index + 3),
                !(index > 0 && text.bytes[index - 1] == 0x3A)
            else {
                index += 1
                continue
            }
            var end = index + 3
            var dots = 0
            while end < text.count,
                text.isLetter(end) || (text.bytes[end] == 0x2E && text.isLetter(end + 1) && dots < 2)
            {
                if text.bytes[end] == 0x2E { dots += 1 }
                end += 1
            }
            if dots == 2 {
                found.append(text.entity(.mapLink, index..<end, value: text.string(index..<end), confidence: 0.8))
            }
            index = end
        }
        return found
    }
}
