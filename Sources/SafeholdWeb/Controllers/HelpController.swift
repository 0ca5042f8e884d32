import Foundation
import Hummingbird
import SafeholdGuide

/// The directory of help, by country and need. It shows no vault data, so it opens without
/// unlocking: in a crisis, nobody should need a passphrase to find a phone number.
struct HelpController: Sendable {
    let services: WebServices
    let guide: Guide

    func addRoutes(to router: Router<WebRequestContext>) {
        router.get("/help", use: directory)
    }

    @Sendable func directory(_ request: Request, context: WebRequestContext) async throws -> Response {
        let country = request.uri.queryParameters.get("country").map { String($0.prefix(3)).uppercased() }
            .flatMap { $0.isEmpty ? nil : $0 }
        let need = request.uri.queryParameters.get("need").flatMap { HelpNeed(rawValue: String($0.prefix(40))) }
        let entries = guide.directory(country: country, need: need)
        let countries = Set(guide.directory.flatMap(\.countries)).union(guide.emergency.map(\.country)).sorted()
        let model = HelpModel(
            emergency: country.flatMap { guide.emergencyNumbers(country: $0) }.map(EmergencyView.init),
            entries: entries.map { HelpEntryView($0, guide: guide) },
            hasEntries: !entries.isEmpty,
            countries: countries.map { Choice(value: $0.rawValue, label: $0.rawValue, selected: $0.rawValue == country) },
            needs: HelpNeed.allCases.map { Choice(value: $0.rawValue, label: GuideWords.need($0), selected: $0 == need) }
        )
        return services.pages.page("help", model, context: context)
    }
}

/// The directory page.
struct HelpModel {
    let emergency: EmergencyView?
    let entries: [HelpEntryView]
    let hasEntries: Bool
    let countries: [Choice]
    let needs: [Choice]
}
