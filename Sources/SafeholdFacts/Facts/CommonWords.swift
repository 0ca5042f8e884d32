/// Names and nicknames that are also everyday words.
///
/// A protected name or nickname that is one of these words, written alone, matches only when it starts with a
/// capital letter (`Will`, `WILL`), because the lower-case word (`I will call`) is almost always the word.
/// Anyone can still write the name in lower case to slip past; that trade is deliberate, since a finding on
/// every `will` and `may` would bury the real ones.
enum CommonWords {
    static let all: Set<String> = [
        "will", "bill", "mark", "pat", "rose", "grace", "hope", "joy", "may", "june", "april", "august", "summer",
        "dawn", "faith", "ruby", "amber", "jack", "sue", "art", "bob", "rob", "max", "frank", "guy", "ray", "sky",
        "drew", "chase", "hunter", "don", "dick", "jay", "kit", "lily", "iris", "ivy", "holly", "daisy", "violet",
        "heather", "rich", "sonny", "sunny", "buddy", "angel", "honey", "baby", "sandy", "rusty", "crystal",
        "pearl", "jade", "coral", "cherry", "olive", "hazel", "autumn", "winter", "storm", "river", "brook",
        "forest", "cliff", "dale", "glen", "heath", "lane", "wade", "miles", "gene", "jean", "carol", "mercy",
        "patience", "charity", "constance", "harmony", "melody", "destiny", "trinity", "star", "sage", "bud",
        "gus", "ted", "tom", "tim", "nick", "rick", "pete", "dean", "rod", "bo", "al", "ed", "ben", "sam", "jo",
        "van", "grant", "price", "young", "king", "white", "black", "brown", "green", "gray", "grey", "hall",
        "wood", "stone", "hill", "bell", "bush", "rocky", "bear", "fox", "wolf", "robin", "jewel", "penny",
        "cookie", "cash", "don", "bishop", "page", "paige", "reed", "read", "early", "noble", "love", "bliss",
        "mo", "ma", "pa", "doc", "chip", "duke", "earl", "prince", "major", "rex", "sunshine", "teddy", "mike",
    ]
}
