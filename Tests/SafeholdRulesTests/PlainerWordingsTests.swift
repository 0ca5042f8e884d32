import SafeholdRules
import SafeholdText
import Testing

/// Wordings of rules `en-2026.12.13`, found with sentences written before the rules changed: threats that
/// name an injury instead of a harm verb, hate said as a trope, and put-downs said as superlatives. Each
/// comes with look-alikes that must stay quiet.
@Suite("Plainer wordings of threats, hate and put-downs")
struct PlainerWordingsTests {
    @Test(
        "threats that name the harm or the outcome",
        arguments: [
            ("I'm going to break every bone in your body", RuleSeverity.urgent),
            ("i will break all your bones", .urgent),
            ("you will never walk again", .urgent),
            ("your days are numbered", .high),
            ("next time I see you, you won't walk away", .high),
            ("you won't get away from me", .high),
            ("keep talking and see what happens to your face", .high),
            ("try it and see what happens to your kids", .high),
        ]
    )
    func threats(_ text: String, _ severity: RuleSeverity) throws {
        let found = try match("threat-of-violence", in: text)
        #expect(found?.severity == severity, "\(text)")
    }

    @Test(
        "injuries, endings and outcomes that threaten no one",
        arguments: [
            "I broke every bone in my hand skiing", "the doctor said you will walk again in a month",
            "you'll never see him again, he moved abroad", "the shop's days are numbered",
            "you won't get away with parking there, they tow", "let's wait and see what happens",
            "see what happens to your tomatoes if you water them daily", "I will never walk that trail again",
        ]
    )
    func quietThreatLookAlikes(_ text: String) throws {
        #expect(try match("threat-of-violence", in: text) == nil, "\(text)")
    }

    @Test(
        "hate said as a trope about a group",
        arguments: [
            "immigrants are ruining this country and should all be sent back", "Muslims are taking over our schools",
            "refugees are invading our towns", "Jews control the banks and the media", "the jews own hollywood",
            "no man wants a woman who talks back", "no guy wants a girl that has opinions",
        ]
    )
    func hateTropes(_ text: String) throws {
        #expect(try match("attack-on-a-group", in: text)?.severity == .medium, "\(text)")
    }

    @Test(
        "talk about a group that is not a trope",
        arguments: [
            "immigrants are rebuilding this town",
            "Jewish people run the bakery on our street", "the banks control the money supply",
            "no man wants a woman who cheats on him", "my neighbour is a lovely Muslim woman",
        ]
    )
    func quietGroupLookAlikes(_ text: String) throws {
        #expect(try match("attack-on-a-group", in: text) == nil, "\(text)")
    }

    @Test("a trope someone else said is marked as reported")
    func reportedTrope() throws {
        let found = try match("attack-on-a-group", in: "people say immigrants are ruining this country, which is a lie")
        #expect(found?.quoted == true)
    }

    @Test(
        "put-downs said as superlatives or as what others feel",
        arguments: [
            "you are the dumbest person I have ever met", "you're the ugliest woman in this town",
            "you are the most pathetic excuse for a mother", "you're so ugly it hurts to look at you",
            "you are so fat nobody wants you",
        ]
    )
    func putDowns(_ text: String) throws {
        #expect(try match("put-downs", in: text)?.severity == .medium, "\(text)")
    }

    @Test(
        "praise, things, and tiredness",
        arguments: [
            "you are the smartest person I have ever met", "this is the ugliest sweater I have ever seen",
            "you are so tired it hurts to watch", "you're the most patient mother I know",
            "you are not the dumbest person here",
        ]
    )
    func quietPutDownLookAlikes(_ text: String) throws {
        #expect(try match("put-downs", in: text) == nil, "\(text)")
    }
}

/// Wordings of rules `en-2026.12.15`, found with a second set of partner-abuse messages written before the rules
/// changed, each with look-alikes that must stay quiet.
@Suite("Partner-abuse wordings of en-2026.12.15")
struct SecondWordingsTests {
    @Test(
        "threats, coercion and watching in other words",
        arguments: [
            ("if I ever see you with him again I'll put you both in the ground", "threat-of-violence"),
            ("you have no idea how easy it would be to make you disappear", "threat-of-violence"),
            ("better lock your doors tonight", "threat-of-violence"),
            ("I'll slash your tyres and then I'll slash you", "threat-of-violence"),
            ("you are going to get what's coming to you", "threat-of-violence"),
            ("one more word and I'll knock your teeth out", "threat-of-violence"),
            ("u better hope i never catch u alone", "threat-of-violence"),
            ("I'm outside. come down or I'm coming up", "coercion"),
            ("answer me or I'm going to your parents' house right now", "coercion"),
            ("I tracked your phone, I know you're at his place", "surveillance"),
            ("you weren't at work today. where were you?", "surveillance"),
            ("I know your shift ends at 9. I'll be waiting", "surveillance"),
            ("nice dress at the party on saturday, who was the guy?", "surveillance"),
            ("you're a fat cow and everyone laughs at you", "put-downs"),
            ("ur a psycho and a liar", "put-downs"),
            ("women who wear short skirts are asking for it", "attack-on-a-group"),
            ("leave the thinking to the men", "attack-on-a-group"),
        ]
    )
    func catches(_ text: String, _ rule: String) throws {
        let found = try match(rule, in: text)
        #expect(found != nil && found?.quoted == false, "\(text)")
    }

    @Test(
        "look-alikes from friends, co-parents and the news",
        arguments: [
            ("I'll drop the car seat off at your place tomorrow", "coercion"),
            ("lock your doors when you go out, there were break-ins on our street", "threat-of-violence"),
            ("you'll get what you ordered by Friday", "threat-of-violence"),
            ("I can beat you at chess any day", "threat-of-violence"),
            ("it would be easy to make a cake for the party", "threat-of-violence"),
            ("I tracked the parcel, it arrives Monday", "surveillance"),
            ("come down when you're ready, I'm parked out front", "coercion"),
            ("everyone laughs at your jokes", "put-downs"),
            ("you are a star", "put-downs"),
            ("women who wear short skirts are brave in this weather", "attack-on-a-group"),
            ("I hope I catch you before you leave", "threat-of-violence"),
        ]
    )
    func ignores(_ text: String, _ rule: String) throws {
        #expect(try match(rule, in: text) == nil, "\(text)")
    }

    @Test("someone reported calling the person names is read as reported, not said")
    func reportedNameCalling() throws {
        let rules = try shippedRules.get()
        let text = "it's not ok that he called you a whore"
        let reported = rules.context(rules.read(folded: FoldedText(text, options: .aggressive))).reported
        #expect(reported.map { covered($0, in: text) }.contains { $0.contains("whore") })
    }
}

/// Wordings of rules `en-2026.12.16`: threats in idioms (a third set written before the change), with the
/// everyday uses of the same verbs.
@Suite("Threat idioms of en-2026.12.16")
struct ThreatIdiomsTests {
    @Test(
        "threats said as an idiom, an outcome or a body part",
        arguments: [
            "you won't live to see your next birthday", "I'll wring your neck",
            "say that again and I'll rip your head off",
            "I'll bash your skull in", "you'll be eating through a straw when I'm done",
            "I'll make you wish you were never born", "you'll be six feet under",
            "I'll drag you out of that house by your hair", "I'll choke the life out of you",
            "you're lucky I haven't killed you yet", "I'll throw you off the balcony",
            "your boyfriend is going to have an accident",
            "nobody would miss you if you disappeared", "I will end your miserable life", "I'll gut you like a fish",
            "I'm going to shoot up your work", "don't make me come over there and hurt you",
            "I'll put you six feet under",
            "ima pull up on u and ur new man", "better watch yourself walking home", "I'll snap your neck",
            "I'll stomp you into the ground", "I will skin you alive", "i'm going to smack you so hard",
            "I will execute you", "we will behead you",
        ]
    )
    func catches(_ text: String) throws {
        let found = try match("threat-of-violence", in: text)
        #expect(found.map { $0.severity >= .high } == true, "\(text)")
    }

    @Test(
        "the same verbs and outcomes in everyday life",
        arguments: [
            "I'll wring out the towels and hang them up", "I'll snap you a pic later",
            "we will crush you at trivia tonight",
            "I'll drag the bins out tonight", "I'll put the kids to bed by 8",
            "our dog had an accident on the carpet again",
            "don't make me come over there and eat all your snacks lol", "you're lucky you missed the rain",
            "you will live to see your grandchildren", "I should have called you when I had the chance",
            "I'll throw you a party", "he got knocked out in the third round",
            "I'll hang you out to dry in the meeting", "I'll burn you a CD of the songs",
            "I'll execute the plan tomorrow",
        ]
    )
    func ignores(_ text: String) throws {
        #expect(try match("threat-of-violence", in: text) == nil, "\(text)")
    }

    @Test("a demand with the family as the consequence, and self-harm by pills, are read")
    func coercionAndSelfHarm() throws {
        #expect(try match("coercion", in: "send me $500 or your family sees the video") != nil)
        #expect(try match("coercion", in: "I guess when you or your children get sick you'll understand") == nil)
        #expect(try match("self-harm-pressure", in: "if you leave I'll swallow every pill in the house") != nil)
        #expect(try match("surveillance", in: "I know where your mother lives. think about that") != nil)
    }
}

/// Wordings of rules `en-2026.12.18`: a fourth set written before the change, across images, coercion, telling
/// others, children and pets, demands, new accounts and self-harm used as pressure; with messages between
/// separated parents and friends that use the same words.
@Suite("Partner-abuse wordings of en-2026.12.18")
struct FourthWordingsTests {
    @Test(
        "what the rules now read",
        arguments: [
            ("remember those pics you sent me? your boss would love them", "intimate-image-threat"),
            ("I still have the video from Cancun. wouldn't want it getting out", "intimate-image-threat"),
            ("everyone at your gym is about to see what you look like naked", "intimate-image-threat"),
            ("how much would you pay to keep your nudes off reddit", "intimate-image-threat"),
            ("I made copies of all your photos, just so you know", "intimate-image-threat"),
            ("your new girlfriend will get a nice surprise in her inbox", "threat-to-contact-others"),
            ("your landlord is getting a call from me tomorrow", "threat-to-contact-others"),
            ("I'm going to email your whole department about you", "threat-to-contact-others"),
            ("if you don't withdraw the complaint, things will get ugly", "coercion"),
            ("either you talk to me or I talk to your boss", "coercion"),
            ("do what I say and nobody gets hurt", "threat-of-violence"),
            ("I'll take the kids somewhere you'll never find them", "threat-about-children-or-pets"),
            ("I'll pick the kids up from school and we won't be coming back", "threat-about-children-or-pets"),
            ("your cat looks like it needs a swim in the river", "threat-about-children-or-pets"),
            ("I'll make sure the kids know their mother is a whore", "threat-about-children-or-pets"),
            ("why won't you answer? I know you're reading these", "surveillance"),
            ("you can't avoid me forever, I'll keep calling", "demand-for-contact"),
            ("this is my fifth account, you can keep blocking me", "demand-for-contact"),
            ("I'm standing on the bridge. your choice", "self-harm-pressure"),
            ("if you don't come back there's no point in me living", "self-harm-pressure"),
            ("I'll end it tonight and you can live with that", "self-harm-pressure"),
        ]
    )
    func catches(_ text: String, _ rule: String) throws {
        #expect(try match(rule, in: text) != nil, "\(text)")
    }

    @Test(
        "the same words between separated parents and friends",
        arguments: [
            ("the photos from the wedding are on the shared drive", "intimate-image-threat"),
            ("your boss would love the cake you made", "intimate-image-threat"),
            ("I made copies of the custody papers for both of us", "intimate-image-threat"),
            ("your mum is getting a call from the school about the trip", "threat-to-contact-others"),
            ("I'll tell the kids you'll call them tonight", "threat-about-children-or-pets"),
            ("the dog needs a bath, can you take him to the groomer?", "threat-about-children-or-pets"),
            ("we'll be back from the holiday on Sunday", "threat-about-children-or-pets"),
            ("why don't you pick up a book", "demand-for-contact"),
            ("I'm on the roof fixing the gutter", "self-harm-pressure"),
            ("follow the safety rules and nobody gets hurt", "threat-of-violence"),
            ("if you don't like the plan, things will get easier later", "coercion"),
        ]
    )
    func ignores(_ text: String, _ rule: String) throws {
        #expect(try match(rule, in: text) == nil, "\(text)")
    }
}

/// Rules `en-2026.12.19`: sexual harassment, sexist abuse (a rule of its own) and hate in words a fifth set,
/// written before the change, used; with kind and everyday sentences about the same people and things.
@Suite("Sexual harassment, sexist abuse and hate of en-2026.12.19")
struct FifthWordingsTests {
    @Test(
        "what the rules now read",
        arguments: [
            ("send me a pic of you in the shower", "sexual-harassment"),
            ("I want to see what's under that dress", "sexual-harassment"),
            ("bet you'd look better with your clothes off", "sexual-harassment"),
            ("you know you want my dick", "sexual-harassment"),
            ("wanna see what I'm packing?", "sexual-harassment"),
            ("she's too pretty to be an engineer, she must have slept her way up", "sexist-abuse"),
            ("women drivers, always a disaster", "sexist-abuse"),
            ("why do women even bother with careers, they all quit to have babies", "sexist-abuse"),
            ("girls shouldn't play football", "sexist-abuse"),
            ("she's probably on her period, ignore her", "sexist-abuse"),
            ("get back in the kitchen", "sexist-abuse"), ("you belong in the kitchen", "sexist-abuse"),
            ("girls like you should know their place", "sexist-abuse"),
            ("All you're good for is lying on your back", "sexist-abuse"),
            ("Women like you are only good for one thing", "sexist-abuse"),
            ("I've got screenshots of everything you ever sent me. Behave.", "coercion"),
            ("I changed the wifi password, you're not using it without asking me", "controlling-behaviour"),
            ("gays are sick in the head", "attack-on-a-group"),
            ("muslims should go back to the desert", "attack-on-a-group"),
            ("those people breed like rabbits", "attack-on-a-group"),
            ("immigrants live off welfare", "attack-on-a-group"),
            ("trans women are just men in dresses", "attack-on-a-group"),
            ("I wouldn't hire a black guy, they're all lazy", "attack-on-a-group"),
            ("the holocaust never happened", "attack-on-a-group"),
            ("retarded people shouldn't be allowed to have kids", "attack-on-a-group"),
            ("go k y s", "put-downs"),
        ]
    )
    func catches(_ text: String, _ rule: String) throws {
        #expect(try match(rule, in: text) != nil, "\(text)")
    }

    @Test(
        "kind and everyday sentences with the same words",
        arguments: [
            ("can you send me the pic from the shower installation so I can show the plumber?", "sexual-harassment"),
            ("those jeans look great on you", "sexual-harassment"),
            ("you know you want my lasagne", "sexual-harassment"),
            ("she's an engineer and a brilliant one", "sexist-abuse"),
            ("my sister plays football for the county team", "sexist-abuse"),
            ("girls like you should know they deserve better", "sexist-abuse"),
            ("women like you should be proud", "sexist-abuse"),
            ("These pans are only good for cooking eggs, they are good for nothing else", "sexist-abuse"),
            ("you're good for a laugh", "sexist-abuse"),
            ("I have screenshots of the receipt if you need them", "coercion"),
            ("you're not going without a coat, it's freezing", "controlling-behaviour"),
            ("she's on her period and has cramps, can you grab some painkillers?", "sexist-abuse"),
            ("singlehood is a man's sport", "sexist-abuse"),
            ("I'm reading a book about the history of the holocaust", "attack-on-a-group"),
            ("we adopted two rabbits last summer", "attack-on-a-group"),
            ("I would never hire a bad plumber again", "attack-on-a-group"),
            ("the kids should go back to school on Monday", "attack-on-a-group"),
            ("my gay friends are sick of the rain", "attack-on-a-group"),
            ("if you feel like you want to kill yourself, please call a crisis line", "put-downs"),
        ]
    )
    func ignores(_ text: String, _ rule: String) throws {
        #expect(try match(rule, in: text) == nil, "\(text)")
    }
}

/// Rules `en-2026.12.20`: harm words aimed at things (a sixth set of everyday and out-of-domain posts, written
/// before the change), and put-downs about being disliked.
@Suite("Harm words aimed at things, en-2026.12.20")
struct SixthWordingsTests {
    @Test(
        "harm words aimed at a thing are everyday",
        arguments: [
            "the new tax bill will kill small businesses", "we need to kill this bug before the release",
            "I'm going to murder this burger", "the dog destroyed the couch cushions again",
            "I'd die for a coffee right now",
            "he's a killer on the guitar", "I'm so sick of this rain",
        ]
    )
    func everyday(_ text: String) throws {
        let rules = try shippedRules.get()
        #expect(!rules.everydayPhrases(folded: FoldedText(text, options: .aggressive)).isEmpty, "\(text)")
    }

    @Test(
        "threats to the person or their things are not everyday",
        arguments: [
            ("I will smash your car", "threat-of-violence"),
            ("I'll kill you and your stupid plan", "threat-of-violence"),
            ("I will destroy you", "threat-of-violence"),
        ]
    )
    func stillThreats(_ text: String, _ rule: String) throws {
        #expect(try match(rule, in: text) != nil, "\(text)")
    }

    @Test(
        "being told nobody likes you",
        arguments: [
            "nobody at work likes you, they all talk behind your back", "no one cares about you",
            "Go cry. Nobody likes you.",
        ]
    )
    func disliked(_ text: String) throws {
        #expect(try match("put-downs", in: text) != nil, "\(text)")
    }

    @Test("a woman told to stick to make-up is sexist abuse, and a menu nobody likes is no put-down")
    func stickTo() throws {
        #expect(try match("sexist-abuse", in: "you're just a dumb blonde, stick to makeup") != nil)
        #expect(try match("put-downs", in: "nobody likes the new menu") == nil)
    }
}

/// Rules `en-2026.12.21`: a seventh set, written before the change, of the new wordings denied, spoken against,
/// reported and quoted.
@Suite("Denied, spoken against, reported and quoted, en-2026.12.21")
struct SeventhWordingsTests {
    @Test("a moderator's note that such posts get removed speaks against them")
    func removedPosts() throws {
        let rules = try shippedRules.get()
        let text = "posts saying women belong in the kitchen get removed here"
        let context = rules.context(rules.read(folded: FoldedText(text, options: .aggressive)))
        #expect(context.counterSpeech.map { covered($0, in: text) }.contains { $0.contains("kitchen") })
        #expect(try match("attack-on-a-group", in: text) == nil)
    }

    @Test(
        "words someone yells, screams or sings are reported, not said",
        arguments: [
            "in the film he yells \"I'll kill you all!\" before the explosion",
            "he screams I will kill you at the TV every night",
        ]
    )
    func yelled(_ text: String) throws {
        let found = try match("threat-of-violence", in: text)
        #expect(found?.quoted == true, "\(text)")
    }

    @Test(
        "the new wordings, denied, match nothing",
        arguments: [
            ("I would never post your photos, you know that", "intimate-image-threat"),
            ("I'm not going to take the kids away from you", "threat-about-children-or-pets"),
            ("nobody is going to hurt your cat, I promise", "threat-about-children-or-pets"),
            ("I'd never lay a finger on you", "threat-of-violence"),
        ]
    )
    func denied(_ text: String, _ rule: String) throws {
        #expect(try match(rule, in: text) == nil, "\(text)")
    }
}

/// Rules `en-2026.12.22`: an eighth set, written before the change, of an ex's messages in text-speak and in longer
/// sentences, beside friendly messages with the same phrases.
@Suite("An ex's menace in other words, en-2026.12.22")
struct EighthWordingsTests {
    @Test(
        "menace, coercion and watching",
        arguments: [
            ("You think the restraining order scares me? Paper doesn't stop bullets", "threat-of-violence"),
            ("Enjoy your new life while it lasts", "threat-of-violence"),
            ("ur gonna wish u never met me", "threat-of-violence"),
            ("I'm not going to jail for nothing. if I go down, you go down with me", "threat-of-violence"),
            ("u really want to see how far I'll go?", "threat-of-violence"),
            ("keep laughing. we'll see who's laughing when I'm finished with you", "threat-of-violence"),
            ("I got nothing left to lose, remember that", "threat-of-violence"),
            ("I'm going to make your life a living nightmare", "threat-of-violence"),
            ("the next time you see me will be the last thing you see", "threat-of-violence"),
            ("ur brother better watch himself too", "threat-of-violence"),
            ("Drop the charges by Friday or the pictures go to your mother", "intimate-image-threat"),
            ("Drop the charges by Friday or else", "coercion"),
            ("I'll stop when you come home, not before", "coercion"),
            ("your sister is going to find out everything about you unless you call me", "threat-to-contact-others"),
            ("saw your car at the gym again, you're there every Tuesday huh", "surveillance"),
            ("that guy you had lunch with today looked like a loser", "surveillance"),
            ("I know you blocked me on insta but I can still see your stories", "surveillance"),
        ]
    )
    func catches(_ text: String, _ rule: String) throws {
        #expect(try match(rule, in: text) != nil, "\(text)")
    }

    @Test(
        "the same phrases from friends",
        arguments: [
            ("enjoy your new life in Berlin, we'll miss you!", "threat-of-violence"),
            ("we'll see who's laughing when the scores come out lol", "threat-of-violence"),
            ("if I go down with the flu this week, can you take the kids?", "threat-of-violence"),
            ("I got nothing left to do today, want to get lunch?", "threat-of-violence"),
            ("we have nothing to lose by asking", "threat-of-violence"),
            ("the next time you see me I'll have pink hair", "threat-of-violence"),
            ("saw your car at the garage, is everything ok?", "surveillance"),
            ("I'll stop by when you get home", "coercion"),
            ("tell your brother happy birthday from us", "threat-of-violence"),
        ]
    )
    func ignores(_ text: String, _ rule: String) throws {
        #expect(try match(rule, in: text) == nil, "\(text)")
    }
}

/// Rules `en-2026.12.23`: a ninth set, written before the change, along the categories of public hate-speech test
/// suites, beside kind and neutral sentences about the same groups.
@Suite("Hate along test-suite categories, en-2026.12.23")
struct NinthWordingsTests {
    @Test(
        "derogation, slurs, comparisons and calls to burn places of worship",
        arguments: [
            "Jews are greedy and can't be trusted", "black people are genetically inferior",
            "Immigrants bring nothing but crime and disease",
            "Someone should burn down that mosque with everyone inside",
            "look at that tranny over there", "shut up you dirty kike",
            "Isn't it obvious that women are less intelligent than men?",
        ]
    )
    func catches(_ text: String) throws {
        #expect(try match("attack-on-a-group", in: text) != nil, "\(text)")
    }

    @Test(
        "kind, neutral and reclaimed",
        arguments: [
            "Jews have lived in this city for centuries", "Immigrants bring their recipes and their music",
            "Women are as intelligent as men", "I'm a proud dyke and I love my wife",
            "we should burn the old church pews",
            "the raccoon got into the bins again", "Black people can be trusted as much as anyone",
        ]
    )
    func ignores(_ text: String) throws {
        #expect(try match("attack-on-a-group", in: text) == nil, "\(text)")
    }
}

/// Rules `en-2026.12.24`: a tenth set, written before the change, in text-speak ("ur", "dis", "2nite"), beside
/// friendly messages written the same way.
@Suite("Text-speak, en-2026.12.24")
struct TenthWordingsTests {
    @Test(
        "threats and leaks in text-speak",
        arguments: [
            ("ima catch u lackin", "threat-of-violence"), ("ur gonna get hurt real bad", "threat-of-violence"),
            ("u will regret dis", "threat-of-violence"), ("i will break ur face", "threat-of-violence"),
            ("talk to me or i kill you", "threat-of-violence"), ("gonna leak ur pics 2nite", "intimate-image-threat"),
            ("u think u safe at ur moms? think again", "threat-of-violence"),
        ]
    )
    func catches(_ text: String, _ rule: String) throws {
        #expect(try match(rule, in: text) != nil, "\(text)")
    }

    @Test(
        "friendly messages in text-speak",
        arguments: [
            ("ima catch u later at the game", "threat-of-violence"),
            ("watch ur step the floor is wet", "threat-of-violence"),
            ("ur gonna love this song", "threat-of-violence"),
            ("if you skip the warm-up you'll get hurt", "threat-of-violence"),
            ("gonna post the pics from the party 2nite", "intimate-image-threat"),
            ("u think u can pick up the kids at 4?", "threat-of-violence"),
            ("if you need a lift I can get you", "threat-of-violence"),
            ("this app will make your life a living hell", "threat-of-violence"),
            ("once I'm done with you I'll send the notes", "threat-of-violence"),
        ]
    )
    func ignores(_ text: String, _ rule: String) throws {
        #expect(try match(rule, in: text) == nil, "\(text)")
    }
}

/// Rules `en-2026.12.27`: an eleventh set, written before the change, of abuse through accounts, passwords and
/// posted details, beside everyday messages about the same things.
@Suite("Abuse through accounts and details, en-2026.12.27")
struct EleventhWordingsTests {
    @Test(
        "accounts taken over, details posted, a fake you",
        arguments: [
            ("I changed your instagram password, good luck getting back in", "surveillance"),
            ("I'm in your email right now, reading everything", "surveillance"),
            ("I'll hack your phone and see who you're talking to", "surveillance"),
            ("I know your icloud password, I've seen all your photos", "surveillance"),
            ("I've got access to your bank account, think twice", "surveillance"),
            ("I'll post your address in every group on facebook", "sharing-your-details"),
            ("I put your number on a sex site, enjoy the calls", "sharing-your-details"),
            ("everyone will know where you live by tonight", "sharing-your-details"),
            ("I'll make a fake profile with your photos and your number", "sharing-your-details"),
            ("I'll send your boss screenshots of our chats", "threat-to-contact-others"),
            ("I'm going to tell everyone you gave me an STD", "threat-to-contact-others"),
            ("I'll report your account until it gets banned", "coercion"),
        ]
    )
    func catches(_ text: String, _ rule: String) throws {
        #expect(try match(rule, in: text) != nil, "\(text)")
    }

    @Test(
        "passwords, numbers, photos and screenshots in everyday life",
        arguments: [
            ("I changed the wifi password, it's on the fridge", "surveillance"),
            ("my email got hacked, ignore anything weird from me", "surveillance"),
            ("don't forget to change your password after the leak", "surveillance"),
            ("can you send me your new number?", "sharing-your-details"),
            ("I'll post the photos from the trip in the family group", "sharing-your-details"),
            ("I'll send the screenshots of the bill to the landlord", "threat-to-contact-others"),
            ("I reported that spam account for you", "coercion"),
        ]
    )
    func ignores(_ text: String, _ rule: String) throws {
        #expect(try match(rule, in: text) == nil, "\(text)")
    }
}

/// Wordings of rules `en-2026.12.28`, found with 294 sentences about seven groups written before the rules changed
/// (`Benchmarks/fresh-groups-probes.txt`: 34 of 182 attacks caught then), and threats against a third person
/// ("I'll smash his face in"), which partner abuse aims at a new partner, a friend or family.
@Suite("Attacks on a group and threats to others, en-2026.12.28")
struct TwelfthWordingsTests {
    @Test(
        "a group shut out, written off or wished away",
        arguments: [
            "Muslims don't belong in this country", "trans people have no place in sports",
            "immigrants are not welcome here", "this town would be better off without gay people",
            "get rid of all the refugees", "women need to be put in their place", "never trust a Muslim",
            "I'd never let a gay man near my kids", "black people deserve everything bad that happens to them",
            "disabled people are what's wrong with this country", "jews make my skin crawl",
            "immigrants are lower than rats", "Muslims are a stain on this country",
            "trans people are mentally defective",
            "gay people are a waste of oxygen", "Typical immigrant, always complaining",
            "Muslims are all the same, liars",
            "Don't let immigrants fool you, they're all criminals", "women are too dumb to make decisions",
            "refugees have ruined this town", "Muslims are born evil", "trans women will never be real women",
            "keep immigrants out of our schools", "I wish gay people would disappear", "go back where you came from",
            "nothing is worse than a feminist", "nobody wants immigrants here", "Muslims disgust me",
            "I'm tired of refugees everywhere",
        ]
    )
    func groupAttacks(_ text: String) throws {
        #expect(try match("attack-on-a-group", in: text) != nil, "\(text)")
    }

    @Test(
        "the same words about things, denied, or spoken against",
        arguments: [
            "those boxes don't belong in the hallway", "phones have no place at the dinner table",
            "we'd be better off without the rain", "get rid of all the weeds before spring",
            "immigrants are not a burden, they are our neighbours", "It's wrong to say Muslims don't belong here",
            "Saying gay people are a waste of oxygen is vile hate", "the men are all the same height in this photo",
            "typical immigrant families spend more on rent", "I trust my Muslim neighbours completely",
            "A new report looks at how immigrants are treated at work",
            "No one should tell refugees to go back where they came from", "I wish the rain would disappear",
            "keep the kids out of the kitchen", "nothing is worse than cold coffee", "the storm has ruined the town",
        ]
    )
    func groupLookAlikes(_ text: String) throws {
        #expect(try match("attack-on-a-group", in: text) == nil, "\(text)")
    }

    @Test(
        "wished off the earth: the gravest kind",
        arguments: [
            "Muslims should be wiped off the face of the earth", "gay people must be erased",
            "somebody should teach those immigrants a lesson",
        ]
    )
    func wipedOut(_ text: String) throws {
        #expect(try match("attack-on-a-group", in: text)?.severity == .high, "\(text)")
    }

    @Test(
        "threats to a third person",
        arguments: [
            "I'll smash his face in", "I'm going to break his legs", "I will put him in the hospital",
            "I'll beat her senseless", "I'm going to kick the shit out of him", "I'll make them bleed",
            "your new boyfriend is getting stabbed", "anyone who comes near me is getting shot",
            "If I see an immigrant on my street I'll smash their face in",
        ]
    )
    func thirdPersonThreats(_ text: String) throws {
        #expect(try match("threat-of-violence", in: text)?.severity == .high, "\(text)")
    }

    @Test(
        "the same verbs with no one to hurt",
        arguments: [
            "I will break her heart", "I'll put them in the ground tomorrow, the tulip bulbs I mean",
            "your mom is going to get hurt if she climbs that ladder", "I'll put them in a box for you",
            "we'll beat them next season", "I broke my legs skiing once", "he's getting his photo shot tomorrow",
            "I'll make them pay for dinner", "I would never break his legs",
        ]
    )
    func thirdPersonLookAlikes(_ text: String) throws {
        #expect(try match("threat-of-violence", in: text) == nil, "\(text)")
    }

    @Test(
        "groups run down in a word of their own",
        arguments: [
            "Black people are ugly", "Trans people are weird", "Muslims are backward", "gay people are creepy",
            "Muslims are bad people", "trans people are delusional", "immigrants are the enemy", "refugees are thugs",
            "Girls are complete morons", "Why are Mexicans always so annoying", "Can't stand Jews",
            "migrants need to be kept in line", "Being gay is a mental illness", "Jews are ruining everything",
            "lesbians are a bunch of liars",
        ]
    )
    func derogation(_ text: String) throws {
        #expect(try match("attack-on-a-group", in: text) != nil, "\(text)")
    }

    @Test(
        "the same words denied, spoken against, or not about the people",
        arguments: [
            "Muslims are not bad people", "women are entitled to vote", "refugees are facing a hostile climate",
            "The myth that immigrants are lazy needs to die",
            "I don't think gay people are sick, that's an awful thing to say",
            "It's ignorant to say Jews are useless", "I can't stand the heat", "being a parent is a full time job",
            "Why are the trains always so late", "my kids need to be kept in line at the shop",
        ]
    )
    func derogationLookAlikes(_ text: String) throws {
        #expect(try match("attack-on-a-group", in: text) == nil, "\(text)")
    }

    @Test("a sentence about a group runs to the next sentence, past words the rules skip")
    func sentenceAboutAGroup() throws {
        let rules = try shippedRules.get()
        let text = "Muslims are stupid. You are nice"
        let context = rules.context(rules.read(folded: FoldedText(text, options: .aggressive)))
        #expect(context.aboutAGroup.count == 1)
        let span = try #require(context.aboutAGroup.first)
        #expect(span.start == 0)
        #expect(span.end >= 18 && span.end <= 20)
        let aboutMen = rules.context(rules.read(folded: FoldedText("men are stupid", options: .aggressive)))
        #expect(aboutMen.aboutAGroup.isEmpty)
    }
}

/// Wordings of rules `en-2026.12.31`: threats against the people around the person (a new partner, family, friends,
/// a pet), found with `Benchmarks/fresh-others-probes.txt`, 30 threats and 20 look-alikes written before the rules
/// changed, of which 9 threats were caught then.
@Suite("Threats to the people around you, en-2026.12.31")
struct ThirteenthWordingsTests {
    @Test(
        "threats to a new partner, family, friends or a pet",
        arguments: [
            "Tell your new boyfriend he's a dead man", "your brother is a dead man",
            "I'm going to hurt everyone you love", "That new guy of yours is going to end up in a ditch",
            "I'll make your boyfriend wish he never met you", "I'm going to put your new man in the ground",
            "Your friends are going to pay for hiding you", "your little boyfriend is getting jumped tonight",
            "Whoever you're seeing is going to bleed", "Your cat won't survive the week",
            "I'll run your boyfriend over if I see his car again", "I'll break every bone in his body",
            "My boys are going to pay your new man a visit", "Say goodbye to your little friend",
            "Your roommate is next", "Keep hiding and your mum pays for it",
            "Your brother won't be walking for a while after I find him",
            "He won't be so pretty after I'm done with his face",
            "I'm going over there tonight with a bat",
            "Let's see how tough your boyfriend is with a knife in his gut",
        ]
    )
    func catches(_ text: String) throws {
        #expect(try match("threat-of-violence", in: text) != nil, "\(text)")
    }

    @Test(
        "the same words about the same people, meant kindly, or reported",
        arguments: [
            "Tell your new boyfriend I said hi", "Your brother won't be at dinner, he's working late",
            "That new guy of yours is going to love the lake house", "My friends are going to pay for the drinks",
            "I'll run your boyfriend to the station if his car breaks down again",
            "Say hi to your little friend for me",
            "Your roommate is next in line for the bathroom", "Your cat won the best costume contest",
            "My boys are going to visit your new place on Sunday", "I'd never hurt your family, I miss them",
            "He was found at home with a knife in his chest, police said",
        ]
    )
    func ignores(_ text: String) throws {
        #expect(try match("threat-of-violence", in: text) == nil, "\(text)")
    }
}

/// Wordings of rules `en-2026.12.32`, found with `Benchmarks/fresh-watching-probes.txt` (40 lines written before the
/// rules changed): threats in emoji (🔪, 🔫, ⚰️ are read as words), threats carried out through other people, and
/// watching said without "I saw you".
@Suite("Emoji, other people and quiet watching, en-2026.12.32")
struct FourteenthWordingsTests {
    @Test(
        "threats in emoji, or through other people",
        arguments: [
            "🔪🔪🔪 see you soon", "you're 💀 when I find you", "⚰️ that's where you're going", "🔫🔫 keep talking",
            "🔪 for your new man", "tick tock 💣", "🩸🩸 soon", "I will find you 🔪🔪", "I'll get you 💀",
            "My cousin knows where you work and he's not as nice as me", "I paid someone to deal with you",
            "Don't be surprised when someone shows up at your door",
            "My brother is going to have a word with your boyfriend, and he doesn't use words",
        ]
    )
    func threats(_ text: String) throws {
        #expect(try match("threat-of-violence", in: text) != nil, "\(text)")
    }

    @Test(
        "the same emoji and words in everyday messages",
        arguments: [
            "🔪🍅 chopping tomatoes for the sauce", "you're 💀 lol that joke killed me", "i'm 💀💀 this is so funny",
            "bought a new 🔪 for the kitchen", "My cousin knows a great mechanic near where you work",
            "I paid someone to fix the fence", "Don't be surprised if the parcel shows up late",
            "🩸 donation drive at the library on Saturday",
        ]
    )
    func everyday(_ text: String) throws {
        #expect(try match("threat-of-violence", in: text) == nil, "\(text)")
    }

    @Test(
        "watching said without 'I saw you'",
        arguments: [
            "Who was the guy in the grey car outside your place", "Your bedroom light was on late last night",
            "You really should close your curtains", "I've been sitting outside your work all morning",
            "I've got people watching your house",
        ]
    )
    func watching(_ text: String) throws {
        #expect(try match("surveillance", in: text) != nil, "\(text)")
    }

    @Test(
        "lights, curtains and cars in everyday messages",
        arguments: [
            "the kitchen light was on when I left, can you check", "close the curtains, the sun is in my eyes",
            "who was the guy who fixed your boiler? he was great", "I've been sitting in traffic all morning",
        ]
    )
    func notWatching(_ text: String) throws {
        #expect(try match("surveillance", in: text) == nil, "\(text)")
    }
}

/// The rule `controlling-behaviour` (`en-2026.12.33`), found with `Benchmarks/fresh-control-probes.txt`: 20 messages
/// that control whom the person sees, where they go, what they wear, their phone and their money, written before the
/// rule existed, of which 4 were caught then, and 10 caring or everyday look-alikes.
@Suite("Control over your life, en-2026.12.33")
struct ControllingBehaviourTests {
    @Test(
        "isolation, watching, money and permission",
        arguments: [
            "You're not allowed to see your friends anymore", "Send me a photo of where you are right now to prove it",
            "If you go out tonight don't bother coming back", "Give me your phone password or we're done",
            "You don't need your own bank account, I'll handle the money",
            "Delete his number or I'll know you're cheating",
            "You need my permission before you go anywhere", "Share your location with me or I'll assume the worst",
            "You're not wearing that out of the house",
            "I've cancelled your credit card, you'll ask me when you need money",
            "Your sister is a bad influence, stop talking to her",
            "You'll quit that job if you know what's good for you",
            "I want screenshots of every chat you had today", "You're not going to that wedding without me",
            "If you loved me you'd cut off your friends", "I took your car keys so you can't go anywhere",
            "You're crazy, no one will believe you if you tell anyone",
            // Written before en-2026.12.56 (Benchmarks/fresh-ex-2-probes.txt).
            "You're not going out dressed like that", "Send me a photo of who you're with right now",
            "I want your phone password by tonight", "From now on you ask me before you spend anything",
        ]
    )
    func catches(_ text: String) throws {
        let found = try match("controlling-behaviour", in: text)
        #expect(found?.severity == .medium, "\(text)")
    }

    @Test(
        "the same words said with care, or about everyday things",
        arguments: [
            "You're not allowed to park there after 6pm", "Send me a photo of the receipt when you get a chance",
            "If you go out tonight, bring a jacket", "You need my signature before the bank will process it",
            "I handle the money for the club, send me the invoice", "Your sister is hilarious, I loved talking to her",
            "You're not wearing that to the beach, it's freezing",
            "I took your car keys by mistake, dropping them off now",
            "Text me when you land", "nobody will believe you caught a fish that big",
            "Send me a photo of where you are right now so I can find you at the station",
            "Check with me before you spend the voucher, I think it expires",
        ]
    )
    func ignores(_ text: String) throws {
        #expect(try match("controlling-behaviour", in: text) == nil, "\(text)")
    }
}

/// Wordings of rules `en-2026.12.34`, found with `Benchmarks/fresh-images-probes.txt` (30 lines written before the
/// rules changed, 13 passing then; images 1 of 10): threats to share intimate images said sideways, sexual demands,
/// and self-harm used as pressure.
@Suite("Images, sexual demands and self-harm pressure, en-2026.12.34")
struct FifteenthWordingsTests {
    @Test(
        "image threats, demands and pressure",
        arguments: [
            ("Remember those videos we made? Your new boyfriend might enjoy them", "intimate-image-threat"),
            ("I still have every photo you sent me, think about that before you go to court", "intimate-image-threat"),
            ("One click and your whole family sees you naked", "intimate-image-threat"),
            ("I've uploaded the video, it goes public at midnight unless you call me", "intimate-image-threat"),
            ("Wonder how many views your sex tape would get", "intimate-image-threat"),
            ("Your nudes are going on every porn site I can find", "intimate-image-threat"),
            ("Would be a shame if those bedroom pics ended up on your church's facebook", "intimate-image-threat"),
            ("Your boss is going to get a very interesting attachment tomorrow", "threat-to-contact-others"),
            ("send me something spicy tonight or I'll come get it myself", "sexual-harassment"),
            ("take it off for me, I know you want to", "sexual-harassment"),
            ("what colour is your underwear today", "sexual-harassment"),
            ("you owe me sex after everything I paid for", "sexual-harassment"),
            ("If you don't come back tonight you'll find me hanging", "self-harm-pressure"),
            ("I've got the pills in front of me, your choice", "self-harm-pressure"),
            ("I'm going to end it and everyone will know it was your fault", "self-harm-pressure"),
            ("My blood will be on your hands", "self-harm-pressure"),
        ]
    )
    func catches(_ text: String, _ rule: String) throws {
        #expect(try match(rule, in: text) != nil, "\(text)")
    }

    @Test(
        "photos, videos, colours and pills in everyday messages",
        arguments: [
            "Remember those videos we made at the beach? Mum wants copies",
            "I still have every photo from the trip, want me to send them?",
            "One click and your whole family can see the wedding album",
            "I've uploaded the video of the school play, it's public now",
            "Your boss is going to love the presentation tomorrow", "send me something nice for dinner ideas tonight",
            "what colour is your new car?", "I've got the pills from the pharmacy, your mum's prescription",
            "I'm going to end my contract early, the job's awful", "The film ends with him hanging from the bridge",
            "shame if the pics from the party never got printed",
        ]
    )
    func ignores(_ text: String) throws {
        try expectNoRule(text)
    }
}

/// Wordings of rules `en-2026.12.35`: a tracker found in a bag, a place named with a time, and threats to turn a court
/// or social services against the person.
@Suite("Trackers and the courts, en-2026.12.35")
struct SixteenthWordingsTests {
    @Test(
        "trackers, places and the courts",
        arguments: [
            ("there's an airtag in your bag, good luck finding it", "surveillance"),
            ("I know you were at 14 Elm Road at 3pm", "surveillance"),
            ("I'll tell the judge you're an unfit mother", "threat-to-contact-others"),
            ("I'll show the court everything you did", "threat-to-contact-others"),
        ]
    )
    func catches(_ text: String, _ rule: String) throws {
        #expect(try match(rule, in: text) != nil, "\(text)")
    }

    @Test(
        "the same words in everyday messages",
        arguments: [
            "I lost my airtag, it's in your car I think", "I'll tell the judge I agree with the schedule",
            "the tracker says your parcel is in the van",
        ]
    )
    func ignores(_ text: String) throws {
        try expectNoRule(text)
    }
}

/// Wordings of rules `en-2026.12.36`, found with `Benchmarks/fresh-unwanted-probes.txt` (30 lines written before the
/// rules changed, 15 passing then: unwanted sexual messages 2 of 10, threats to out someone 1 of 8).
@Suite("Unwanted sexual messages and threats to out, en-2026.12.36")
struct SeventeenthWordingsTests {
    @Test(
        "sexual messages nobody asked for, and threats to reveal who someone is",
        arguments: [
            ("bet you'd look even better with nothing on", "sexual-harassment"),
            ("wanna see what I'd do to you in that bikini?", "sexual-harassment"),
            ("I'd bend you over that desk in a heartbeat", "sexual-harassment"),
            ("you're so hot I can't stop touching myself thinking about you", "sexual-harassment"),
            ("come sit on my face", "sexual-harassment"),
            ("I want to taste every inch of you", "sexual-harassment"),
            ("those lips would look great around my c0ck", "sexual-harassment"),
            ("how much for a night with you?", "sexual-harassment"),
            ("Everyone at your church is about to find out what you really are", "threat-to-out"),
            ("Immigration would be very interested in where you live", "threat-to-out"),
            ("Should I tell your employer about your HIV status?", "threat-to-out"),
            ("Your dad doesn't know you're trans yet, does he? That can change", "threat-to-out"),
            ("One call to ICE and you're gone", "threat-to-out"),
            ("How do you think your followers would react to your real name?", "threat-to-out"),
            ("imagine if your boss knew you were in rehab", "threat-to-out"),
        ]
    )
    func catches(_ text: String, _ rule: String) throws {
        #expect(try match(rule, in: text) != nil, "\(text)")
    }

    @Test(
        "the same words in everyday messages",
        arguments: [
            "you look great in that dress, have fun tonight!", "send me a pic of the new bed when it arrives",
            "I'd bend over backwards to help you with the move",
            "your parents would be so proud if they knew about your promotion",
            "Everyone at church is about to find out about the bake sale",
            "Immigration law is changing next year, worth reading up on",
            "I told my employer about my diagnosis and they were great",
            "one call to the plumber and the leak was fixed", "how much for a night at the cabin?",
            "I want to taste every dish on that menu", "come sit with us at lunch",
        ]
    )
    func ignores(_ text: String) throws {
        try expectNoRule(text)
    }

    @Test(
        "'say' as an order or after a modal reports no one's words; after a subject it still does",
        arguments: [
            ("say sorry or I break your face", "threat-of-violence", false),
            ("I wonder what your parents would say if they knew you were gay", "threat-to-out", false),
            ("he said I will kill you", "threat-of-violence", true),
            ("my sister says I will kill you", "threat-of-violence", true),
        ]
    )
    func sayIsNotAlwaysReported(_ text: String, _ rule: String, _ quoted: Bool) throws {
        let found = try #require(try match(rule, in: text), "\(text)")
        #expect(found.quoted == quoted, "\(text)")
    }
}

/// Wordings of rules `en-2026.12.37`: threats and pressure in text-speak and slang, tried before the rules changed
/// (2 of 10 then).
@Suite("Threats in slang, en-2026.12.37")
struct EighteenthWordingsTests {
    @Test(
        "threats and pressure in text-speak",
        arguments: [
            ("ima pull up n shoot ur house up", "threat-of-violence"),
            ("keep playin wit me n see wat happens", "threat-of-violence"),
            ("ur gonna get dealt wit", "threat-of-violence"), ("ill have my boys run up on u", "threat-of-violence"),
            ("on my mama u done", "threat-of-violence"), ("u aint safe nowhere", "threat-of-violence"),
            ("you better answer before I come over", "coercion"), ("u better pick up b4 i come over there", "coercion"),
            ("made another account since u blocked the last one", "demand-for-contact"),
        ]
    )
    func catches(_ text: String, _ rule: String) throws {
        #expect(try match(rule, in: text) != nil, "\(text)")
    }

    @Test(
        "the same slang among friends",
        arguments: [
            "keep playing with me and I'll beat you at chess again", "the kids got dealt with, they're in bed",
            "on my mama this burger is the best", "you're not safe driving in this snow, stay over",
            "made another account for my cooking videos", "you better answer before the pizza gets cold",
        ]
    )
    func ignores(_ text: String) throws {
        try expectNoRule(text)
    }
}

/// Wordings of rules `en-2026.12.38`, found with `Benchmarks/fresh-life-probes.txt` (25 lines written before the rules
/// changed, 13 passing then; threats to the person's job, home, money, custody and car 4 of 15).
@Suite("Threats to a job, a home, money and custody, en-2026.12.38")
struct NineteenthWordingsTests {
    @Test(
        "threats to the life around the person",
        arguments: [
            ("I'm going to ruin your credit so you can't rent anywhere", "coercion"),
            ("I'll make sure you never work in this town again", "coercion"),
            ("Your landlord is going to hear about the parties, enjoy finding a new place", "coercion"),
            ("I'll message every one of your friends until you answer me", "demand-for-contact"),
            ("I'm calling your mum every hour until you talk to me", "demand-for-contact"),
            ("I'll take the house, the car and the kids, you'll have nothing", "coercion"),
            ("Good luck keeping custody when the judge sees your texts", "coercion"),
            ("Your tyres will be flat every morning this week", "threat-of-violence"),
            ("I'll make sure everyone knows what a lying whore you are", "threat-to-contact-others"),
            ("I'm going to post your address so everyone knows where the liar lives", "sharing-your-details"),
            ("I'll drain the joint account before you can blink", "controlling-behaviour"),
            ("I'll kill yoouuu", "threat-of-violence"), ("I'll find where u l1ve", "surveillance"),
        ]
    )
    func catches(_ text: String, _ rule: String) throws {
        #expect(try match(rule, in: text) != nil, "\(text)")
    }

    @Test(
        "the same words in everyday messages",
        arguments: [
            "I'll get you a coffee, one sugar?", "I'm going to fix your credit card issue with the bank tomorrow",
            "I'll make sure you never have to work weekends again",
            "Your landlord called about the boiler, he'll fix it Friday",
            "I'll message everyone about the party once you confirm", "I'm calling your mum to wish her happy birthday",
            "I'll take the kids to school tomorrow, you rest", "the judge approved the custody schedule, good news",
            "my car got keyed last night, can you believe it", "the tyres were flat so I pumped them up",
            "I'll find out where the party is", "thank youu so much",
            "Your landlord will hear about the leak tomorrow when I call",
        ]
    )
    func ignores(_ text: String) throws {
        try expectNoRule(text)
    }
}

/// Wordings of rules `en-2026.12.40`, found with `Benchmarks/fresh-online-probes.txt` (20 lines written before the rules
/// changed, 9 passing then): watching someone's accounts, and menace said as concern.
@Suite("Watching online and menace said as concern, en-2026.12.40")
struct TwentiethWordingsTests {
    @Test(
        "watching online, and menace said as concern",
        arguments: [
            ("I see you liked his photo at 2am", "surveillance"),
            ("Saw you were online at 3am, who were you talking to", "surveillance"),
            ("I watched every story you posted today", "surveillance"),
            ("I know you've been checking my page from your friend's account", "surveillance"),
            ("Deleted your post fast, but I saw it", "surveillance"),
            ("Be careful walking home alone tonight, you never know who's watching", "threat-of-violence"),
            ("It'd be terrible if someone followed you home", "threat-of-violence"),
            ("Hope your brakes are working ok", "threat-of-violence"),
            ("I'd hate for anything to happen to your little girl", "threat-of-violence"),
        ]
    )
    func catches(_ text: String, _ rule: String) throws {
        #expect(try match(rule, in: text) != nil, "\(text)")
    }

    @Test(
        "the same words among friends",
        arguments: [
            "I see you liked the recipe I sent, want more?", "I watched the video you posted, so funny",
            "Be careful walking home, it's icy out there", "Hope your exams go well",
            "Deleted the post by accident, can you repost?", "I saw your story about the dog, so cute",
            "hope your car is working again after the bump", "It'd be terrible if it rained on the wedding",
        ]
    )
    func ignores(_ text: String) throws {
        try expectNoRule(text)
    }
}

/// Wordings of rules `en-2026.12.41`, found with `Benchmarks/fresh-coercion-probes.txt` (23 lines written before the
/// rules changed, 15 passing then; reproductive coercion 1 of 5): control over pregnancy, threats of false reports,
/// and demands for money or papers.
@Suite("Pregnancy, false reports and money, en-2026.12.41")
struct TwentyFirstWordingsTests {
    @Test(
        "control over pregnancy, false reports, money and papers",
        arguments: [
            ("I threw away your pills, we're having this baby whether you like it or not", "controlling-behaviour"),
            ("You're not allowed to take the pill anymore", "controlling-behaviour"),
            ("I poked holes in the condoms, you'll be mine forever", "controlling-behaviour"),
            ("Keep the baby or I'll leave you with nothing", "controlling-behaviour"),
            ("I'm keeping your passport until you pay me", "controlling-behaviour"),
            ("If you get rid of the baby I'll make sure everyone knows you're a murderer", "threat-to-contact-others"),
            ("One call and I'll have you arrested for stalking me", "threat-to-contact-others"),
            ("Transfer the money tonight or the photos go out", "intimate-image-threat"),
        ]
    )
    func catches(_ text: String, _ rule: String) throws {
        #expect(try match(rule, in: text) != nil, "\(text)")
    }

    @Test(
        "the same words in everyday messages",
        arguments: [
            "I threw away the old pills, the expiry date passed",
            "You're not allowed to take the pill with grapefruit juice, check the leaflet",
            "I'll tell the police about the break-in tomorrow",
            "I'll say you were great at the interview if they call me",
            "I'm keeping your passport safe in the drawer until the trip",
            "Transfer the money for the holiday when you can",
        ]
    )
    func ignores(_ text: String) throws {
        try expectNoRule(text)
    }
}
