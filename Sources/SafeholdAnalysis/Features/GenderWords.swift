/// Words that speak of women, men or gender, written for Safehold: sexism is about gender, so a text that holds
/// none of them gives the model's sexism flag nothing to stand on.
///
/// The model learned sexism from posts in which words such as "kitchen", "sandwich" or "beat" often travel with
/// it, and flagged "Just finished painting the kitchen" or "Beat the butter and sugar". ``AbuseScores/speaksOfGender``
/// says whether a text holds one of these words; without one, Safehold sets a sexism flag that no rule confirmed
/// aside. Measured on the held-out EDOS posts (BENCHMARKS.md, 2026-12-07, thirteenth session): one sexist post of
/// 388 holds none ("These witches need the ducking stool"), against five false flags. Words are in their folded
/// form (lower case, apostrophes gone: "women's" is "womens").
enum GenderWords {
    static let members: Set<String> = Set(
        [
            // Women, men and family, as in ``GroupWords``, with pronouns.
            "woman women womens womans womanhood girl girls girly girlie female females feminine femininity lady "
                + "ladies wife wives wifey mother mothers motherhood mom moms mum mums mama mommy grandma granny "
                + "daughter daughters sister sisters aunt aunts niece bride brides queen queens princess "
                + "girlfriend girlfriends gf she her hers herself shes",
            "man men mens male males masculine masculinity boy boys guy guys husband husbands boyfriend "
                + "boyfriends bf father fathers dad dads daddy son sons brother brothers gentleman gentlemen "
                + "he him his himself hes",
            // Gender as a subject.
            "gender genders sex sexes sexist sexism sexists feminist feminists feminism feminazi feminazis "
                + "misogyny misogynist misogynists misogynistic misandry patriarchy metoo trans transgender "
                + "nonbinary incel incels chad chads stacy stacies becky beckys femoid femoids foid foids",
            // Words for women that are insults or objectify.
            "bitch bitches bitchy slut sluts slutty whore whores whorish hoe hoes thot thots cunt cunts twat twats "
                + "pussy pussies skank skanks hag hags harpy harpies bimbo bimbos wench wenches babe babes chick "
                + "chicks gal gals hottie hotties tranny trannies virgin virgins mistress sissy milf",
        ].joined(separator: " ").split(separator: " ").map(String.init)
    )
}
