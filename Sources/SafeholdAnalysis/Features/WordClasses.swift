/// Small classes of words, written for Safehold, that give the model features shared by every word in a class.
///
/// The training sets hold many threats with "kill" or "shoot" and few with "strangle" or "hurt"; a feature for
/// "a word of harm" (and for pairs such as "will + harm" or "harm + you") lets what the common words taught
/// carry over to the rare ones. The weights of these features are learned from the data like any other.
enum WordClass: UInt8, Sendable, CaseIterable {
    /// Words of physical harm.
    case harm = 1
    /// Weapons.
    case weapon
    /// Death and dying.
    case death
    /// The reader: you, your, u.
    case reader
    /// What someone will or is about to do.
    case intent
    /// Sexual words and words about bodies.
    case sexual
    /// People someone could send: family, friends.
    case others
    /// Seeking someone out: find, watch, follow.
    case seeking

    /// The classes of violence: harm, weapons and death.
    static let violent: Set<WordClass> = [.harm, .weapon, .death]

    /// Words of violence that no class holds, so that they change no feature (the model was trained without them),
    /// and that still count as words of violence for ``AbuseScores/speaksOfViolence``.
    static let otherViolentWords = [
        "fire", "flames", "ablaze", "alight", "torch", "torched", "arson", "blood", "bleeding", "beaten", "smashed",
        "broken", "hospital", "ambulance", "morgue", "strangling", "choking", "burnt", "punching", "slapping",
    ]

    /// The words of each class, separated by spaces.
    static let members: [(WordClass, String)] = [
        (
            .harm,
            "kill kills killing killed murder murdered hurt hurts hurting stab stabbed stabbing shoot shooting shot beat "
                + "beating punch punched slap slapped strangle strangled choke choked burn burned hang hanged hit "
                + "kick kicked smash break bury buried drown torture tortured rape raped cut slit destroy destroyed "
                + "butcher slaughter execute lynch behead gut bleed beatdown assault attack attacked batter harm "
                + "wreck crush snap maim poison throttle whip"
        ),
        (.weapon, "gun guns knife knives bullet bullets blade rifle pistol shotgun bat axe hammer acid rope bomb"),
        (.death, "die dies died dying dead death grave coffin funeral corpse body bodies"),
        (.reader, "you u ya ye your ur yours yourself youre yall"),
        (.intent, "will ll gonna going shall gon wanna gunna finna coming soon tonight tomorrow next"),
        (
            .sexual,
            "sex sexy naked nude nudes tits boobs titties breasts pussy dick cock horny suck blowjob cum panties bra "
                + "lingerie thighs undress strip stripper clothes bed bang fuck fucking fucked screw hooker slut "
                + "whore ass booty nipples topless pics"
        ),
        (.others, "brother brothers cousin cousins boys friends mates dad father uncle crew gang family"),
        (.seeking, "find found watch watching follow following track tracking hunt hunting see saw know where"),
    ]
}
