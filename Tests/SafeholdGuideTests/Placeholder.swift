import Testing

@testable import SafeholdGuide

@Test func smoke() throws {
    do { _ = try Guide.shipped() } catch let error as GuideError { Issue.record("\(error)") }
}
