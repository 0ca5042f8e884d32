/// A piece of exhibit text as the renderers show it.
enum TextSegment: Equatable {
    /// Text shown as written.
    case text(String)
    /// A redaction marker placed by ``Redaction``.
    case redaction(String)
    /// A character that is invisible or changes text direction, shown by its name.
    case hidden(Unicode.Scalar)
    /// A line break in the original.
    case lineBreak
}

/// Splits exhibit text into what to draw plainly, what to mark as redacted and what to name.
enum TextSegments {
    /// Splits `text` in one pass; `markers` are scalar ranges of redaction markers.
    static func split(_ text: String, markers: [ScalarRange] = []) -> [TextSegment] {
        var segments: [TextSegment] = []
        var current = String.UnicodeScalarView()
        var marks = markers.sorted { $0.start < $1.start }.makeIterator()
        var nextMark = marks.next()
        var markerText: String.UnicodeScalarView?
        var previousWasCR = false
        func flush() {
            if !current.isEmpty { segments.append(.text(String(current))) }
            current = String.UnicodeScalarView()
        }
        for (offset, scalar) in text.unicodeScalars.enumerated() {
            if let mark = nextMark, offset == mark.start, markerText == nil {
                flush()
                markerText = String.UnicodeScalarView()
            }
            if markerText != nil {
                markerText!.append(scalar)
                if let mark = nextMark, offset + 1 >= mark.end {
                    segments.append(.redaction(String(markerText!)))
                    markerText = nil
                    nextMark = marks.next()
                    while let skipped = nextMark, skipped.start <= offset { nextMark = marks.next() }
                }
                continue
            }
            let isLF = scalar == "\n"
            if isLF && previousWasCR {
                previousWasCR = false
                continue
            }
            previousWasCR = scalar == "\r"
            if isLF || scalar == "\r" {
                flush()
                segments.append(.lineBreak)
            } else if scalar == "\t" {
                current.append(contentsOf: "    ".unicodeScalars)
            } else if ScalarNames.isHidden(scalar) {
                flush()
                segments.append(.hidden(scalar))
            } else {
                current.append(scalar)
            }
        }
        if let pending = markerText { segments.append(.redaction(String(pending))) }
        flush()
        return segments
    }
}

/// Names for characters that cannot or should not be drawn as themselves.
enum ScalarNames {
    /// Characters that would be invisible, reorder text or break a document: shown by name instead.
    static func isHidden(_ scalar: Unicode.Scalar) -> Bool {
        let value = scalar.value
        switch value {
        case 0x00...0x1F, 0x7F...0x9F: return true  // control characters
        case 0x200B, 0x200E, 0x200F, 0x061C, 0x00AD, 0x2060, 0xFEFF, 0x180E: return true  // invisible marks
        case 0x202A...0x202E, 0x2066...0x2069: return true  // direction embeddings, overrides, isolates
        case 0x2028, 0x2029: return true  // line and paragraph separators
        case 0xFFF9...0xFFFB: return true  // interlinear annotation
        case 0xE0000...0xE007F: return true  // tag characters
        case 0x20...0x7E, 0xA0...0x2FF, 0x400...0x52F: return false  // common letters, all assigned
        default: return value < 0xF0000 && scalar.properties.generalCategory == .unassigned
        }
    }

    /// A bracketed description such as `[U+1F621 POUTING FACE]`.
    static func bracketed(_ scalar: Unicode.Scalar) -> String {
        "[" + describe(scalar) + "]"
    }

    /// `U+XXXX` followed by the character's Unicode name when it has one.
    static func describe(_ scalar: Unicode.Scalar) -> String {
        let hex = String(scalar.value, radix: 16, uppercase: true)
        let code = "U+" + String(repeating: "0", count: max(0, 4 - hex.count)) + hex
        let name = scalar.properties.name ?? scalar.properties.nameAlias ?? controlName(scalar.value)
        guard let name, !name.isEmpty else { return code }
        return code + " " + name
    }

    /// The Unicode name aliases of the C0 controls and DELETE, which have no character name.
    private static func controlName(_ value: UInt32) -> String? {
        let names = [
            "NULL", "START OF HEADING", "START OF TEXT", "END OF TEXT", "END OF TRANSMISSION", "ENQUIRY",
            "ACKNOWLEDGE", "ALERT", "BACKSPACE", "CHARACTER TABULATION", "LINE FEED", "LINE TABULATION",
            "FORM FEED", "CARRIAGE RETURN", "SHIFT OUT", "SHIFT IN", "DATA LINK ESCAPE", "DEVICE CONTROL ONE",
            "DEVICE CONTROL TWO", "DEVICE CONTROL THREE", "DEVICE CONTROL FOUR", "NEGATIVE ACKNOWLEDGE",
            "SYNCHRONOUS IDLE", "END OF TRANSMISSION BLOCK", "CANCEL", "END OF MEDIUM", "SUBSTITUTE", "ESCAPE",
            "INFORMATION SEPARATOR FOUR", "INFORMATION SEPARATOR THREE", "INFORMATION SEPARATOR TWO",
            "INFORMATION SEPARATOR ONE",
        ]
        if value < 0x20 { return names[Int(value)] }
        return value == 0x7F ? "DELETE" : nil
    }
}
