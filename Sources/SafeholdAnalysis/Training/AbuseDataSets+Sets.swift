extension AbuseDataSets {
    /// Toxic Spans (ACL 2022): each comment is labelled by 3–7 annotators who mark typed spans. A label is true
    /// when at least a third of them used it (one of three), false when none did, and left out in between. A
    /// character is toxic when at least half of them marked it, for the word model.
    /// Half would keep only 95 threat comments of 14,087; a third keeps 959 of the 1,251 any annotator saw.
    static func toxicSpans(comments: CSVTable, annotations: CSVTable, spans: CSVTable) throws -> [TrainingExample] {
        let spanColumns = try spans.columns("annotation", "type", "start", "end")
        var types: [String: Set<String>] = [:]
        var marked: [String: [Range<Int>]] = [:]
        for row in spans.rows where row.count > spanColumns.max()! {
            types[row[spanColumns[0]], default: []].insert(row[spanColumns[1]])
            if let start = Int(row[spanColumns[2]]), let end = Int(row[spanColumns[3]]), 0 <= start, start < end,
                end - start <= 100_000
            {
                marked[row[spanColumns[0]], default: []].append(start..<end)
            }
        }
        let columns = try annotations.columns("annotation", "comment_id", "all toxic", "not toxic")
        var votes: [String: (annotators: Int, counts: [AbuseLabel: Int], offsets: [Int: Int])] = [:]
        for row in annotations.rows where row.count > columns.max()! {
            let typed = types[row[columns[0]]] ?? []
            var said = Set(typed.compactMap(typeLabel))
            if !typed.isEmpty || (row[columns[2]] == "True" && row[columns[3]] == "False") { said.insert(.toxicity) }
            var entry = votes[row[columns[1]]] ?? (0, [:], [:])
            entry.annotators += 1
            for label in said { entry.counts[label, default: 0] += 1 }
            for offset in Set((marked[row[columns[0]]] ?? []).joined()) { entry.offsets[offset, default: 0] += 1 }
            votes[row[columns[1]]] = entry
        }
        let commentColumns = try comments.columns("comment_id", "comment_text")
        return comments.rows.compactMap { row -> TrainingExample? in
            guard row.count > 1, let vote = votes[row[commentColumns[0]]] else { return nil }
            var labels: [AbuseLabel: Bool] = [:]
            for label in [AbuseLabel.toxicity, .insult, .threat, .identityAttack, .profanity] {
                let count = vote.counts[label] ?? 0
                if count == 0 { labels[label] = false } else if count * 3 >= vote.annotators { labels[label] = true }
            }
            // Toxic offsets as SemEval-2021 Task 5 built them from the same kind of votes: marked by at least half.
            let offsets = vote.offsets.filter { $0.value * 2 >= vote.annotators }.map(\.key).sorted()
            return TrainingExample(source: "toxic-spans", text: row[commentColumns[1]], labels: labels, spans: offsets)
        }
    }

    private static func typeLabel(_ type: String) -> AbuseLabel? {
        switch type {
        case "Insult": .insult
        case "Threat": .threat
        case "Identity based Attack": .identityAttack
        case "Profane/Obscene": .profanity
        default: nil
        }
    }

    /// SemEval-2021 Task 5: toxic character offsets only; used to tune and measure spans, not to train labels.
    static func semEval(_ table: CSVTable, source: String, forceTest: Bool) throws -> [TrainingExample] {
        let columns = try table.columns("spans", "text")
        return table.rows.filter { $0.count > 1 }.map { row in
            let offsets = row[columns[0]].split(whereSeparator: { !$0.isNumber }).compactMap { Int($0) }
            return TrainingExample(
                source: source,
                text: row[columns[1]],
                labels: [:],
                spans: offsets,
                portion: forceTest ? .test : nil
            )
        }
    }

    /// EDOS: sexist or not for every row. For sexist rows the category says more: threats (1.x) give `threat`,
    /// objectification (2.3) gives `sexual_harassment`, derogation and gendered slurs give `insult` and
    /// `toxicity`. A row that is not sexist is not sexual harassment either (EDOS files sexual objectification and
    /// sexual threats under sexism); its other labels are unknown.
    static func edos(_ table: CSVTable) throws -> [TrainingExample] {
        let columns = try table.columns("text", "label_sexist", "label_vector")
        return table.rows.filter { $0.count > columns.max()! }.map { row in
            var labels: [AbuseLabel: Bool] = [.sexism: row[columns[1]] == "sexist", .sexualHarassment: false]
            if row[columns[1]] == "sexist" {
                let vector = row[columns[2]]
                labels[.threat] = vector.hasPrefix("1.")
                labels[.sexualHarassment] = vector.hasPrefix("2.3")
                if vector.hasPrefix("2.") || vector.hasPrefix("3.1") {
                    labels[.insult] = true
                    labels[.toxicity] = true
                } else if vector.hasPrefix("1.") {
                    labels[.toxicity] = true
                }
            }
            return TrainingExample(source: "edos-sexism", text: row[columns[0]], labels: labels)
        }
    }

    /// Davidson et al.: hate speech gives `identity_attack`, `insult` and `toxicity`; offensive language gives
    /// `profanity` and `toxicity`; "neither" is false for all four, and for threats and sexual harassment.
    static func davidson(_ table: CSVTable) throws -> [TrainingExample] {
        let columns = try table.columns("class", "tweet", "hate_speech")
        return table.rows.filter { $0.count > columns.max()! }.map { row in
            let labels: [AbuseLabel: Bool] =
                switch row[columns[0]] {
                case "0": [.toxicity: true, .identityAttack: true, .insult: true]
                case "1":
                    row[columns[2]] == "0"
                        ? [.toxicity: true, .profanity: true, .identityAttack: false]
                        : [.toxicity: true, .profanity: true]
                default: notToxic.merging([.identityAttack: false, .insult: false, .profanity: false]) { $1 }
                }
            return TrainingExample(source: "davidson-hate-offensive", text: row[columns[1]], labels: labels)
        }
    }

    /// What a row judged not toxic at all implies: it is neither a threat nor sexual harassment. Without these
    /// negatives the two labels would only ever have been contrasted with other abuse.
    static let notToxic: [AbuseLabel: Bool] = [.toxicity: false, .threat: false, .sexualHarassment: false]

    /// What a Jigsaw comment rated not toxic also says. In Jigsaw's scheme the finer labels (obscene, insult,
    /// identity hate) were given only to toxic comments, so a calm one is none of them; such everyday comments
    /// are also the nearest thing in the data to a message that is not sexist.
    static let jigsawCalm: [AbuseLabel: Bool] = [.insult: false, .identityAttack: false, .profanity: false, .sexism: false]

    /// Jigsaw (balanced binary): toxic or not; not toxic also means no threat, sexual harassment, insult,
    /// identity attack, profanity or sexism.
    static func jigsaw(_ table: CSVTable) throws -> [TrainingExample] {
        let columns = try table.columns("text", "toxic")
        return table.rows.filter { $0.count > 1 }.map { row in
            TrainingExample(
                source: "jigsaw-binary",
                text: row[columns[0]],
                labels: row[columns[1]] == "1" ? [.toxicity: true] : notToxic.merging(jigsawCalm) { $1 }
            )
        }
    }
}
