import Foundation

/// `safehold-resources`: converts reference data into SafeholdFacts' shipped resources and measures the module.
///
///     safehold-resources phone-metadata --source DIR --out DIR
///     safehold-resources evaluate-addresses --source DIR
///     safehold-resources evaluate-phones --source DIR
///     safehold-resources bench [--megabytes N]
///     safehold-resources confusables [--source DIR] [--out FILE] [--check]
let arguments = Array(CommandLine.arguments.dropFirst())

func option(_ name: String) -> String? {
    guard let index = arguments.firstIndex(of: name), index + 1 < arguments.count else { return nil }
    return arguments[index + 1]
}

func fail(_ message: String) -> Never {
    FileHandle.standardError.write(Data((message + "\n").utf8))
    exit(1)
}

let usage = """
    usage: safehold-resources phone-metadata --source DIR --out DIR
           safehold-resources evaluate-addresses --source DIR
           safehold-resources evaluate-phones --source DIR
           safehold-resources bench [--megabytes N] [--no-hostile]
           safehold-resources confusables [--source DIR] [--out FILE] [--check]
    """

do {
    switch arguments.first {
    case "phone-metadata":
        guard let source = option("--source"), let out = option("--out") else { fail(usage) }
        try PhoneMetadataConverter.run(source: URL(fileURLWithPath: source), out: URL(fileURLWithPath: out))
    case "evaluate-addresses":
        guard let source = option("--source") else { fail(usage) }
        try AddressEvaluation.run(source: URL(fileURLWithPath: source))
    case "evaluate-phones":
        guard let source = option("--source") else { fail(usage) }
        try PhoneEvaluation.run(source: URL(fileURLWithPath: source))
    case "bench":
        try Bench.run(
            megabytes: Double(option("--megabytes") ?? "2") ?? 2,
            hostile: !arguments.contains("--no-hostile")
        )
    case "confusables":
        try Confusables.run(source: option("--source"), out: option("--out"), check: arguments.contains("--check"))
    default:
        fail(usage)
    }
} catch {
    fail("safehold-resources: \(error)")
}
