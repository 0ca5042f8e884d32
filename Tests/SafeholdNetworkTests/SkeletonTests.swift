import Testing

@testable import SafeholdNetwork

@Suite("Skeleton")
struct SkeletonTests {
    @Test(
        "look-alike spellings share a skeleton",
        arguments: [
            ("paypal", "\u{440}\u{430}yp\u{430}l"), ("jane", "j\u{430}ne"), ("bill", "bi1l"), ("modern", "rnodern"),
            ("jane", "ja\u{200B}ne"), ("o", "\u{3BF}"), ("jos\u{E9}", "jose\u{301}"),
        ]
    )
    func confusable(first: String, second: String) {
        #expect(Skeleton.of(first) == Skeleton.of(second))
        #expect(Skeleton.areConfusable(first, second))
    }

    @Test("different names keep different skeletons", arguments: [("jane", "jade"), ("anna", "anne"), ("sam", "pam")])
    func distinct(first: String, second: String) {
        #expect(!Skeleton.areConfusable(first, second))
    }

    @Test("upper and lower case look-alikes match when compared without case")
    func caseInsensitive() {
        #expect(Skeleton.areConfusable("BILL", "bi1l"))
        #expect(Skeleton.of("BILL") != Skeleton.of("bi1l"))
    }

    @Test("a megabyte of hostile text is mapped without trouble")
    func hostileInput() {
        let long = String(repeating: "\u{430}\u{200B}\u{301}", count: 100_000)
        #expect(Skeleton.of(long).unicodeScalars.count == 200_000)
        let emoji = String(repeating: "👩‍👩‍👧", count: 50_000)
        #expect(!Skeleton.of(emoji).isEmpty)
    }
}

@Suite("VisibleName")
struct VisibleNameTests {
    @Test(
        "misleading characters are written out",
        arguments: [
            ("p\u{430}ypal", "p[Cyrillic \u{430} U+0430]ypal"),
            ("ja\u{200B}ne", "ja[invisible U+200B]ne"),
            ("jane\u{202E}lap", "jane[direction change U+202E]lap"),
            (
                "\u{440}\u{430}\u{443}\u{440}\u{430}l",
                "[Cyrillic \u{440} U+0440][Cyrillic \u{430} U+0430][Cyrillic \u{443} U+0443][Cyrillic \u{440} U+0440][Cyrillic \u{430} U+0430]l"
            ),
            ("jane\u{3164}", "jane[invisible U+3164]"),
            ("\u{1D4D9}ane", "[Mathematical \u{1D4D9} U+1D4D9]ane"),
            ("[Cyrillic a]", "[[Cyrillic a]]"),
            ("jane\u{A0}doe", "jane[unusual space U+00A0]doe"),
        ]
    )
    func marks(name: String, rendered: String) {
        #expect(VisibleName.render(name) == rendered)
        #expect(VisibleName.inspect(name).needsMarking || name.hasPrefix("["))
    }

    @Test(
        "plain names are shown unchanged",
        arguments: [
            "Jane Doe", "Jos\u{E9} \u{C1}lvarez", "\u{41C}\u{430}\u{440}\u{438}\u{44F}", "山田花子", "jane_doe.99",
            "やまだ 山田",
        ]
    )
    func plain(name: String) {
        #expect(VisibleName.render(name) == name)
        #expect(!VisibleName.inspect(name).needsMarking)
    }

    @Test("inspection names the scripts and counts invisible characters")
    func inspection() {
        let result = VisibleName.inspect("ja\u{200B}n\u{435}\u{200D}")
        #expect(result.isMixedScript)
        #expect(result.scripts == [.latin, .cyrillic])
        #expect(result.invisibleCount == 2)
    }

    @Test("long hostile names are rendered in one pass")
    func hostile() {
        let name = String(repeating: "a\u{430}\u{200B}", count: 100_000)
        #expect(VisibleName.render(name).count > 300_000)
    }
}
