import Foundation
import SafeholdAnalysis
import Testing

@Suite("AbuseDataSets")
struct DataSetTests {
    @Test("CSV fields may be quoted, hold commas, quotes and line breaks")
    func csvQuoting() {
        let table = CSVTable(parsing: "a,b\r\n\"x, y\",\"say \"\"hi\"\"\nthen go\"\nplain,\n")
        #expect(table.header == ["a", "b"])
        #expect(table.rows == [["x, y", "say \"hi\"\nthen go"], ["plain", ""]])
    }

    @Test("the split is fixed by the text and ignores surrounding white space")
    func split() {
        #expect(SplitPortion.of(text: "hello there") == SplitPortion.of(text: "  hello there\n"))
        let portions = (0..<2000).map { SplitPortion.of(text: "row \($0)") }
        let test = portions.filter { $0 == .test }.count
        let calibration = portions.filter { $0 == .calibration }.count
        #expect((120...280).contains(test) && (120...280).contains(calibration))
    }

    @Test("each set's labels are mapped, and labels a set does not annotate are left out")
    func mapping() throws {
        let directory = try Self.writeFixture()
        defer { try? FileManager.default.removeItem(at: directory) }
        let loaded = try AbuseDataSets.load(from: directory)
        #expect(loaded.files.map(\.path) == AbuseDataSets.paths)
        let byText = Dictionary(loaded.examples.map { ($0.text, $0) }, uniquingKeysWith: { first, _ in first })
        #expect(
            byText["you are a fool"]?.labels == [
                .toxicity: true, .insult: true, .threat: false, .identityAttack: false, .profanity: false,
            ]
        )
        #expect(byText["we will come for you"]?.labels[.threat] == true)
        // One of three annotators is a third: true. One of four is left out, neither true nor false.
        #expect(byText["see you at noon then"]?.labels[.threat] == true)
        #expect(byText["see you at noon then"]?.labels[.insult] == false)
        #expect(byText["the meeting ran long"]?.labels[.threat] == nil)
        #expect(byText["the meeting ran long"]?.labels[.insult] == false)
        #expect(byText["women cannot drive"]?.labels == [.sexism: true, .threat: false, .sexualHarassment: false])
        #expect(byText["nice weather"]?.labels == [.sexism: false, .sexualHarassment: false])
        #expect(byText["hateful tweet"]?.labels[.identityAttack] == true)
        #expect(byText["calm tweet"]?.labels[.threat] == false)
        #expect(byText["rude comment"]?.labels == [.toxicity: true])
        #expect(byText["held out post"]?.portion == .test)
        #expect(byText["held out post"]?.spans == [0, 1, 2])
    }

    /// Files in the real formats, with text the project wrote.
    static func writeFixture() throws -> URL {
        let root = FileManager.default.temporaryDirectory.appendingPathComponent("abuse-fixture-\(UUID())")
        let files: [String: String] = [
            "toxic-spans/data_comments.csv":
                "comment_id,comment_text\n1,you are a fool\n2,we will come for you\n3,see you at noon then\n"
                + "4,the meeting ran long\n",
            "toxic-spans/data_annotations.csv":
                "annotation,comment_id,worker,country,all toxic,not toxic\n10,1,5,USA,False,False\n11,1,6,USA,False,False\n12,2,5,USA,False,False\n"
                + "20,3,5,USA,False,False\n21,3,6,USA,False,False\n22,3,7,USA,False,False\n"
                + "30,4,5,USA,False,False\n31,4,6,USA,False,False\n32,4,7,USA,False,False\n33,4,8,USA,False,False\n",
            "toxic-spans/data_spans.csv":
                "annotation,type,start,end\n10,Insult,10,14\n11,Insult,10,14\n12,Threat,0,20\n20,Threat,0,3\n"
                + "30,Threat,0,3\n",
            "toxic-spans/SemEval2021_data_tsd_train.csv": "spans,text\n\"[0, 1, 2]\",you are a fool\n",
            "toxic-spans/SemEval2021_data_tsd_trial.csv": "spans,text\n\"[0, 1, 2]\",held out post\n",
            "edos-sexism/edos_train_dev.csv":
                "rewire_id,text,label_sexist,label_category,label_vector,split\n"
                + "a,women cannot drive,sexist,3. animosity,3.2 immutable gender differences and gender stereotypes,train\n"
                + "b,nice weather,not sexist,none,none,dev\n",
            "davidson-hate-offensive/data_labeled_data.csv":
                ",count,hate_speech,offensive_language,neither,class,tweet\n0,3,3,0,0,0,hateful tweet\n1,3,0,0,3,2,calm tweet\n",
            "jigsaw-binary/jigsaw_binary_balanced.csv": "text,toxic\nrude comment,1\n",
        ]
        for (path, text) in files {
            let url = root.appendingPathComponent(path)
            try FileManager.default.createDirectory(
                at: url.deletingLastPathComponent(),
                withIntermediateDirectories: true
            )
            try Data(text.utf8).write(to: url)
        }
        return root
    }
}
