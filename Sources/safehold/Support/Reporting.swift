import ArgumentParser
import SafeholdCore
import SafeholdGuide

/// Runs a command's body and turns a ``SafeholdError`` into a calm message and exit status 1
/// (or a JSON error object when `--json` was asked for), without a stack of developer detail.
func reportingErrors(json: Bool = false, _ body: () throws -> Void) throws {
    do {
        do {
            try body()
        } catch let error as GuideError {
            let details = error.problems.prefix(10).map { "  - " + DisplaySafe.text($0) }
            throw SafeholdError(.invalidInput, ([error.message] + details).joined(separator: "\n"), cause: error)
        }
    } catch let error as SafeholdError {
        if json {
            try? Terminal.printJSON(["error": ["code": error.code.rawValue, "message": error.message]])
        } else {
            Terminal.say(error.message)
        }
        throw ExitCode.failure
    }
}
