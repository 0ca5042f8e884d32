import Foundation
import SafeholdAnalysis

/// `train`: rebuild the model and write its manifest.
enum TrainCommand {
    static func run(_ options: ToolOptions) throws {
        let loaded = try options.loadData()
        let started = ContinuousClock.now
        let settings = try options.trainingSettings()
        let (model, data) = try build(loaded, settings: settings)
        try FileManager.default.createDirectory(at: options.out, withIntermediateDirectories: true)
        let modelURL = options.out.appendingPathComponent("\(AbuseModel.shippedName).model")
        try data.write(to: modelURL)
        let report = EvaluationReport(model: model, examples: loaded.examples, portion: .test)
        let manifest = try Manifest.make(
            loaded: loaded,
            dataDirectory: options.data,
            modelData: data,
            settings: settings,
            report: report
        )
        try manifest.write(to: options.out.appendingPathComponent("\(AbuseModel.shippedName).manifest.json"))
        printLine(
            "wrote \(modelURL.path) (\(data.count) bytes) in \(String(format: "%.1f", seconds(since: started))) s"
        )
        printLine(EvaluationText.render(report))
    }

    /// Trains with the shipped settings and returns the model and its file bytes.
    static func build(_ loaded: AbuseDataSets.Loaded, settings: TrainingSettings = TrainingSettings()) throws -> (
        AbuseModel, Data
    ) {
        try AbuseModel.requireResources(settings.features)
        let model = AbuseTrainer(settings: settings).train(loaded.examples)
        return (model, try model.fileData())
    }
}

/// `evaluate`: quality on the held-out test portion.
enum EvaluateCommand {
    static func run(_ options: ToolOptions) throws {
        let loaded = try options.loadData()
        let model = try AbuseModel(contentsOf: options.modelFile)
        printLine("model \(model.version), test portion (\(SplitPortion.rule))")
        printLine(EvaluationText.render(EvaluationReport(model: model, examples: loaded.examples, portion: .test)))
    }
}

/// `check`: retrain to a temporary folder and compare the bytes with the shipped model.
enum CheckCommand {
    static func run(_ options: ToolOptions) throws {
        let loaded = try options.loadData()
        let shipped = try Data(contentsOf: options.modelFile)
        let temporary = FileManager.default.temporaryDirectory.appendingPathComponent("safehold-train-\(UUID())")
        try FileManager.default.createDirectory(at: temporary, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: temporary) }
        let (_, data) = try TrainCommand.build(loaded)
        try data.write(to: temporary.appendingPathComponent("\(AbuseModel.shippedName).model"))
        guard data == shipped else {
            throw ToolError(
                "the retrained model (\(data.count) bytes) differs from \(options.modelFile.path) (\(shipped.count) bytes)",
                status: 1
            )
        }
        printLine("ok: retraining gives the shipped model byte for byte (\(data.count) bytes)")
    }
}
