import SafeholdRules
import Testing

@Suite("Sharing where the person lives or how to reach them")
struct SharingYourDetailsTests {
    static let rule = "sharing-your-details"

    @Test(
        "an address already shared, or known to everyone, is urgent",
        arguments: [
            "I posted your address in the group, let's see who shows up", "i shared ur new address online",
            "Everyone knows where you live now", "the whole internet has your address now thanks to me",
        ]
    )
    func addressIsUrgent(_ text: String) throws {
        #expect(try match(Self.rule, in: text)?.severity == .urgent, "\(text)")
    }

    @Test(
        "other details shared, or a promise to share them, are high",
        arguments: [
            "Everyone knows where you work now", "I shared your new number with some friends of mine",
            "I gave your address to a few people who want to talk to you", "I'll post your number everywhere",
            "I'm going to leak your real name", "your home address is online now",
            // en-2026.12.78: details posted about the person, for others to act on
            "Her address is 14 Park Lane, go say hi to the lying bitch.",
            "Here's her number, blow it up: 07700 900123.", "Found her new place. Dropping the pin in the group chat.",
            "I made you a Tinder profile with your number on it. Enjoy the calls.",
            "Your new address is in every group I'm in now.", "I've signed you up to every escort site I could find.",
            "Her real name is Sarah Jones and she lives in Leeds, do what you want with that.",
            "Screenshot of her licence with her address, in case anyone wants to visit.",
            "Put her kids' school on the page so people know where to find her.",
            "I gave your number to some guys I met. They'll be in touch.",
            "Spread this: she's hiding at her mum's on Victoria Street.",
            "Anyone who wants to tell her what they think, she works at the Boots on King Street.",
        ]
    )
    func detailsAreHigh(_ text: String) throws {
        let found = try match(Self.rule, in: text)
        #expect(found.map { $0.severity >= .high } == true, "\(text)")
    }

    @Test(
        "does not catch details passed on with care, or someone else's",
        arguments: [
            "I posted the address of the party in the group chat", "I gave your number to the plumber like you asked",
            "Your new number is saved, thanks", "I shared my address with the school", "I never shared your address",
            "everyone knows where the party is", "I will send you my new address",
            "Her address is on the invite, have fun at the party!",
            "His number is 07700 900123, pass it on to the team.",
            "Here's her email, in case anyone wants to send a thank-you card.",
            "She works at the library on Tuesdays, go say hi, she loves visitors.",
            "They're staying at their gran's, visit her if you can, she's lonely.",
            "Found her new flat! Posting the pin in the family group chat so we can all help with the move.",
            "I made you a LinkedIn profile, add your number if you want.",
            "I signed you up to the dating app like you asked, good luck!",
            "Spread this: she's staying at the shelter and needs donations.",
        ]
    )
    func ignores(_ text: String) throws {
        #expect(try match(Self.rule, in: text) == nil, "\(text)")
    }
}
