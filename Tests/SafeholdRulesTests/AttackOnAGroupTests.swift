import SafeholdRules
import Testing

@Suite("Attacks on people for who they are")
struct AttackOnAGroupTests {
    static let rule = "attack-on-a-group"

    @Test(
        "catches calls for violence against a group at high",
        arguments: [
            "gay people should all die", "kill all the immigrants", "Muslims deserve to be shot",
            "death to the jews", "trans people should be exterminated", "women should burn",
            "we should shoot the refugees", "lets wipe out the muslims",
            "I want to stab every woman who rejects me", "I'm going to shoot the next immigrant I see",
            "We will burn down every mosque in this town", "i will attack the next pride parade",
            "all immigrants should be executed", "disabled people should be put down",
            "we are going to hurt those Muslims tonight", "gay people deserve to be hanged",
            "someone needs to put those trans freaks down", "Refugees. They should all die.",
            "I will k1ll all the tr@nnies", "gas the kikes",
        ]
    )
    func catchesViolence(_ text: String) throws {
        #expect(try match(Self.rule, in: text)?.severity == .high, "\(text)")
    }

    @Test(
        "catches dehumanizing and hateful statements at medium",
        arguments: [
            "gay people are disgusting", "Immigrants are vermin", "all muslims are terrorists",
            "black people are nothing but animals", "women are trash", "Trans people are not human",
            "I hate gay people", "i cant stand muslims", "disabled people are a burden",
            "Refugees don't deserve rights", "gays should not be allowed near kids",
            "women belong in the kitchen", "go back to your own country", "jews are a plague",
            "lesbians r so gross", "Trans people are repulsive", "Why are all Muslims so violent?",
            "Gay people are never worth anything", "trans people should be locked away from normal society",
            "I loathe women with every fibre of my being", "disabled people are pathetic and useless",
            "I knew he was a dirty jew", "Immigrant trash. Zero respect", "they all agree about the evil Muslims",
            "bring in more muslim scum", "Nothing makes me angrier than Muslims", "gay people make me sick",
            "I'm disgusted by trans people", "Immigrants will never be real people to me",
            "Black lives don't matter", "women are such shit drivers and even worse humans",
            "I have met a lot of immigrants and I hate every one of them",
            "I know plenty of gay people, but I despise them all", "Trans people? They are all freaks.",
            "Muslims think they are special. I hate them.", "we hate fags", "filthy wetbacks",
            "all women are gold diggers", "girls can't do math, it's just biology",
            "a woman's place is under her husband",
            "Women should not vote",
            // Shut out, rights denied, harm blamed on them, presumed vile, kept away from (en-2026.12.46).
            "get those refugees out of our town", "kick all the gays out of the club",
            "I can't believe we still let immigrants teach our kids", "why do they let Muslims run for office",
            "letting trans people adopt was a huge mistake", "Immigrants should not have a say",
            "migrants destroy our communities", "gay people corrupt the youth", "Why do Jews have to be so greedy?",
            "I'd rather starve than work with Mexicans", "there are far too many Muslims in this country",
            "Go back to Africa where you belong",
            // "too" is read before another word (en-2026.12.50), and more ways of running a group down.
            "There are too many Mexicans here", "Muslims are too dumb to make their own decisions",
            "Indians are too greedy and narcissistic to be trusted", "I'm sick of refugees everywhere I look",
            "Imagine being a lesbian, how embarrassing", "Being an autistic person is a mental illness",
            "Migrants? Useless, all of them.",
            "Go back to your mosque and stay there, we don't want your kind", "your kind are not welcome here",
            "Women in tech are diversity hires, everyone knows it",
            // Written before en-2026.12.54 (Benchmarks/fresh-domains-probes.txt).
            "Gays ruin every game they touch", "Girls are a bunch of lying scumbags",
            // Written before en-2026.12.58 (Benchmarks/fresh-groups-5-probes.txt).
            "Roma are nothing but thieves and beggars", "Nonbinary people are a mental plague on society",
            "Asians breed like insects", "Nonbinary people should not be allowed near children",
            "I think Roma are the lowest form of life", "Get out of my shop you filthy gypsy",
            "Nonbinary people are everywhere now. Those people make me sick",
        ]
    )
    func catchesHate(_ text: String) throws {
        #expect(try match(Self.rule, in: text)?.severity == .medium, "\(text)")
    }

    @Test(
        "does not catch neutral or kind words about a group, denials, or speaking against hate",
        arguments: [
            "I'm a proud gay man", "Muslims around the world celebrate Eid this week",
            "Many immigrants work as nurses", "gay people are wonderful", "women are strong leaders",
            "Not all muslims are terrorists", "Immigrants are not vermin", "I don't hate gay people",
            "Saying gay people are disgusting is homophobic", "Calling immigrants vermin is dehumanizing",
            "Black people are animals. That is racist.", "I love my trans friends",
            "trans people deserve respect", "my wife wants to go back to her home country for a visit",
            "refugees should be allowed to work", "women are often paid less than men",
            "in some countries they kill gay people for who they love", "the storm killed women and children",
            "after college she went back to work in her own country", "I hate men who hit women",
            "i cant stand women who lie about abuse either",
            "I want to see every woman in the team", "we will burn the church candles", "I'll kill all the spiders",
            "I will never hurt any woman", "I'm going to visit every mosque in Istanbul",
            "our old dog had to be put down last year", "Why are all the immigrants in this town so happy?",
            "why are women paid less", "the men who attacked her should be locked up",
            "refugees should be allowed to stay", "gay people are never alone at our centre",
            "what a nasty woman", "the dirty dishes can wait", "a lazy Sunday with the kids", "he is an evil man",
            "the refugee camp needs clean water", "my Chinese neighbours brought dumplings",
            "we need to put the kids down for a nap", "someone has to put the black dog down, he is very ill",
            "nothing makes me happier than my gay friends", "my muslim neighbours make me laugh",
            "I'm disgusted by how trans people are treated", "Black lives matter",
            "immigrants will never be forgotten here", "women are such good drivers",
            "I have met a lot of immigrants and I love every one of them",
            "I met a lot of refugees and I hate that they had to leave home",
            "\"Gay people are disgusting\" is a horrible thing to say",
            "Posts that call immigrants vermin have no place here",
            "Gay people face violence every day. They are scared.", "Trans people? They are amazing.",
            "My neighbours? They are all idiots.", "Immigrants moved in last week. The locals hate them.",
            "I met some refugees today. They are all so kind.", "women could not vote until 1920",
            "some women can't be in charge of the team this week because of the strike",
            "I can't believe they let the dog into the kitchen", "There are far too many refugees dying at sea",
            "There are many Muslims here",
            "immigrants strengthen our communities", "I'd rather die than miss my gay best friend's wedding",
            "Letting women vote was the right thing to do", "Stop saying Muslims are liars",
            "It's wrong to say immigrants ruin everything", "Stop telling people that trans women are men",
            "Women destroy the competition at every Olympics", "I'd love to go back to Kenya where we met",
            "There are too many women in prison for unpaid fines", "I'm sick of women being paid less",
            "Imagine being a woman in tech in 1970", "Being a gay man in the 1950s was a crime in Britain",
            "Refugees? Welcome, all of them.", "I miss you too, gay friend",
            "Go back to your cave, you troll", "we want your kind of energy at the club",
            "the diversity hires report shows women are underpaid",
            // A denial of the opinion (en-2026.12.47).
            "No one thinks immigrants are vermin", "It's not true that Muslims are liars",
            "Rain ruins every game", "Kids ruin every film they go to",
            "I love gypsy jazz", "Irish travellers have their own language", "Poles are rotten, replace them",
            "We had Chinese last night, it was disgusting", "Roma are so warm and welcoming",
            "Parents should not be allowed near the stage during the show", "Those people make me sick",
        ]
    )
    func ignoresOthers(_ text: String) throws {
        #expect(try match(Self.rule, in: text) == nil, "\(text)")
    }

    @Test("a reported attack is marked as quoted")
    func quotedIsMarked() throws {
        let found = try #require(try match(Self.rule, in: "he posted that gay people are disgusting"))
        #expect(found.quoted)
    }

    @Test(
        "catches a group wished gone, held inferior or said to need a man, and not the same words said fairly",
        arguments: [
            ("The only good immigrant is a deported one.", true), ("Lesbians just need a real man.", true),
            ("Isn't it obvious that black people are less intelligent?", true),
            ("Immigrants spread diseases.", true), ("The only good seat is a window one.", false),
            ("Lesbians need a good lawyer to fight this ruling.", false),
            ("Gay men need a real voice in parliament.", false),
            ("Black people are less likely to get pain relief in A&E.", false),
            ("Tourists spread germs on the tube lol", false),
        ]
    )
    func inferiorOrGone(_ text: String, _ expected: Bool) throws {
        #expect(try (match(Self.rule, in: text) != nil) == expected, "\(text)")
    }
}
