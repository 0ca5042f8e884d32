extension Guide {
    /// The directory entries for a country and a need, open ones first, then closed ones with their
    /// alternatives; entries for the country come before international ones.
    /// - Parameters:
    ///   - country: An ISO country code (`GB`, `us`, `UK` are all read); `nil` for every country.
    ///   - need: The kind of help; `nil` for every kind.
    public func directory(country: String?, need: HelpNeed?) -> [HelpEntry] {
        directory(country: country.map { CountryCode($0) }, need: need)
    }

    /// The directory entries for a country and a need; see ``directory(country:need:)-(String?,_)``.
    public func directory(country: CountryCode?, need: HelpNeed?) -> [HelpEntry] {
        let matching = directory.filter { entry in
            (need.map { entry.needs.contains($0) } ?? true)
                && (country.map { entry.countries.contains($0) || entry.countries.contains(.international) } ?? true)
        }
        return matching.enumerated().sorted { left, right in
            let a = (left.element.status == .open ? 0 : 1, rank(left.element, country), left.offset)
            let b = (right.element.status == .open ? 0 : 1, rank(right.element, country), right.offset)
            return a < b
        }.map(\.element)
    }

    /// The emergency numbers of a country, if the guide covers it.
    public func emergencyNumbers(country: String) -> EmergencyNumbers? {
        let code = CountryCode(country)
        return emergency.first { $0.country == code }
    }
}
