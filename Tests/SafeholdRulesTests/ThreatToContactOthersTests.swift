import SafeholdRules
import Testing

@Suite("Threats to involve work, family or authorities")
struct ThreatToContactOthersTests {
    static let rule = "threat-to-contact-others"

    @Test(
        "catches threats to contact work, school, landlord or authorities",
        arguments: [
            "I'll call your boss", "I will email your employer", "i'm going to tell ur manager everything",
            "I'll call your landlord", "I'm gonna show up at your work",
            "I will contact the kids school and tell them what you did",
            "I'll call immigration", "i will report you to immigration", "I'll get you deported",
            "I'll call CPS", "I will report you to child services", "I'll get you fired", "I'll get you evicted",
            "I'm going to tell your family what you did", "i'll tell your mom everything",
            "I will tell your parents the truth",
            "I'll tell the police you hit me", "I'll make sure you lose your job",
            "I'll send the screenshots to your boss",
            "I will message your colleagues", "I will go to your church and tell them",
        ]
    )
    func catchesHighThreats(_ text: String) throws {
        #expect(try match(Self.rule, in: text)?.severity == .high, "\(text)")
    }

    @Test(
        "catches vaguer threats to tell people at medium",
        arguments: [
            "I'll tell your mom", "I will tell everyone about you", "everyone will know the truth",
            "everyone will find out what you are", "I'll call the police on you", "I'm going to report you",
        ]
    )
    func catchesMedium(_ text: String) throws {
        #expect(try match(Self.rule, in: text)?.severity == .medium, "\(text)")
    }

    @Test(
        "does not catch ordinary plans or the person protecting themself",
        arguments: [
            "I'll call your mom back tomorrow, she asked about dinner", "I will call the police if you come here again",
            "I'm calling the police", "I'll tell you later", "Can you call your boss about the shift?",
            "I'll see you at work", "I won't tell your boss, don't worry", "I would never call immigration on anyone",
            "I'll visit my family this weekend", "I told my boss I need Friday off",
            "I'll tell your brother happy birthday",
            "I'm going to work", "call the school about the trip", "I'll email the teacher about the homework",
            "My landlord called me today",
        ]
    )
    func ignoresOrdinary(_ text: String) throws {
        #expect(try match(Self.rule, in: text) == nil, "\(text)")
    }
}
