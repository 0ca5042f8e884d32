#!/usr/bin/env bash
# Functional checks of `safehold classify` on short messages the project wrote (Benchmarks/functional-probes.txt,
# one `category|expected label, severity or -|text` per line): explicit and disguised threats and insults,
# negation, counter-speech, everyday messages, sexism, sexual harassment and identity attacks. A line passes when
# the expected label is flagged, when the severity is at least the expected one (`medium`), or, for `-`, when
# nothing but profanity is flagged and severity is none or low.
# Prints each miss and the pass rate of each category. These sentences are a sanity check, never training data.
# Benchmarks/functional-variants.txt holds 206 more, made from templates: ten harm verbs as threats and negated
# threats, ten insults spelled eight ways, and each insult negated, spoken against and quoted.
# Benchmarks/group-probes.txt holds 46 about groups of people: 30 that only name a group, kindly or neutrally
# ("I'm a proud gay man"), 10 attacks on a group and 6 sexist sentences. Benchmarks/partner-abuse-probes.txt holds
# 63 partner-abuse messages worded otherwise than the rules' own tests (surveillance, images, coercion, family and
# children, self-harm pressure, demands, a new account), with everyday, negated and counter-speech look-alikes,
# and 53 more (veiled threats, put-downs, threats to a group, spelling). Benchmarks/obfuscation-probes.txt holds 47:
# a threat and insults spelled 32 ways, and negated and counter-speech sentences with the same words.
# Benchmarks/co-parenting-probes.txt holds 30 ordinary messages between parents who have separated, full of the
# rules' words (kids, school, address, number, meet, block), none of which should be flagged.
# Benchmarks/functional-suite-probes.txt holds 93 along the functional categories public hate-speech test suites use:
# hate in many phrasings (emotion, description, dehumanizing, implicit, threats, questions, opinions, pronouns),
# negated, neutral and positive mentions, counter-speech, abuse of objects and of groups that are not protected,
# profanity that is not abuse, abuse of one person, and five kinds of spelling. An expected label may be `a/b`
# (either one passes).
# Benchmarks/fresh-probes.txt holds 66 written on 2026-12-07 before the rules changed, to see how the rest generalize:
# threats worded without the rules' harm verbs, insults, sexism, hate tropes, everyday and news sentences with harm
# words, negation and counter-speech. 50 passed when written; the rules en-2026.12.13 and .14 were then changed
# after their misses, so the later figure flatters.
# Benchmarks/fresh-partner-abuse-probes.txt holds 56 more written the same day, before en-2026.12.15: an ex's threats,
# watching, coercion, put-downs and sexism in words the rules had not seen, beside co-parenting, news and friendly
# messages. 36 passed when written (4 of 14 threats); en-2026.12.15 was changed after their misses.
# Benchmarks/fresh-threat-probes.txt holds 54 more, written before en-2026.12.16: 34 threats in idioms ("I'll wring
# your neck", "you'll be six feet under") and 20 everyday sentences with the same verbs. 29 passed when written (12 of
# 34 threats). Two lines expect `threat` where the rules, by design, give severity high without it (self-harm used as
# pressure; knowing where the person's mother lives).
# Benchmarks/fresh-rules-probes.txt holds 50 more, written before en-2026.12.18, across the other partner-abuse rules
# (images, coercion, telling others, children and pets, demands and new accounts, self-harm used as pressure) and 16
# messages between separated parents. 28 passed when written (images 1 of 7, self-harm 0 of 3).
# Benchmarks/fresh-harassment-probes.txt holds 43 more, written before en-2026.12.19: sexual harassment, sexism, hate
# against groups and spelling, beside kind sentences about the same people. 24 passed when written (hate 1 of 8).
# Benchmarks/fresh-everyday-probes.txt holds 40 more, written before en-2026.12.20: 30 everyday and out-of-domain posts
# (reviews, sport, games, news, politics, family) and 10 insults, threats and attacks. 27 passed when written (20 of 30
# everyday ones: harm words aimed at things).
# Benchmarks/fresh-context-probes.txt holds 22 more, written before en-2026.12.21: the new wordings denied, spoken against,
# reported, quoted from films and songs, and said as a joke. 16 passed when written; the quoted and joking ones still
# fail by design (a quoted threat is lowered one step, not dropped; a joke does not set aside the model's threat).
# Benchmarks/fresh-ex-probes.txt holds 33 more, written before en-2026.12.22: an ex's menace in text-speak and longer
# sentences ("Paper doesn't stop bullets", "Enjoy your new life while it lasts"), beside friendly messages with the
# same phrases. 15 passed when written (threats 4 of 15).
# Benchmarks/fresh-hate-probes.txt holds 33 more, written before en-2026.12.23, along the categories of public
# hate-speech test suites (derogation, threats, slurs, questions, opinions, spelling, neutral mentions, groups that
# are not protected, counter-speech). 25 passed when written.
# Benchmarks/fresh-textspeak-probes.txt holds 25 more, written before en-2026.12.24, in text-speak ("ur", "dis", "2nite",
# emoji), beside friendly messages written the same way. 13 passed when written (threats 7 of 15).
# Benchmarks/fresh-digital-probes.txt holds 20 more, written before en-2026.12.27: abuse through accounts, passwords
# and posted details ("I changed your instagram password", "I put your number on a sex site"), beside everyday
# messages about passwords, numbers and photos. 7 passed when written (1 of 12 abusive ones).
# Benchmarks/fresh-groups-probes.txt holds 294 more, written before en-2026.12.28 from 42 templates over seven groups
# (women, trans people, gay people, black people, disabled people, Muslims, immigrants): 26 attacks (shut out,
# written off, wished away), 2 threats and 14 kind, denied or counter-speech sentences each. 122 passed when written
# (attacks 34 of 182, threats 5 of 14). Benchmarks/fresh-groups-2-probes.txt holds 224 from 32 other templates, written
# after the first patterns of en-2026.12.28: 145 passed, the same as with the rules before .28 (attacks 68 of 140
# either way), so those patterns did not carry to other wordings of the same ideas; the rest of .28 followed its
# misses. Benchmarks/fresh-groups-3-probes.txt holds 182 from 26 more templates with other names for the groups
# ("Jews", "migrants", "autistic people"), written after en-2026.12.29, which added a longer list of words that run
# people down and read an insult whose subject is a group as an attack on it: 95 passed (attacks 45 of 112), against
# 76 (26 of 112) with the rules of .27, so the general changes carried a little; .30 followed its misses.
# Benchmarks/fresh-others-probes.txt holds 50 more, written before en-2026.12.31: 30 threats against the people around
# the person (a new partner, family, friends, a pet: "Tell your new boyfriend he's a dead man", "Your cat won't survive
# the week") and 20 kind or reported sentences with the same words. 25 passed when written (threats 9 of 30).
# Benchmarks/fresh-watching-probes.txt holds 40 more, written before en-2026.12.32: watching said without "I saw you"
# ("Your bedroom light was on late last night"), threats in emoji ("🔪🔪🔪 see you soon") and through other people
# ("I paid someone to deal with you"), demands, and 10 everyday look-alikes. 18 passed when written (watching 0 of 10,
# emoji 1 of 8, through others 1 of 6).
# Benchmarks/fresh-control-probes.txt holds 30 more, written before en-2026.12.33 added the rule controlling-behaviour:
# 20 messages that control whom the person sees, where they go, what they wear, their phone and their money, and 10
# caring or everyday look-alikes. 12 passed when written (control 4 of 20).
# Benchmarks/fresh-images-probes.txt holds 30 more, written before en-2026.12.34: threats to share intimate images said
# sideways ("Your new boyfriend might enjoy them", "One click and your whole family sees you naked"), sexual demands,
# self-harm used as pressure, and 10 everyday look-alikes. 13 passed when written (images 1 of 10).
# Benchmarks/fresh-unwanted-probes.txt holds 30 more, written before en-2026.12.36: unwanted sexual messages, threats to
# reveal someone's sexuality, gender, health or immigration status, and 12 everyday look-alikes. 15 passed when
# written (sexual 2 of 10, outing 1 of 8).
# Benchmarks/fresh-life-probes.txt holds 25 more, written before en-2026.12.38: threats to the person's job, home, money,
# custody and car, and contact through their friends and family, with 10 everyday look-alikes. 13 passed when written
# (threats 4 of 15).
# Benchmarks/fresh-online-probes.txt holds 20 more, written before en-2026.12.40: watching someone's accounts ("I see
# you liked his photo at 2am") and menace said as concern ("Hope your brakes are working"), with 8 look-alikes. 9
# passed when written (online 2 of 8, concern 0 of 4).
# Benchmarks/fresh-coercion-probes.txt holds 23 more, written before en-2026.12.41: control over pregnancy, threats of
# false reports to the police or a court, demands for money or papers, and 8 look-alikes. 15 passed when written
# (pregnancy 1 of 5); one look-alike ("I'll tell the police about the break-in") had been made high by .35.
# Benchmarks/fresh-spelling-probes.txt holds 47 more, written on 2026-12-07 before en-2026.12.44 and safehold-abuse-8:
# threats, insults and hate in disguised spellings (math and full-width letters, strike-through marks, words run
# together, "kys"), and 12 harmless or counter-speech lines with the same spellings ("the b1tcoin price is crazy").
# 36 passed when written (harmless 7 of 12). Benchmarks/fresh-outside-probes.txt holds 31 written at the same time,
# away from partner abuse: 11 insults and threats from comment sections ("Your mother should have aborted you",
# "Leave before something happens.") and 20 everyday posts full of harm words (recipes, sport, news). 17 passed when
# written (abuse 2 of 11).
# Benchmarks/fresh-groups-4-probes.txt holds 118 more, written on 2026-12-07 before en-2026.12.46: 12 attacks and 6 kind,
# denied or counter-speech sentences over six groups (Muslims, Jews, Mexicans, lesbians, disabled people, women:
# shut out, rights denied, harm blamed on them), and 10 group names in disguised spellings. 90 passed when written
# (attacks 51 of 72, calm 30 of 36); en-2026.12.46 was then written after its misses, so the later figure flatters.
# Benchmarks/fresh-posts-probes.txt holds 76 more, written the same day after the first patterns of .46 and before the
# rest: 60 everyday posts (kitchens, recipes, sport, news, family, groups named kindly) and 16 comment-section insults,
# threats and attacks. 57 passed when written (everyday 51 of 60, abuse 6 of 16).
# Benchmarks/fresh-vocatives-probes.txt holds 40 more, written after the changes of .46 and before any tuning to it: 15
# insults said to the person ("Sit down, you talentless fraud"), 10 friendly ones ("you cheeky monkey"), 5 threats after
# counter-speech in the same sentence ("That's harassment, and I'll break your jaw") and 10 counter-speech sentences.
# 26 passed with the rules and model that started the session (threats 0 of 5), 33 when written.
# Benchmarks/fresh-feed-probes.txt holds 50 more, written later that day before the last patterns of .46: 40 everyday
# posts from a feed (gaming and sport banter, reviews, news of crimes and crashes, politics, families, groups named
# kindly, "I could murder a curry") and 10 abusive ones. 41 passed when written, as with the session's starting rules.
# Benchmarks/fresh-tech-probes.txt holds 30 more, written before the last patterns of .46: 20 messages that watch or
# pressure through technology (trackers, shared locations, logged-in accounts, cameras, new accounts, screenshots)
# and 10 everyday messages about the same things. 14 passed when written (tech 6 of 20), 13 with the starting rules.
# Benchmarks/fresh-negation-probes.txt holds 30 more, written before the last patterns of .46: 15 threats that hold a
# word of negation ("I can't wait to hurt you", "Don't think I won't hurt you", "No one will ever find your body") and
# 15 real denials. 22 passed when written (threats 8 of 15), 21 with the starting rules.
# Benchmarks/fresh-others-2-probes.txt holds 30 more, written before the last patterns of .46: threats to tell an
# employer, family, church or the authorities said sideways, threats about children and pets, self-harm used as
# pressure, and 10 everyday messages about the same people. 20 passed when written (telling others 3 of 10), 18 with
# the starting rules.
# Benchmarks/fresh-letters-probes.txt holds 68 more, written on 2026-12-07 (fourteenth session) before en-2026.12.47: 40
# everyday sentences whose words hold a slur's or a swear word's letters ("Night night", "Scunthorpe", "cocktail",
# "garden hoe") or a harm verb aimed at a thing ("kill the process", "kill the infection"), 16 insults and threats
# spelled with slips, gaps and run-together words ("compleet idiot", "iwillfindyouandhurtyou"), 4 attacks on groups,
# and 8 denials that reach further than three words ("No one thinks you're a bad mum"). 56 passed when written
# (denials 4 of 8). Benchmarks/fresh-counter-probes.txt holds 40 more, written after en-2026.12.47 and before .48: 25
# messages that speak against abuse while quoting it ("We don't tolerate threats like \"I'll break your legs\"", "the
# word \"…\" was thrown at me") and 15 abusive ones dressed as counter-speech ("This isn't a threat, it's a promise",
# "Not a threat, just saying: …"). 24 passed when written (counter-speech 13 of 25).
# Benchmarks/fresh-threat-2-probes.txt holds 45 more, written after en-2026.12.48 and before .49: 30 threats in wordings
# the rules had not seen ("I've got a baseball bat with your name on it", "One of these nights you won't make it home",
# "Bet you won't be so mouthy with a broken jaw") and 15 everyday look-alikes. 28 passed when written (threats 15 of 30).
# Benchmarks/fresh-forums-probes.txt holds 50 more, written after en-2026.12.51 and before .52: 40 posts from support
# groups, parenting and health forums, faith and identity communities, sport, games, true crime and news, and 10
# abusive posts in the same places ("Nobody in this group likes you, leave", "we don't want your kind"). 38 passed
# when written (abuse 3 of 10). Benchmarks/fresh-variations-probes.txt holds 40 more, written after .52: six abusive
# messages each spelled the five ways public test suites vary spelling (two letters swapped, one left out, a space
# left out, spaces added between letters, leetspeak), and 10 harmless ones spelled the same ways. 38 passed when
# written ("disgustin" and "you stupid cat … haha" missed; see BENCHMARKS.md on why "-in" for "-ing" was not kept).
# Benchmarks/fresh-sexual-probes.txt holds 40 more, written after .52 and before .53: 20 unwanted sexual messages,
# threats to share images said sideways ("I still have the photos from Ibiza. Be nice to me."), sexual threats and
# degrading remarks, and 20 everyday messages with the same words (photos, pictures, the shower, a lap). 27 passed
# when written (abuse 7 of 20, everyday 20 of 20).
# Benchmarks/fresh-plain-probes.txt holds 50 more, written on 2026-12-07 (fifteenth session) before en-2026.12.54: 35
# everyday sentences whose words share letters with abusive ones ("number", "department", "Scunthorpe", "Dickens",
# "peacefully") and 15 insults and threats in words the rules had not seen ("you absolute muppet", "ugly inside and
# out"). 43 passed when written (everyday 32 of 35, abuse 11 of 15).
# Benchmarks/fresh-domains-probes.txt holds 45 more, written the same session after the first patterns of .54: 30
# posts from reviews, games, sport, cooking, health, news, lyrics and work that use harm words ("kill their sniper",
# "smash the garlic", "execute the plan") and 15 threats, insults and attacks in the same settings. 27 passed when
# written (everyday 18 of 30, abuse 9 of 15).
# Benchmarks/fresh-threat-3-probes.txt holds 45 more, written after .54 and before .55: 25 threats in shapes the rules had
# not seen ("I'll put you through that wall", "Your car brakes might fail one day", "wait till I get my hands on you")
# and 20 everyday, denied, quoted and counter-speech sentences with the same words. 29 passed when written (threats
# 10 of 25); .55 was then written after its misses, so the later figure flatters.
# Benchmarks/fresh-ex-2-probes.txt holds 40 more, written after .55 and before .56: an ex's threats in text-speak
# ("hope ur new man likes hospital food"), put-downs that unsettle ("nobody will ever believe a word you say"), control
# (clothes, photos, passwords, money) and 15 everyday messages with the same words. 24 passed when written (threats 6
# of 15, control 1 of 5; 23 with the binary that started the session).
# Benchmarks/fresh-context-2-probes.txt holds 31 more, written after .56 and before .57: the new wordings of .54 to .56
# denied, spoken against, reported, in the news and as jokes, and said directly beside a denial ("I'm not saying I'll
# hurt you. I'm saying your brakes might fail one day"). 24 passed when written (17 with the session's first binary).
# Benchmarks/fresh-groups-5-probes.txt holds 40 more, written after .57 and before .58, along the functional categories
# of public hate-speech suites for groups the rules had seldom seen (Hindus, Roma, bisexual, deaf and nonbinary people,
# Asians, Jews): derogation, dehumanizing, implicit, threats, normative, pronouns, questions, opinions, slurs, negation,
# neutral and kind mentions, counter-speech, groups that are not protected, spelling. 26 passed when written.
# Benchmarks/fresh-images-2-probes.txt holds 25 more, written after .58 and before .59: threats over intimate images said
# sideways ("Remember the mirror pics? So does my phone", "Your call what happens to it"), unwanted sexual messages, and
# 10 everyday messages about videos, photos and accounts. 12 passed when written (images 1 of 10, sexual 1 of 5).
# Benchmarks/fresh-rules-2-probes.txt holds 30 more, written after .59 and before .60, across the other partner-abuse
# rules (telling work or family said sideways, outing, self-harm used as pressure, children and pets, demands, new
# accounts) and 12 everyday messages with the same words. 17 passed when written (telling others 0 of 4).
# Benchmarks/fresh-two-sentence-probes.txt holds 45 more, written before en-2026.12.61: 30 threats whose menace is a
# short second sentence ("I still have a key to your flat. Sleep well.", "You blocked me again. Big mistake.") or a
# one-sentence threat beside one, and 15 everyday messages with the same sentences. 15 passed when written (threats 2
# of 30); .61 was then written after its misses, with the rule syntax's new `$$` (the end of a sentence only).
# Benchmarks/fresh-threat-4-probes.txt holds 60 more, written after .61 and before .62: 40 threats in shapes the rules
# had not seen (harm wished in the passive, through someone else, as a question, a deadline on a life, against a group
# met in person) and 20 negated, reported, quoted or everyday sentences with the same words. 37 passed when written
# (threats 20 of 40: the model alone scores "You should be shot for what you did" 0.23, under its threshold).
# Benchmarks/fresh-calm-probes.txt holds 50 calm posts from other places (reviews, recipes, sport, games, health,
# parenting, news, work, tech, friends, history), written the same hour. 40 passed when written; the misses are the
# model's (a threat on "says" or "should", an insult on "department"), and the rules did not change for them.
# Benchmarks/fresh-sexism-probes.txt holds 60 more, written after .62 and before .63, along EDOS's kinds of sexism
# (threats, incitement, descriptive and aggressive attacks, dehumanising, slurs, stereotypes, backhanded praise,
# talking down, blaming women for abuse, shutting women out) and 20 neutral or counter-speech sentences about women.
# 32 passed when written (sexist ones 19 of 40; backhanded praise, talking down and blaming 0 of 9).
# Benchmarks/fresh-obfuscation-2-probes.txt holds 45 more, written after .63 and before .64: a threat, a stalking line
# and insults spelled with dots, dashes, underscores, accents, Cyrillic letters, digits and stars, and 10 everyday or
# spoken-against sentences with the same spellings. 40 passed when written (the spellings were all read; the misses
# were everyday phrases read as threats or insults, and "shut up you tw@t" read as sexism, not an insult).
# Benchmarks/fresh-partner-3-probes.txt holds 55 more, written after .64 and before .65, across every partner-abuse
# rule in words the rules had not seen (watching, images, coercion, telling others, children and pets, self-harm used
# as pressure, demands, new accounts) and 15 messages between friends or co-parents with the same words. 24 passed
# when written (abusive ones 16 of 40: watching 1 of 8, images 0 of 5, telling others 0 of 5, children 0 of 4).
# Benchmarks/fresh-context-3-probes.txt holds 30 more, written after .66 and before .67: the new wordings quoted,
# reported in the third person ("My ex said I should be shot for leaving him"), spoken against, denied, joked and in
# the news. 22 passed when written (reported 0 of 4: the rules could not read "me" in a report as the "you" said).
# Benchmarks/fresh-hate-2-probes.txt holds 45 more, written after .67 and before .68, along public hate-speech test
# suites' categories (a group called a disease, vermin or inferior, told to go back, spelled with digits and symbols)
# and 15 neutral, kind or counter-speech sentences about the same groups. 39 passed when written (hate 26 of 30).
# Benchmarks/fresh-proxy-probes.txt holds 25 more, written after .69: threats by a third person ("He'll kill you when
# he finds out", "My husband will make you regret this") and 10 everyday sentences with the same words. 14 passed when
# written (threats 6 of 15); adding "he", "she", "they" to the rules' third persons caught 13 of 15 but changed 21
# shared-data answers, most of them a generic "you" ("they would shoot you on the spot", "she'll rip you to shreds")
# made urgent, so it was not kept.
# Benchmarks/fresh-proxy-2-probes.txt holds 40 more, written on 2026-12-08 before en-2026.12.70: 20 threats by someone
# else in other words ("I gave him your address. He's going to hurt you.", "They'll beat you senseless, and I won't
# stop them") and 20 everyday sentences with the same shapes ("He is going to beat you at tennis again", "My mates are
# coming for you at eight to go to the match"). 23 passed when written (threats 4 of 20). .70 then read "he", "she",
# "they" and someone's people as carrying out literal harm only, urgent when tied to the sender ("I told him where
# you park", "for what you did"): 39 of 40, fresh-proxy 21 of 25, 8 shared-data answers changed.
# Benchmarks/fresh-calm-2-probes.txt holds 40 calm posts (services, news, families, groups named kindly, recipes,
# pests and pets), written on 2026-12-08 before en-2026.12.71. 33 passed when written; .71 read "to die for", killing
# a spider or a rat and burying a pet or a parent as everyday phrases (36). The rest are the model's: "department" and
# "senate" read as insults, "service" as a threat, and "I'm so stupid, I left my keys" as an insult.
# Benchmarks/fresh-threat-5-probes.txt holds 50 more, written after .72 and before en-2026.12.73: 30 threats in shapes the
# rules had not seen ("Nobody will hear you scream out there", "Accidents happen to girls who talk too much", "Go on,
# testify. See what it costs you.") and 20 everyday twins ("I'm parked outside, come down when you're ready"). 29 passed
# when written (threats 11 of 30); .73 was then written after its misses (46), and changed no shared-data answer.
# Benchmarks/fresh-partner-4-probes.txt holds 55 more, written after .73 and before en-2026.12.74, across every
# partner-abuse rule in words the rules had not seen (watching, images, coercion over money and papers, telling
# others, children and pets, self-harm by its means, demands, new accounts) and 15 messages between friends,
# neighbours or co-parents with the same words. 21 passed when written (abusive ones 7 of 40: watching 0 of 8, images
# 0 of 5, children 0 of 5). .74 followed its misses (43): watching said through a neighbour's eyes stays medium or
# unread ("Your kitchen blind is broken, I could see everything" has a kind twin that warns a neighbour).
# Benchmarks/fresh-context-4-probes.txt holds 30 more, written after .74 and before en-2026.12.75: the new wordings of
# .70 to .74 denied, spoken against, quoted, reported by the person, joked, in the news, and said beside a denial ("This
# is not a threat, it's a promise"). 20 passed when written; .75 followed its misses (25). Still missed: "I'll give you
# something to cry about: the final episode" (a joke after a colon), "Nobody is going to hurt you, I promise" (the
# model reads "nobody" as an insult), and elliptical threats ("I said my cousins will").
# Benchmarks/fresh-textspeak-2-probes.txt holds 30 more, written after .75 and before en-2026.12.76: the new wordings of
# .70 to .75 in text-speak ("hes comin 4 u 2nite", "ive frozen the joint acc till u come home") and 10 friendly ones.
# 21 passed when written; .76 read "-in" for "-ing" in 23 listed verbs ("comin", "takin") and short forms ("gna",
# "acc", "wud", "lil") in the rules' shorthand (28). "my bro" stays unread: "bro" is a word the rules skip.
# Benchmarks/fresh-sexism-2-probes.txt holds 40 more, written after .76 and before en-2026.12.77, in the style of the
# forums EDOS samples (rating women, "the wall", "walking wombs", diversity hires, blaming a woman for what she wore)
# and 10 calm sentences about women. 24 passed when written (sexist 15 of 30: five the model flagged were set aside
# because only the word for women carried them); .77 followed its misses (39). These patterns fire on none of the EDOS
# test rows, so the held-out figures did not move.
# Benchmarks/fresh-details-probes.txt holds 25 more, written after .77 and before en-2026.12.78: a person's details
# posted for others to act on, in the third person ("Her address is 14 Park Lane, go say hi to the lying bitch", "Found
# her new place. Dropping the pin in the group chat"), and 10 kind messages that pass on the same details. 9 passed when
# written (details 1 of 15); .78 read such details with words that set others on the person (20).
# Benchmarks/fresh-common-probes.txt holds 30 more, written after .78 and before en-2026.12.79: the plainest things an
# abusive partner writes ("You'll regret this", "I'm going to ruin your life", "You're mine, don't forget it", "Who said
# you could go out?"), each with the least severity it deserves. 21 passed when written; .79 followed its misses (26).
# "I saw you with him" and "I'll tell everyone what you did" stay medium, "I'm outside" unread (a taxi says it too).
# Benchmarks/fresh-conditions-probes.txt holds 40 more, written on 2026-12-08 before en-2026.12.80: coercion said as
# "if you … I will …" in new words, the same demand said again and again ("Pick up. Pick up. PICK UP."), and everyday
# conditionals with the same verbs ("I'm going to ruin the surprise if you keep asking"). 26 passed when written (9 of
# 20 abusive ones, 17 of 20 everyday ones); .80 followed its misses (38). "I'll tell your mum if you keep leaving your
# shoes there, she'll laugh" stays high coercion: between exes the same words are pressure.
# Benchmarks/fresh-consent-probes.txt holds 30 more, written before en-2026.12.81: watching, tracking and reading the
# person's phone, beside the same acts done because she asked ("like you asked", "with the code you sent"). 18 passed
# when written (9 of 15 either way); .81 followed (23). Knowing a new address or where she was last night stays a
# flag even with a kind sentence after it.
# Benchmarks/fresh-kin-probes.txt holds 30 more, written before en-2026.12.82: threats carried out by the sender's own
# people in soft words ("My brothers are going to sort you out", "One call to my cousin and you're done"), beside the
# same people helping. 18 passed when written (3 of 15 threats, all 15 kind ones); .82 followed (24). "bro" is a word
# the rules skip, so "my bro gonna find you" is still missed.
# Benchmarks/fresh-obfuscation-3-probes.txt holds 40 more, written before en-2026.12.83 and safehold-abuse-12: threats
# and insults in small capitals, mathematical and circled letters, the kra, letters spaced with " . ", every letter
# pressed twice, "unalive", beside harmless sentences disguised the same way. 31 passed when written; .83 and the
# folding it came with followed (37). "kys" is read as an insult, not a threat.
# Benchmarks/fresh-money-probes.txt holds 30 more, written before en-2026.12.84: money used to control or punish (a card
# cancelled "see how far you get now", support stopped "until you let me see them", debt in her name, her name off the
# lease), beside cards, payments and passwords in an ordinary household. 15 passed when written (2 of 15 abusive ones;
# "I'll tell your work you're off sick today" was high); .84 followed (29). "You'll have to ask me for money like
# everyone else" is still missed: "like" is a word the rules skip, and the pattern without it caught a cash box.
#
#   Benchmarks/functional-probes.sh [SAFEHOLD_BINARY] [PROBE_FILE]
set -euo pipefail
cd "$(dirname "$0")/.."
BIN="${1:-}"
PROBES="${2:-Benchmarks/functional-probes.txt}"
if [ -z "$BIN" ]; then
    swift build --product safehold >/dev/null
    BIN=.build/debug/safehold
fi
python3 - "$BIN" "$PROBES" <<'PY'
import collections, json, subprocess, sys
binary, path = sys.argv[1], sys.argv[2]
rows = [line.rstrip("\n").split("|", 2) for line in open(path, encoding="utf-8") if line.strip()]
lines = "".join(json.dumps({"id": str(i), "text": text}) + "\n" for i, (_, _, text) in enumerate(rows))
answers = subprocess.run([binary, "classify"], input=lines, capture_output=True, text=True, check=True).stdout.splitlines()
passed = collections.defaultdict(lambda: [0, 0])
levels = ["none", "low", "medium", "high", "urgent"]
for (category, expected, text), line in zip(rows, answers):
    answer = json.loads(line)
    flagged = set(answer["flagged"])
    if expected == "-":
        ok = not (flagged - {"profanity"}) and answer["severity"] in ("none", "low")
    elif expected in levels:
        ok = levels.index(answer["severity"]) >= levels.index(expected)
    else:
        ok = bool(set(expected.split("/")) & flagged)
    passed[category][0] += ok
    passed[category][1] += 1
    if not ok:
        print(f"miss  {category:10s} {text!r}: flagged {sorted(flagged)}, severity {answer['severity']}")
for category, (good, total) in passed.items():
    print(f"{category:12s} {good:3d} / {total}")
print(f"{'all':12s} {sum(g for g, _ in passed.values()):3d} / {sum(t for _, t in passed.values())}")
PY
