import Foundation

/// The words of street addresses in the countries Safehold knows (US, Canada, UK, Australia, Germany, France),
/// each mapped to one canonical short form so that `Street`, `St` and `St.` compare equal.
enum AddressVocabulary {
    /// Canonical street types, with every spelling that means them.
    static let streetTypes: [String: String] = table([
        "st": ["street", "st", "strt"],
        "ave": ["avenue", "ave", "av", "avn", "avenida"],
        "rd": ["road", "rd"], "rte": ["route", "rte", "rt"],
        "blvd": ["boulevard", "blvd", "bd", "boul", "bvd"],
        "dr": ["drive", "dr", "drv"],
        "ln": ["lane", "ln"],
        "ct": ["court", "ct", "crt"],
        "pl": ["place", "pl", "platz", "plaza", "plz"],
        "ter": ["terrace", "ter", "terr", "tce"],
        "way": ["way", "wy"],
        "cir": ["circle", "cir", "circ"],
        "hwy": ["highway", "hwy"],
        "pkwy": ["parkway", "pkwy", "pky"],
        "sq": ["square", "sq"],
        "cres": ["crescent", "cres", "cresc"],
        "cl": ["close", "cl"],
        "gdns": ["gardens", "gdns"],
        "gr": ["grove", "gr", "gv"],
        "trl": ["trail", "trl"],
        "aly": ["alley", "aly"],
        "row": ["row"], "walk": ["walk"], "mews": ["mews"], "loop": ["loop"], "pass": ["pass"],
        "pde": ["parade", "pde"],
        "esp": ["esplanade", "esp"],
        "hts": ["heights", "hts"],
        "xing": ["crossing", "xing"],
        "pike": ["pike"], "run": ["run"], "path": ["path"],
        "rue": ["rue"], "allee": ["allee", "allée"], "ch": ["chemin", "ch"], "imp": ["impasse", "imp"],
        "quai": ["quai"], "cours": ["cours"], "fbg": ["faubourg", "fbg"],
        "str": ["strasse", "straße", "str"], "weg": ["weg"], "gasse": ["gasse"], "damm": ["damm"],
        "ufer": ["ufer"], "chaussee": ["chaussee"], "ring": ["ring"],
    ])

    /// Words that point a street (`N`, `North`, `Nord`).
    static let directions: [String: String] = table([
        "n": ["n", "north", "nord"], "s": ["s", "south", "sud"], "e": ["e", "east", "est"],
        "w": ["w", "west", "ouest"], "ne": ["ne", "northeast"], "nw": ["nw", "northwest"],
        "se": ["se", "southeast"], "sw": ["sw", "southwest"],
    ])

    /// Words that introduce a flat, suite or floor.
    static let unitWords: Set<String> = [
        "apt", "apartment", "unit", "suite", "ste", "flat", "room", "rm", "floor", "fl", "flr", "bldg", "building",
        "lot", "trlr", "spc", "dept", "wohnung", "etage", "appartement", "bat", "batiment",
    ]

    /// Other words that change the spelling but not the place.
    static let other: [String: String] = table([
        "st": ["saint"], "mt": ["mount", "mt"], "ft": ["fort", "ft"],
        "1st": ["first"], "2nd": ["second"], "3rd": ["third"], "4th": ["fourth"], "5th": ["fifth"],
        "6th": ["sixth"], "7th": ["seventh"], "8th": ["eighth"], "9th": ["ninth"], "10th": ["tenth"],
    ])

    /// Words between the number and the street name that a writer may add or leave out.
    static let fillers: Set<String> = ["de", "du", "des", "la", "le", "les", "l", "d", "bis", "ter", "no", "nr", "the"]

    /// German compound endings split off the stem: `Hauptstraße` reads as `haupt str`.
    static let compoundEndings: [(String, String)] = [
        ("strasse", "str"), ("straße", "str"), ("str", "str"), ("weg", "weg"), ("gasse", "gasse"),
        ("platz", "pl"), ("allee", "allee"), ("damm", "damm"), ("ufer", "ufer"),
    ]

    /// The canonical form of one folded token, which may split into two.
    static func canonical(_ token: String) -> [String] {
        var bytes = Array(token.utf8)
        if bytes.contains(0xC3) { bytes = Array(token.replacingOccurrences(of: "ß", with: "ss").utf8) }
        if isNumberLike(bytes) { return [token] }
        if bytes.contains(where: { $0 >= 0x30 && $0 <= 0x39 }) { bytes = bytes.map(leetLetter) }
        let letters = String(decoding: bytes, as: UTF8.self)
        if let known = streetTypes[letters] ?? directions[letters] ?? other[letters] { return [known] }
        if unitWords.contains(letters) || fillers.contains(letters) { return [letters] }
        for (ending, canonical) in compoundEndingBytes
        where bytes.count >= ending.count + 3 && bytes.suffix(ending.count).elementsEqual(ending) {
            return [folded(bytes.dropLast(ending.count)), canonical]
        }
        return [folded(bytes[...])]
    }

    private static let compoundEndingBytes: [([UInt8], String)] = compoundEndings.map { (Array($0.0.utf8), $0.1) }

    /// `l` and `i` compare equal, as `1` may stand for either.
    private static func folded(_ bytes: ArraySlice<UInt8>) -> String {
        String(decoding: bytes.map { $0 == 0x6C ? 0x69 : $0 }, as: UTF8.self)
    }

    private static func leetLetter(_ byte: UInt8) -> UInt8 {
        switch byte {
        case 0x30: 0x6F
        case 0x31: 0x69
        case 0x33: 0x65
        case 0x34: 0x61
        case 0x35: 0x73
        case 0x37: 0x74
        case 0x38: 0x62
        default: byte
        }
    }

    static func isNumberLike(_ word: String) -> Bool { isNumberLike(Array(word.utf8)) }

    /// Digits with at most two letters after them: `12`, `12a`, `1st`, `42nd`.
    static func isNumberLike(_ bytes: [UInt8]) -> Bool {
        var digits = 0
        var letters = 0
        for byte in bytes {
            if byte >= 0x30 && byte <= 0x39 {
                if letters > 0 { return false }
                digits += 1
            } else {
                letters += 1
            }
        }
        return digits > 0 && letters <= 2
    }

    static func isStreetType(_ canonical: String) -> Bool { streetTypeValues.contains(canonical) }
    static func isDirection(_ canonical: String) -> Bool { directionValues.contains(canonical) }

    private static let streetTypeValues = Set(streetTypes.values)
    private static let directionValues = Set(directions.values)

    private static func table(_ groups: [String: [String]]) -> [String: String] {
        var result: [String: String] = [:]
        for (canonical, spellings) in groups {
            for spelling in spellings { result[spelling] = canonical }
        }
        return result
    }
}
