import Testing

@testable import SafeholdNetwork

@Suite("HandleVariants")
struct HandleVariantsTests {
    @Test("the likeliest variants come first", arguments: [("jane.doe", "instagram"), ("jane_doe", "x")])
    func likelyFirst(handle: String, platform: String) {
        let variants = HandleVariants.generate(handle: handle, platform: platform)
        #expect(Array(variants.prefix(3)).contains("janedoe"))
        let official = variants.firstIndex(of: handle + "1") ?? .max
        let typo = variants.firstIndex(of: "jsne" + String(handle.dropFirst(4))) ?? .max
        #expect(official < typo)
    }

    @Test(
        "every variant obeys the platform's handle rules",
        arguments: ["x", "instagram", "tiktok", "mastodon", "bluesky", "facebook", "snapchat", "youtube", "other"]
    )
    func obeysRules(platform: String) {
        let rules = HandleRules.of(platform: platform)
        let variants = HandleVariants.generate(handle: "jane.doe_1990", platform: platform)
        #expect(!variants.isEmpty)
        for variant in variants {
            let label = platform == "bluesky" ? String(variant.dropLast(".bsky.social".count)) : variant
            #expect(rules.allows(label), "\(variant) on \(platform)")
        }
    }

    @Test("X handles stay within 15 characters of letters, digits and underscores")
    func xRules() {
        let variants = HandleVariants.generate(handle: "@JaneDoeRN", platform: "x")
        #expect(
            variants.allSatisfy {
                $0.count <= 15 && $0.allSatisfy { $0.isASCII && ($0.isLetter || $0.isNumber || $0 == "_") }
            }
        )
        #expect(variants.contains("janedoern_"))
        #expect(variants.contains("janed0ern"))
        #expect(variants.contains("realjanedoern"))
        #expect(!variants.contains("jane.doern"))
    }

    @Test("variants are unique, exclude the handle itself and respect the cap")
    func uniqueAndCapped() {
        let variants = HandleVariants.generate(handle: "mariaconstantinopoulou", platform: "instagram", limit: 200)
        #expect(variants.count == 200)
        #expect(HandleVariants.generate(handle: "mariaconstantinopoulou", platform: "other").count <= 500)
        #expect(Set(variants.map { $0.lowercased() }).count == variants.count)
        #expect(!variants.contains("mariaconstantinopoulou"))
        #expect(HandleVariants.generate(handle: "jane", platform: "x", limit: 10).count == 10)
    }

    @Test("look-alike, typo, omission and transposition variants are all there")
    func kinds() {
        let variants = Set(HandleVariants.generate(handle: "emma.lee", platform: "instagram", limit: 5_000))
        for expected in [
            "ernma.lee", "emma.1ee", "emma.le", "emam.lee", "emma.leee", "wmma.lee", "emma_lee", "emmalee",
        ] {
            #expect(variants.contains(expected), "\(expected)")
        }
    }

    @Test("Bluesky variants keep the bsky.social suffix and Mastodon variants drop the server")
    func suffixes() {
        #expect(
            HandleVariants.generate(handle: "jane.bsky.social", platform: "bluesky").allSatisfy {
                $0.hasSuffix(".bsky.social")
            }
        )
        #expect(
            HandleVariants.generate(handle: "@jane@mastodon.social", platform: "mastodon").allSatisfy {
                !$0.contains("@")
            }
        )
    }

    @Test("empty, hostile and very long handles give bounded output without trouble")
    func hostile() {
        #expect(HandleVariants.generate(handle: "", platform: "x").isEmpty)
        #expect(HandleVariants.generate(handle: "@@@", platform: "x").isEmpty)
        #expect(
            HandleVariants.generate(handle: String(repeating: "a", count: 1_000_000), platform: "other").count <= 500
        )
        #expect(HandleVariants.generate(handle: String(repeating: "🙂", count: 10_000), platform: "x").isEmpty)
    }
}
