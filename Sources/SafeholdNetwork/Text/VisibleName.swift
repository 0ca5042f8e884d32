/// What is unusual about how a name is written: scripts, invisible characters, look-alike letters.
public struct NameInspection: Sendable, Hashable, Codable {
    /// The scripts of the name's letters, most used first (digits and punctuation are not counted).
    public var scripts: [UnicodeScript]
    /// Whether letters of more than one script are mixed in a way names rarely are (Latin with Cyrillic).
    public var isMixedScript: Bool
    /// How many invisible characters (zero-width, direction controls, fillers) the name holds.
    public var invisibleCount: Int
    /// Whether the name is written in other letters that look exactly like plain Latin ones (`раураl`).
    public var imitatesLatin: Bool
    /// Whether anything in the name is shown marked by ``VisibleName/render(_:)``.
    public var needsMarking: Bool { isMixedScript || invisibleCount > 0 || imitatesLatin || hasStyledLetters }
    /// Whether the name uses styled (mathematical or full-width) letters.
    public var hasStyledLetters: Bool
}

/// Shows a name so that nothing in it passes for what it is not.
///
/// Chosen rendering: every character that could mislead is written out in square brackets with its script and
/// code point, and invisible characters are named rather than left out. `pаypal` with a Cyrillic `а` is shown
/// as `p[Cyrillic а U+0430]ypal`; a zero-width space as `[invisible U+200B]`; a right-to-left override as
/// `[direction change U+202E]`. Brackets already in the name are shown as `[[` and `]]` so that a name cannot
/// imitate a mark. Plain names (`Jane Doe`, `José`, `Мария`, `山田`) are shown unchanged.
public enum VisibleName {
    /// Describes what is unusual about a name. Linear in its length.
    /// - Parameter name: A handle or display name someone else chose.
    public static func inspect(_ name: String) -> NameInspection {
        var counts: [UnicodeScript: Int] = [:]
        var invisible = 0
        var styled = false
        for scalar in name.unicodeScalars {
            if isInvisible(scalar) {
                invisible += 1
                continue
            }
            let script = UnicodeScript.of(scalar)
            if script == .mathematical || script == .fullwidth { styled = true }
            if script != .common && script != .inherited { counts[script, default: 0] += 1 }
        }
        let scripts = counts.sorted { ($0.value, $1.key.rawValue) > ($1.value, $0.key.rawValue) }.map(\.key)
        let letterScripts = Set(scripts).subtracting([.mathematical, .fullwidth])
        let mixed = letterScripts.count > 1 && !UnicodeScript.isUsualMix(letterScripts)
        return NameInspection(
            scripts: scripts,
            isMixedScript: mixed,
            invisibleCount: invisible,
            imitatesLatin: imitatesLatin(name, scripts: letterScripts),
            hasStyledLetters: styled
        )
    }

    /// The name with every misleading character written out. See the type's documentation for the format.
    /// - Parameter name: A handle or display name someone else chose.
    public static func render(_ name: String) -> String {
        render(name, limit: Int.max)
    }

    /// The name written out as by ``render(_:)``, cut after `limit` scalars with a note of how many were left out.
    /// - Parameters:
    ///   - name: A handle or display name someone else chose.
    ///   - limit: How many scalars of the name to show at most.
    public static func render(_ name: String, limit: Int) -> String {
        let scalars = name.unicodeScalars
        if scalars.count > limit {
            let shown = String(String.UnicodeScalarView(scalars.prefix(limit)))
            return render(shown, limit: limit) + "… (\(scalars.count - limit) more characters)"
        }
        let inspection = inspect(name)
        let main = inspection.scripts.first { $0 != .mathematical && $0 != .fullwidth } ?? .latin
        var out = ""
        for scalar in name.unicodeScalars {
            if scalar == "[" || scalar == "]" {
                out.unicodeScalars.append(contentsOf: [scalar, scalar])
            } else if isInvisible(scalar) {
                out += "[\(invisibleLabel(scalar)) \(codePoint(scalar))]"
            } else if shouldMark(scalar, main: main, inspection: inspection) {
                out += "[\(UnicodeScript.of(scalar).rawValue) \(Character(scalar)) \(codePoint(scalar))]"
            } else {
                out.unicodeScalars.append(scalar)
            }
        }
        return out
    }

    private static func shouldMark(_ scalar: Unicode.Scalar, main: UnicodeScript, inspection: NameInspection) -> Bool {
        let script = UnicodeScript.of(scalar)
        if script == .mathematical || script == .fullwidth { return true }
        if script == .common || script == .inherited { return false }
        if inspection.imitatesLatin { return !scalar.isASCII }
        return inspection.isMixedScript && script != main
    }

    /// A non-Latin name whose skeleton is entirely ASCII letters and digits is written to look Latin.
    private static func imitatesLatin(_ name: String, scripts: Set<UnicodeScript>) -> Bool {
        guard !scripts.isEmpty, scripts != [.latin], name.unicodeScalars.count <= 4096 else { return false }
        let skeleton = Skeleton.of(name)
        return skeleton.unicodeScalars.contains { $0.properties.isAlphabetic }
            && skeleton.unicodeScalars.allSatisfy { $0.isASCII }
    }

    /// Characters that draw nothing, or change direction, or look like a space without being one.
    public static func isInvisible(_ scalar: Unicode.Scalar) -> Bool {
        if scalar == " " { return false }
        let properties = scalar.properties
        if properties.isDefaultIgnorableCodePoint || properties.isVariationSelector { return true }
        switch properties.generalCategory {
        case .format, .control, .lineSeparator, .paragraphSeparator, .spaceSeparator, .privateUse, .unassigned,
            .surrogate:
            return true
        default:
            return [0x2800, 0x3164, 0xFFA0, 0x115F, 0x1160].contains(scalar.value)
        }
    }

    private static func invisibleLabel(_ scalar: Unicode.Scalar) -> String {
        if properties(bidi: scalar) { return "direction change" }
        if scalar.properties.generalCategory == .spaceSeparator { return "unusual space" }
        return "invisible"
    }

    private static func properties(bidi scalar: Unicode.Scalar) -> Bool {
        scalar.properties.isBidiControl
    }

    private static func codePoint(_ scalar: Unicode.Scalar) -> String {
        let digits = String(scalar.value, radix: 16, uppercase: true)
        return "U+" + String(repeating: "0", count: max(0, 4 - digits.count)) + digits
    }
}
