import Foundation

/// The words of street addresses in the countries Safehold knows (US, Canada, UK, Australia, Germany, France),
/// each mapped to one canonical short form so that `Street`, `St` and `St.` compare equal.
enum AddressVocabulary {
    /// Canonical street types, with every spelling that means them.
    static let streetTypes: [String: String] = table([
        "st": ["street", "st", "strt"],
        "ave": ["avenue", "ave", "av", "avn", "avenida"],
        "rd": ["road", "rd"],
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
        "quai": ["quai"], "rte": ["route", "rte"], "cours": ["cours"], "fbg": ["faubourg", "fbg"],
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
        "apt", "apartment", "unit", "suite", "ste", "flat", "room", "rm", "floor", "fl", "bldg", "building",
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
        let word = token.replacingOccurrences(of: "ß", with: "ss")
        if isNumberLike(word) { return [word] }
        let letters = word.contains(where: \.isNumber) ? leetLetters(word) : word
        if let known = streetTypes[letters] ?? directions[letters] ?? other[letters] { return [known] }
        for (ending, canonical) in compoundEndings where letters.count >= ending.count + 3 && letters.hasSuffix(ending) {
            return [folded(String(letters.dropLast(ending.count))), canonical]
        }
        return [folded(letters)]
    }

    /// Digits with at most two letters after them: `12`, `12a`, `1st`, `42nd`.
    static func isNumberLike(_ word: String) -> Bool {
        var digits = 0
        var letters = 0
        for scalar in word.unicodeScalars {
            if scalar.value >= 0x30 && scalar.value <= 0x39 {
                if letters > 0 { return false }
                digits += 1
            } else {
                letters += 1
            }
        }
        return digits > 0 && letters <= 2
    }

    /// `l` and `i` compare equal, as `1` may stand for either.
    private static func folded(_ word: String) -> String {
        word.contains("l") ? word.replacingOccurrences(of: "l", with: "i") : word
    }

    static func isStreetType(_ canonical: String) -> Bool { streetTypeValues.contains(canonical) }
    static func isDirection(_ canonical: String) -> Bool { directionValues.contains(canonical) }

    private static let streetTypeValues = Set(streetTypes.values)
    private static let directionValues = Set(directions.values)

    private static func leetLetters(_ word: String) -> String {
        String(
            word.map { character -> Character in
                switch character {
                case "0": "o"
                case "1": "i"
                case "3": "e"
                case "4": "a"
                case "5": "s"
                case "7": "t"
                case "8": "b"
                default: character
                }
            }
        )
    }

    private static func table(_ groups: [String: [String]]) -> [String: String] {
        var result: [String: String] = [:]
        for (canonical, spellings) in groups {
            for spelling in spellings { result[spelling] = canonical }
        }
        return result
    }
}
