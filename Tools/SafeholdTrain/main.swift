import Foundation

/// `safehold-train`: rebuilds, checks, evaluates and times Safehold's abuse model.
let arguments = Array(CommandLine.arguments.dropFirst())
do {
    let options = try ToolOptions(arguments)
    switch options.command {
    case "train": try TrainCommand.run(options)
    case "evaluate": try EvaluateCommand.run(options)
    case "check": try CheckCommand.run(options)
    case "speed": try SpeedCommand.run(options)
    case "speed-rules": try RulesSpeedCommand.run(options)
    case "show": try ShowCommand.run(options)
    default: throw ToolError(usage)
    }
} catch let error as ToolError {
    FileHandle.standardError.write(Data("safehold-train: \(error.message)\n".utf8))
    exit(error.status)
} catch {
    FileHandle.standardError.write(Data("safehold-train: \(error)\n".utf8))
    exit(1)
}
