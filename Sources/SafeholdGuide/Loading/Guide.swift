public import Foundation

/// The guide's content: the assessment, the steps, the platforms, the directory of help, the message
/// templates, the guide's strategies and the rules that turn answers into a plan.
///
/// Load the content shipped with Safehold with ``shipped()``; everything is checked at load, so a `Guide`
/// in hand is always consistent (every reference resolves, every step names an action).
public struct Guide: Sendable {
    /// The schema version of the data files this Safehold reads.
    public static let schemaVersion = 1
    /// The names of the data files, in the order they are read.
    public static let fileNames = [
        "assessment.json", "steps.json", "platforms.json", "directory.json", "templates.json", "strategies.json",
        "rules.json",
    ]

    /// The assessment's questions, in the order they are asked.
    public let questions: [Question]
    /// Every step, in the order they are listed within a plan section.
    public let steps: [Step]
    /// The platforms and how to do each task on them.
    public let platforms: [Platform]
    /// The directory of help, every entry, open and closed.
    public let directory: [HelpEntry]
    /// The emergency numbers of each country the guide covers.
    public let emergency: [EmergencyNumbers]
    /// The message templates.
    public let templates: [MessageTemplate]
    /// The reference guide's strategies and the steps that carry them out.
    public let strategies: [Strategy]
    /// The rules that turn answers into a plan, in order.
    public let rules: [PlanRule]
    /// The step that puts help first when the answers are urgent.
    public let helpStep: StepID
    /// The question that asks for the person's country.
    public let countryQuestion: QuestionID
    /// The question that asks which platforms the person uses.
    public let platformQuestion: QuestionID

    let stepIndex: [StepID: Int]

    /// The step with this identifier.
    public func step(_ id: StepID) -> Step? { stepIndex[id].map { steps[$0] } }
    /// The question with this identifier.
    public func question(_ id: QuestionID) -> Question? { questions.first { $0.id == id } }
    /// The platform with this identifier.
    public func platform(_ id: PlatformID) -> Platform? { platforms.first { $0.id == id } }
    /// The directory entry with this identifier.
    public func entry(_ id: HelpEntryID) -> HelpEntry? { directory.first { $0.id == id } }
    /// The template with this identifier.
    public func template(_ id: TemplateID) -> MessageTemplate? { templates.first { $0.id == id } }

    private static let cached: Result<Guide, GuideError> = Result { () throws(GuideError) -> Guide in
        do {
            guard let folder = resourceFolder else {
                throw GuideError(.invalidContent, "Safehold's guide content is missing. Reinstall Safehold.")
            }
            return try load(from: folder)
        } catch let error as GuideError {
            throw error
        } catch {
            throw GuideError(.invalidContent, "Safehold's guide content could not be read. Reinstall Safehold.")
        }
    }

    /// The folder holding the shipped data files.
    static var resourceFolder: URL? { Bundle.module.url(forResource: "Resources", withExtension: nil) }

    /// The content shipped with this Safehold, read and checked once.
    /// - Throws: ``GuideError`` if the shipped files are missing or break the schema.
    public static func shipped() throws -> Guide { try cached.get() }

    /// Reads and checks the data files in a folder.
    /// - Parameter folder: A folder holding every file named in ``fileNames``.
    /// - Throws: ``GuideError`` naming the file and every problem found.
    public static func load(from folder: URL) throws -> Guide {
        var files = [String: Data]()
        for name in fileNames {
            let url = folder.appendingPathComponent(name)
            do {
                files[name] = try readLimited(url, limit: ContentDecoder.maximumFileSize)
            } catch let error as GuideError {
                throw error
            } catch {
                throw GuideError(.invalidContent, "The guide file \(name) could not be read.")
            }
        }
        return try load(files: files)
    }

    /// Reads and checks the data files given as bytes, keyed by file name.
    /// - Throws: ``GuideError`` naming the file and every problem found.
    public static func load(files: [String: Data]) throws -> Guide {
        let content = try ContentDecoder(files: files).decode()
        let problems = GuideValidator(content).problems()
        guard problems.isEmpty else {
            throw GuideError(.invalidContent, "The guide's content breaks its schema.", problems: problems)
        }
        return Guide(content)
    }

    init(_ content: GuideContent) {
        questions = content.assessment.questions
        steps = content.steps.steps
        platforms = content.platforms.platforms
        directory = content.directory.entries
        emergency = content.directory.emergency
        templates = content.templates.templates
        strategies = content.strategies.strategies
        rules = content.rules.rules
        helpStep = content.rules.helpStep
        countryQuestion = content.rules.countryQuestion
        platformQuestion = content.rules.platformQuestion
        stepIndex = Dictionary(steps.enumerated().map { ($1.id, $0) }, uniquingKeysWith: { first, _ in first })
    }
}

/// Reads at most `limit` bytes of a file, and refuses a larger one.
func readLimited(_ url: URL, limit: Int) throws -> Data {
    let handle = try FileHandle(forReadingFrom: url)
    defer { try? handle.close() }
    let data = try handle.read(upToCount: limit + 1) ?? Data()
    guard data.count <= limit else {
        throw GuideError(.tooLarge, "The file \(url.lastPathComponent) is larger than any guide or answers file.")
    }
    return data
}
