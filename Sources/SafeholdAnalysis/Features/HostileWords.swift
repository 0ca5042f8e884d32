/// Words that carry hostility towards people, written for Safehold: contempt, hatred, disgust, dehumanizing
/// names, exclusion, the stock phrases of sexism, and words that generalize about everyone in a group ("all",
/// "should", "never"). Swear words, slurs (``ProfaneWords``), words of violence and sexual words (``WordClass``)
/// count too, through their own lists.
///
/// The model learned identity attacks and sexism from posts that name groups, so a calm sentence that names one
/// ("We need more support for trans people in our schools", "A new report looks at how women are treated at work")
/// can score just over the threshold on the group's name and a few common words. ``AbuseScores/speaksWithHostility``
/// says whether a text holds any of these words; without one, Safehold sets aside an identity attack or sexism flag
/// that no rule confirmed and that is close to its threshold (``TextAnalyzer/calmGroupMargin``). The list is of
/// words, not of what they mean in context: "hate" counts in "I hate that you were hurt", which keeps a flag rather
/// than drops one. Words are in their folded form (lower case, apostrophes gone).
enum HostileWords {
    static let members: Set<String> = Set(
        [
            // Hatred, disgust and contempt.
            "hate hates hated hating hater haters hatred despise despises despised loathe loathes detest detests "
                + "disgust disgusting disgusted gross vile filthy filth dirty nasty evil wicked sick sickening "
                + "revolting repulsive disgrace disgraceful shameful shame pathetic worthless useless hopeless "
                + "embarrassing embarrassment cringe bad worse worst terrible awful horrible less lesser",
            // What people are called to run them down.
            "stupid dumb dumber dumbest idiot idiots idiotic moron morons moronic retard retards retarded imbecile "
                + "imbeciles fool fools foolish brainless mindless ignorant ugly fat lazy crazy insane psycho psychos "
                + "mental hysterical irrational emotional weak inferior superior loser losers failure failures clown "
                + "clowns joke pig pigs dog dogs cow cows whiny whining nag nagging liar liars lying lie lies cheat "
                + "cheats cheater thief thieves greedy freak freaks",
            // More names people are called, and words that run someone down: without one of them a calm sentence
            // can carry the model's insult on a plain word ("Our department is hiring" on "department").
            "troll trolls traitor traitors silly jerk jerks lunatic lunatics hypocrite hypocrites hypocrisy inept "
                + "incompetent incompetence ignorance ridiculous absurd talentless slag slags skank skanks worm worms "
                + "creature immoral witch witches hag hags coward cowards cowardly scumbag scumbags lowlife lowlifes "
                + "creep creeps creepy weirdo weirdos fraud frauds buffoon buffoons cretin cretins halfwit dimwit "
                + "dimwits dunce nutcase nutjob narcissist sociopath muppet numpty pillock prat twit nitwit tosser "
                + "dumbass jackass braindead spineless gutless clueless insufferable pitiful wretched deluded "
                + "delusional deranged smelly entitled ungrateful selfish shameless arrogant hideous rotten stinking "
                + "drivel corrupt crook crooks snake snakes maggot maggots monster monsters pest slob doormat airhead "
                + "bonehead blockhead dolt nincompoop numbskull simpleton wingnut wingnuts snowflake snowflakes "
                + "racist racists bigot bigots bigoted excrement dummy dummies hypocritical crooked bum bums fatass "
                + "fatso pointless unfit devil loony loon loons nutter tubby sleazy sleazebag slimy slimeball weasel "
                + "weasels brat brats whiner crybaby phony phoney dishonest despicable contemptible deplorable "
                + "deplorables repugnant obnoxious mediocre stupidity idiocy unhinged demented senile psychopath "
                + "psychopaths fanatic fanatics zealot goon goons shill shills stooge stooges lackey bootlicker "
                + "sellout scammer scammers conman charlatan charlatans hack hacks",
            // Dehumanizing names, and people cast as a danger.
            "subhuman animal animals beast beasts savage savages vermin rat rats cockroach cockroaches parasite "
                + "parasites leech leeches scum trash garbage rubbish cancer plague disease diseased infestation "
                + "infest "
                + "invade invaders invasion swarm swarming breed breeding criminal criminals thug thugs terrorist "
                + "terrorists rapist rapists pedo pedos pedophile pedophiles predator predators groomer groomers "
                + "abomination unnatural pervert perverts perverted degenerate degenerates deviant deviants ruin ruins "
                + "ruining ruined dangerous danger burden drain replace replacing replacement flood flooding overrun "
                + "illegals aliens",
            // Shutting people out.
            "deport deported deportation ban banned kick expel exterminate extermination eradicate wipe purge gas "
                + "eliminate eliminated elimination shut shutup stfu",
            // The stock phrases of sexism, and the words of the forums that hate women.
            "belong kitchen sandwich sandwiches obey submissive property owned place whale whales feminazi feminazis "
                + "femoid femoids foid foids roastie roasties digger diggers mangina manginas chad chads incel incels "
                + "simp simps cuck cucks beta betas alpha hypergamy hypergamous bitchy tramp tramps bimbo bimbos",
            // Words that speak of everyone in a group at once.
            "should shouldnt cant never only all every always",
        ].joined(separator: " ").split(separator: " ").map(String.init)
    )
}
