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
        ]
    )
    func ignores(_ text: String) throws {
        #expect(try match(Self.rule, in: text) == nil, "\(text)")
    }
}
