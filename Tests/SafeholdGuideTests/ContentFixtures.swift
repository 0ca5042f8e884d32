import Foundation

@testable import SafeholdGuide

/// The shipped data files as bytes, and ways to break them for tests.
enum ContentFixtures {
    /// Every shipped file, keyed by name.
    static func shipped() throws -> [String: Data] {
        let folder = Guide.resourceFolder!
        var files = [String: Data]()
        for name in Guide.fileNames { files[name] = try Data(contentsOf: folder.appendingPathComponent(name)) }
        return files
    }

    /// The shipped files with one file's JSON changed by `change`.
    static func changing(_ name: String, _ change: (inout [String: Any]) -> Void) throws -> [String: Data] {
        var files = try shipped()
        var object = try JSONSerialization.jsonObject(with: files[name]!) as! [String: Any]
        change(&object)
        files[name] = try JSONSerialization.data(withJSONObject: object)
        return files
    }

    /// Changes the first element of a list held under `key`.
    static func first(_ key: String, in object: inout [String: Any], _ change: (inout [String: Any]) -> Void) {
        var list = object[key] as! [[String: Any]]
        change(&list[0])
        object[key] = list
    }

    /// The error that loading these files throws, or `nil` if they load.
    static func error(loading files: [String: Data]) -> GuideError? {
        do {
            _ = try Guide.load(files: files)
            return nil
        } catch {
            return error as? GuideError
        }
    }
}
