/// Numbers for the words and word beginnings that patterns name, so that each word of a message is looked up
/// once, when it is read, and every later step (the anchors, each branch and choice of the matcher) compares
/// small numbers instead of building and hashing strings.
///
/// Numbers are given out while the patterns compile and never change afterwards. Word beginnings (`kill~`)
/// live in a trie over UTF-8 bytes, so one walk along a word finds every beginning it has.
struct WordKeys: Sendable {
    /// What a message's word is to the patterns: the number of the word, if some pattern names it, and the
    /// numbers of the word beginnings it starts with.
    struct Key: Sendable {
        /// The word's number, or -1 when no pattern names this exact word.
        var word: Int32
        /// The beginnings this word starts with; usually empty, and shared with the table, never copied.
        var stems: [Int32]
    }

    private var numbers: [String: Int32] = [:]
    private var stems: [String: Int32] = [:]
    /// The words and the beginnings by number.
    private var wordNames: [String] = []
    private var stemNames: [String] = []
    /// Trie nodes; node 0 is the root. Each node's children are (byte, node) pairs.
    private var children: [[(byte: UInt8, node: Int32)]] = [[]]
    /// For each trie node: the beginnings that end at it or at a node above it.
    private var stemsThrough: [[Int32]] = [[]]

    /// The number of an exact word, given out the first time it is asked for.
    mutating func number(ofWord word: String) -> Int32 {
        if let known = numbers[word] { return known }
        let number = Int32(numbers.count)
        numbers[word] = number
        wordNames.append(word)
        return number
    }

    /// The word a number was given to.
    func name(ofWord number: Int32) -> String { wordNames[Int(number)] }

    /// The word beginning a number was given to.
    func name(ofStem number: Int32) -> String { stemNames[Int(number)] }

    /// The number of a word beginning, given out the first time it is asked for.
    mutating func number(ofStem stem: String) -> Int32 {
        if let known = stems[stem] { return known }
        let number = Int32(stems.count)
        stems[stem] = number
        stemNames.append(stem)
        var node = 0
        for byte in stem.utf8 {
            if let next = child(of: node, byte) {
                node = next
            } else {
                children.append([])
                stemsThrough.append(stemsThrough[node])
                let next = children.count - 1
                children[node].append((byte, Int32(next)))
                node = next
            }
        }
        // The new beginning is a beginning of every word that reaches this node or one below it.
        var pending = [node]
        while let current = pending.popLast() {
            stemsThrough[current].append(number)
            pending += children[current].map { Int($0.node) }
        }
        return number
    }

    /// Every word that has a number.
    var words: Dictionary<String, Int32>.Keys { numbers.keys }

    private func child(of node: Int, _ byte: UInt8) -> Int? {
        for edge in children[node] where edge.byte == byte { return Int(edge.node) }
        return nil
    }

    /// What a word of a message is to the patterns.
    func key(of word: String) -> Key {
        Key(word: numbers[word] ?? -1, stems: stemsThrough[stemNode(of: word)])
    }

    /// What a word that no pattern names is to the patterns: only the beginnings it starts with. Skips looking
    /// the word up by name, for the many words of a message the tokenizer already knows are not named.
    func unnamedKey(of word: String) -> Key {
        Key(word: -1, stems: stemsThrough[stemNode(of: word)])
    }

    /// ``unnamedKey(of:)`` for a word given as its UTF-8 bytes.
    func unnamedKey(ofBytes word: UnsafeBufferPointer<UInt8>) -> Key {
        Key(word: -1, stems: stemsThrough[stemNode(of: word)])
    }

    /// The deepest trie node the word's bytes reach.
    private func stemNode(of word: String) -> Int { stemNode(ofUTF8: word.utf8) }

    private func stemNode(of word: UnsafeBufferPointer<UInt8>) -> Int { stemNode(ofUTF8: word) }

    private func stemNode<Bytes: Sequence<UInt8>>(ofUTF8 bytes: Bytes) -> Int {
        var node = 0
        for byte in bytes {
            guard let next = child(of: node, byte) else { break }
            node = next
        }
        return node
    }
}
