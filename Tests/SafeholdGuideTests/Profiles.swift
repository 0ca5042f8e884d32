@testable import SafeholdGuide

/// Answer profiles whose plans have been reviewed by hand; see `PlanTests`.
enum Profile: String, CaseIterable, CustomStringConvertible {
    case dangerWithChildren, impersonationOnly, doxxing, staysVisible, goesToPolice, skipsEverything,
        accountsTaken, intimateImagesAlone, notSureAboutThreats

    var description: String { rawValue }

    var answers: Answers {
        switch self {
        case .dangerWithChildren:
            Answers([
                "safe-now": .one("no"), "threats": .one("yes"), "knows-address": .one("yes"),
                "children": .one("yes"), "country": .one("gb"), "happening": .many(["messages"]),
            ])
        case .impersonationOnly:
            Answers(
                [
                    "safe-now": .one("yes"), "threats": .one("no"), "happening": .many(["impersonation"]),
                    "platforms": .many(["instagram"]), "escalate": .many(["platforms"]),
                ],
                skipped: ["knows-address", "children", "country"]
            )
        case .doxxing:
            Answers([
                "safe-now": .one("yes"), "threats": .one("no"), "knows-address": .one("yes"),
                "happening": .many(["personal-info", "public-posts"]), "country": .one("us"),
            ])
        case .staysVisible:
            Answers([
                "safe-now": .one("yes"), "threats": .one("no"), "happening": .many(["messages"]),
                "visibility": .one("stay-visible"), "escalate": .many(["platforms"]), "support": .many(["friend"]),
            ])
        case .goesToPolice:
            Answers([
                "safe-now": .one("yes"), "threats": .one("no"), "country": .one("au"),
                "happening": .many(["messages", "network"]), "escalate": .many(["police", "court"]),
                "support": .many(["lawyer"]),
            ])
        case .skipsEverything:
            Answers(skipped: [
                "safe-now", "threats", "knows-address", "children", "country", "happening", "account-access",
                "platforms", "visibility", "escalate", "support", "helper",
            ])
        case .accountsTaken:
            Answers([
                "safe-now": .one("yes"), "account-access": .one("yes"), "visibility": .one("take-break"),
                "helper": .one("yes"), "platforms": .many(["facebook", "whatsapp", "other"]),
            ])
        case .intimateImagesAlone:
            Answers([
                "safe-now": .one("yes"), "happening": .many(["intimate-images"]), "support": .many(["no-one"]),
                "country": .one("ie"), "visibility": .one("go-private"),
            ])
        case .notSureAboutThreats:
            Answers([
                "safe-now": .one("not-sure"), "threats": .one("not-sure"), "country": .one("other"),
            ])
        }
    }
}
