import SafeholdRules
import Testing

@Suite("Self-harm used as pressure")
struct SelfHarmPressureTests {
    static let rule = "self-harm-pressure"

    @Test(
        "catches self-harm threats tied to the person's choices",
        arguments: [
            "if you leave I'll kill myself", "If u leave me ima kill myself", "if you block me I will end it all",
            "if you don't come back I'll hurt myself", "I'll kill myself if you leave", "i will k!ll myself if u go",
            "if you break up with me I'll do something stupid", "I'll end my life and it will be your fault",
            "my blood will be on your hands", "you'll be the reason I die", "I'll kill myself because of you",
            "if you don't answer I'm going to take my life", "I will kill myself unless you come back",
            "kms if you leave", "you're pushing me to suicide",
        ]
    )
    func catchesPressure(_ text: String) throws {
        #expect(try match(Self.rule, in: text)?.severity == .high, "\(text)")
    }

    @Test("catches dependence statements at medium", arguments: ["I'll die without you", "I can't live without you"])
    func catchesMedium(_ text: String) throws {
        #expect(try match(Self.rule, in: text)?.severity == .medium, "\(text)")
    }

    @Test(
        "does not catch ordinary speech or talk of help",
        arguments: [
            "this exam is going to kill me", "I'm so tired I could die", "if you leave early I'll save you a seat",
            "I would never hurt myself", "I'll never kill myself, don't worry", "I'm going to end the call now",
            "if you leave the door open the cat gets out", "If you ever feel like hurting yourself, call a helpline",
            "I'm dying to see you", "I'll die laughing", "if you go, I'll go too",
        ]
    )
    func ignoresOrdinary(_ text: String) throws {
        #expect(try match(Self.rule, in: text) == nil, "\(text)")
    }
}
