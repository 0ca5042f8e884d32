/// Words that name a group of people by who they are (gender, sexuality, religion, origin, race,
/// disability), written for Safehold.
///
/// The training sets hold these words mostly inside attacks, so the model learned that "gay", "muslims" or
/// "women" lean towards an identity attack or sexism on their own, and "I'm a proud gay man" was flagged.
/// Giving the words no features at all was tried and lost real attacks (see BENCHMARKS.md). Instead the model
/// keeps its weights, and a label is set aside when, without these words' share, the rest of the text would
/// not come near the label (``AbuseScores/groupNamingOnly``): naming a group is not an attack on it.
///
/// Slurs are not here: a slur is an attack by itself and keeps its weight. Words are in their folded form
/// (lower case, look-alike letters read as plain ones).
enum GroupWords {
    static let members: Set<String> = Set(
        [
            // Gender.
            "woman women womens womans girl girls female females lady ladies man men mens male males boy boys "
                + "wife wives mother mothers mom moms mum mums daughter daughters sister sisters grandmother "
                + "husband husbands father fathers son sons brother brothers",
            // Sexuality and gender identity.
            "gay gays lesbian lesbians bisexual bisexuals bi queer queers homosexual homosexuals heterosexual "
                + "straight lgbt lgbtq lgbtqia trans transgender transgenders nonbinary intersex asexual pride",
            // Religion.
            "muslim muslims islam islamic jew jews jewish judaism christian christians christianity catholic "
                + "catholics protestant hindu hindus hinduism sikh sikhs buddhist buddhists atheist atheists "
                + "mosque mosques synagogue synagogues church churches temple eid ramadan diwali hanukkah",
            // Origin, race and ethnicity.
            "black blacks asian asians african africans american americans mexican mexicans "
                + "latino latina latinos latinas latinx hispanic hispanics arab arabs chinese indian indians "
                + "pakistani pakistanis polish poland immigrant immigrants migrant migrants refugee refugees "
                + "foreigner foreigners indigenous native natives roma jewish european europeans irish "
                + "nigerian somali syrian syrians ukrainian ukrainians russian russians korean japanese "
                + "filipino vietnamese",
            // Disability and age.
            "disabled disability disabilities deaf blind autistic autism wheelchair elderly",
        ].joined(separator: " ").split(separator: " ").map(String.init)
    )
}
