/// Passphrases used across the tests, good and bad.
enum Examples {
    static let strong: [String] = [
        "copper lantern walks quietly north",
        "Orchid-tram-velvet-42-harbour",
        "kX9#mQ2$vL7pR4!tZ8wN",
        "T7r!q2Vz#pL9mW4s&x8K",
        "marble teapot seven river gently",
        "  copper lantern walks quietly north  ",
        "Plum kettle drifts under 9 bridges",
        "naïve café noël gifts",
        "6jjfrunruznnidk6",
        "377992vzht4bgxq1",
        "6vi5t14yc3z4h591",
    ]

    static let otherScripts: [String] = [
        "бумажный кораблик плывёт",
        "私の秘密の合言葉は赤いりんごと青い海",
        "το μυστικό μου λιμάνι βράδυ",
        "कागज़ की नाव धीरे चलती है",
        "قارب ورقي يبحر بهدوء",
    ]

    static let tooShort: [String] = ["", "   ", "short words", "tiny-pass", "Kq8#zP2!", "私の秘密の合言葉はりんご"]

    static let common: [String] = [
        "Password1234567!",
        "p@ssw0rdp@ssw0rd",
        "iloveyouiloveyou",
        "sunshine12345678",
        "$unshine12345678",
        "football2024!!!!",
        "P a s s w o r d 1 2 3 4 5 6",
        "trustno1trustno1",
        "1qaz2wsx3edc4rfv",
        "dr@g0n!!!!!!!!!!!",
    ]

    static let repeated: [String] = [
        "aaaaaaaaaaaaaaaa",
        "abcabcabcabcabc",
        "iloveyouiloveyou",
        "blue blue blue blue",
        "catcatcatcatcat!",
        "abababbabaabbaba",
        "ЯЯЯЯЯЯЯЯЯЯЯЯЯЯЯЯ",
    ]

    static let sequences: [String] = [
        "qwertyuiopasdfg",
        "123456789012345",
        "abcdefghijklmnop",
        "zyxwvutsrqponmlk",
        "1qaz2wsx3edc4rfv",
        "0987654321qwerty",
        "йцукенгшщзхъфыва",
        "asdf-ghjk-1234-5678",
    ]

    static let oneWordPadded: [String] = [
        "sunshine12345678",
        "12345678sunshine",
        "!!!marmalade!!!!",
        "Bartholomew#2024!",
        "Giraffe_99999999",
        "m0nk3y!!!!!!!!!!!",
        "2024m0nk3y!!!!!!",
    ]

    static let dates: [String] = [
        "harbour 12/05/1987 lantern",
        "copper 1987-05-12 walks north",
        "05121987 copper lantern walk",
        "copper lantern may 12 1987",
        "the 12th of may, lanterns glow",
        "lantern 5.12.87 copper gently",
        "copper lantern walks 19870512",
        "Dec 25th kettle plum harbour",
        "kettle plum harbour sept 2009",
        "river 31-12-2001 teapot moss",
        "teapot river 120587 moss",
    ]

    static let notDates: [String] = [
        "Orchid-tram-velvet-42-harbour",
        "copper 12 lantern 99 walks",
        "version 10.0.0.1 of lanterns",
        "copper lantern 1987 mossy gate",
        "teapot river 4 12 moss copper",
        "march onward, copper lanterns",
        "kettle 13/13/2013 plum harbour",
        "Rth%jUL8L5BirA9JKf%o",
    ]

    static var all: [String] {
        strong + otherScripts + tooShort + common + repeated + sequences + oneWordPadded + dates + notDates
    }
}
