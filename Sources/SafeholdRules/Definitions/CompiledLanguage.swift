/// One language's rule file, compiled and indexed.
struct CompiledLanguage: Sendable {
    struct Rule: Sendable {
        var info: RuleInfo
        var jokeDowngrade: Int
    }

    struct PatternMeta: Sendable {
        var rule: Int
        var severity: RuleSeverity
        var needs: [String]
    }

    let language: String
    let version: String
    let vocabulary: Vocabulary
    let rules: [Rule]
    let patterns: PatternSet
    let meta: [PatternMeta]
    let markers: [String: PatternSet]

    /// Compiles a rule file.
    /// - Parameters:
    ///   - file: The decoded rule file.
    ///   - name: The file's name, for errors.
    /// - Throws: ``RulesError`` naming the rule and pattern that does not compile.
    init(_ file: RuleFile, name: String) throws(RulesError) {
        language = file.language
        version = file.version
        vocabulary = Vocabulary(file)
        let compiler = PatternCompiler(lexicon: file.lexicon, vocabulary: vocabulary)
        var markers: [String: PatternSet] = [:]
        for (marker, list) in file.markers {
            markers[marker] = try Self.compile(list, with: compiler, file: name, context: "marker \(marker)")
        }
        var rules: [Rule] = []
        var patterns = PatternSet()
        var meta: [PatternMeta] = []
        for entry in file.rules {
            for group in entry.patterns {
                for need in group.needs ?? [] where markers[need] == nil {
                    throw RulesError(file: name, message: "rule \(entry.id) needs an unknown marker list \(need)")
                }
                for pattern in group.match {
                    do {
                        try patterns.add(try compiler.compile(pattern))
                    } catch {
                        throw RulesError(file: name, message: "rule \(entry.id), “\(pattern)”: \(error.message)")
                    }
                    meta.append(PatternMeta(rule: rules.count, severity: group.severity, needs: group.needs ?? []))
                }
            }
            let top = entry.patterns.map(\.severity).max() ?? .low
            let info = RuleInfo(id: RuleID(entry.id), name: entry.name, explanation: entry.explanation, severity: top)
            rules.append(Rule(info: info, jokeDowngrade: entry.jokeDowngrade ?? 1))
        }
        self.rules = rules
        self.patterns = patterns
        self.meta = meta
        self.markers = markers
    }

    private static func compile(_ list: [String], with compiler: PatternCompiler, file: String, context: String)
        throws(RulesError) -> PatternSet
    {
        var set = PatternSet()
        for pattern in list {
            do {
                try set.add(try compiler.compile(pattern))
            } catch {
                throw RulesError(file: file, message: "\(context), “\(pattern)”: \(error.message)")
            }
        }
        return set
    }
}
