import Foundation
import SafeholdAnalysis

let usage = """
    usage: safehold-train train    [--data DIR] [--out DIR] [--settings FILE]  rebuild the model and its manifest
           safehold-train evaluate [--data DIR] [--model FILE] quality on the held-out test portion
           safehold-train check    [--data DIR] [--model FILE] retrain to a temporary folder and compare bytes
           safehold-train speed    --messages FILE [--model FILE] load time and messages per second
           safehold-train speed-rules --messages FILE     rules load time and messages per second
           safehold-train show     --messages FILE [--model FILE] scores and spans of each line
    --settings reads TrainingSettings as JSON, for trying other settings (check always uses the shipped ones).
    DIR defaults to ../shared/data/abuse; --out and --model default to Sources/SafeholdAnalysis/Resources.
    """

/// A failure the tool explains in one line, with its exit status.
struct ToolError: Error {
    var message: String
    var status: Int32 = 2
    init(_ message: String, status: Int32 = 2) {
        self.message = message
        self.status = status
    }
}

/// The command and its flags.
struct ToolOptions {
    var command: String
    var data = URL(fileURLWithPath: "../shared/data/abuse")
    var out = URL(fileURLWithPath: "Sources/SafeholdAnalysis/Resources")
    var model: URL?
    var messages: URL?
    var settingsFile: URL?

    init(_ arguments: [String]) throws {
        guard let first = arguments.first else { throw ToolError(usage) }
        command = first
        var index = 1
        while index < arguments.count {
            guard index + 1 < arguments.count else { throw ToolError("\(arguments[index]) needs a value\n\(usage)") }
            let value = URL(fileURLWithPath: arguments[index + 1])
            switch arguments[index] {
            case "--data": data = value
            case "--out": out = value
            case "--model": model = value
            case "--messages": messages = value
            case "--settings": settingsFile = value
            default: throw ToolError("unknown option \(arguments[index])\n\(usage)")
            }
            index += 2
        }
    }

    /// The model file to read: --model, or the shipped one in --out.
    var modelFile: URL {
        model ?? out.appendingPathComponent("\(AbuseModel.shippedName).model")
    }

    /// The shipped training settings, or those in --settings.
    func trainingSettings() throws -> TrainingSettings {
        guard let settingsFile else { return TrainingSettings() }
        do { return try JSONDecoder().decode(TrainingSettings.self, from: Data(contentsOf: settingsFile)) } catch {
            throw ToolError("could not read the settings in \(settingsFile.path): \(error)")
        }
    }

    /// The data sets, or a plain error when they are absent.
    func loadData() throws -> AbuseDataSets.Loaded {
        var isDirectory: ObjCBool = false
        guard FileManager.default.fileExists(atPath: data.path, isDirectory: &isDirectory), isDirectory.boolValue else {
            throw ToolError(
                "the training data is not here: \(data.path) does not exist. It lives in ../shared/data/abuse "
                    + "(see ../shared/data/README.md); pass its place with --data DIR."
            )
        }
        do { return try AbuseDataSets.load(from: data) } catch {
            throw ToolError("could not read the training data in \(data.path): \(error)")
        }
    }
}

/// Seconds since an instant, for timings.
func seconds(since start: ContinuousClock.Instant) -> Double {
    let duration = ContinuousClock.now - start
    return Double(duration.components.seconds) + Double(duration.components.attoseconds) / 1e18
}

func printLine(_ text: String) { print(text) }
