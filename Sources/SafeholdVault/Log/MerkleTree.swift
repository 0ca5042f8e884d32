import Crypto
public import Foundation

/// A 32-byte SHA-256 node of the log's Merkle tree.
public typealias MerkleHash = [UInt8]

/// The RFC 6962 (Certificate Transparency) Merkle tree hashing that the evidence log uses.
///
/// Written here rather than taken from a package because no package on this machine provides it;
/// it is small, and the tests check it against RFC 6962's published vectors and an independent
/// implementation. Leaves are hashed as `SHA-256(0x00 ‖ leaf)`, interior nodes as
/// `SHA-256(0x01 ‖ left ‖ right)`, exactly as in RFC 6962 section 2.1.
public enum MerkleHashing {
    /// The hash of one leaf's bytes.
    public static func leafHash(_ leaf: some DataProtocol) -> MerkleHash {
        var hasher = SHA256()
        hasher.update(data: [0])
        hasher.update(data: leaf)
        return Array(hasher.finalize())
    }

    /// The hash of an interior node.
    public static func nodeHash(_ left: MerkleHash, _ right: MerkleHash) -> MerkleHash {
        var hasher = SHA256()
        hasher.update(data: [1])
        hasher.update(data: left)
        hasher.update(data: right)
        return Array(hasher.finalize())
    }

    /// The root of an empty tree: SHA-256 of nothing.
    public static let emptyRoot: MerkleHash = Array(SHA256.hash(data: [UInt8]()))

    /// The root (MTH) of the given leaf hashes.
    public static func root(_ leaves: ArraySlice<MerkleHash>) -> MerkleHash {
        switch leaves.count {
        case 0: return emptyRoot
        case 1: return leaves[leaves.startIndex]
        default:
            let split = largestPowerOfTwo(below: leaves.count)
            let middle = leaves.startIndex + split
            return nodeHash(root(leaves[..<middle]), root(leaves[middle...]))
        }
    }

    /// The largest power of two strictly smaller than `n` (n ≥ 2).
    static func largestPowerOfTwo(below n: Int) -> Int {
        var k = 1
        while k << 1 < n { k <<= 1 }
        return k
    }

    /// The audit path proving that leaf `index` is in the tree of the given leaves (RFC 6962 2.1.1).
    public static func inclusionProof(index: Int, leaves: ArraySlice<MerkleHash>) -> [MerkleHash] {
        precondition(index >= 0 && index < leaves.count, "leaf index outside the tree")
        if leaves.count == 1 { return [] }
        let split = largestPowerOfTwo(below: leaves.count)
        let middle = leaves.startIndex + split
        if index < split {
            return inclusionProof(index: index, leaves: leaves[..<middle]) + [root(leaves[middle...])]
        }
        return inclusionProof(index: index - split, leaves: leaves[middle...]) + [root(leaves[..<middle])]
    }

    /// The proof that the tree of the first `oldSize` leaves is a prefix of the whole tree
    /// (RFC 6962 2.1.2).
    public static func consistencyProof(oldSize: Int, leaves: ArraySlice<MerkleHash>) -> [MerkleHash] {
        precondition(oldSize >= 0 && oldSize <= leaves.count, "old size outside the tree")
        if oldSize == 0 || oldSize == leaves.count { return [] }
        return subproof(oldSize, leaves, complete: true)
    }

    private static func subproof(_ m: Int, _ leaves: ArraySlice<MerkleHash>, complete: Bool) -> [MerkleHash] {
        let n = leaves.count
        if m == n { return complete ? [] : [root(leaves)] }
        let split = largestPowerOfTwo(below: n)
        let middle = leaves.startIndex + split
        if m <= split {
            return subproof(m, leaves[..<middle], complete: complete) + [root(leaves[middle...])]
        }
        return subproof(m - split, leaves[middle...], complete: false) + [root(leaves[..<middle])]
    }

    /// Checks an inclusion proof (RFC 9162 2.1.3.2).
    /// - Returns: Whether `leafHash` at `index` is in the tree of `treeSize` leaves with `root`.
    public static func verifyInclusion(
        leafHash: MerkleHash,
        index: Int,
        treeSize: Int,
        proof: [MerkleHash],
        root: MerkleHash
    ) -> Bool {
        guard index >= 0, index < treeSize else { return false }
        var fn = index
        var sn = treeSize - 1
        var r = leafHash
        for p in proof {
            if sn == 0 { return false }
            if fn & 1 == 1 || fn == sn {
                r = nodeHash(p, r)
                if fn & 1 == 0 {
                    while fn & 1 == 0 && fn != 0 {
                        fn >>= 1
                        sn >>= 1
                    }
                }
            } else {
                r = nodeHash(r, p)
            }
            fn >>= 1
            sn >>= 1
        }
        return sn == 0 && r == root
    }

    /// Checks a consistency proof between two tree heads (RFC 9162 2.1.4.2).
    public static func verifyConsistency(
        oldSize: Int,
        newSize: Int,
        oldRoot: MerkleHash,
        newRoot: MerkleHash,
        proof: [MerkleHash]
    ) -> Bool {
        guard oldSize >= 0, oldSize <= newSize else { return false }
        if oldSize == newSize { return proof.isEmpty && oldRoot == newRoot }
        if oldSize == 0 { return proof.isEmpty }
        guard !proof.isEmpty else { return false }
        var path = proof
        if oldSize & (oldSize - 1) == 0 { path.insert(oldRoot, at: 0) }
        var fn = oldSize - 1
        var sn = newSize - 1
        while fn & 1 == 1 {
            fn >>= 1
            sn >>= 1
        }
        var fr = path[0]
        var sr = path[0]
        for c in path.dropFirst() {
            if sn == 0 { return false }
            if fn & 1 == 1 || fn == sn {
                fr = nodeHash(c, fr)
                sr = nodeHash(c, sr)
                if fn & 1 == 0 {
                    while fn & 1 == 0 && fn != 0 {
                        fn >>= 1
                        sn >>= 1
                    }
                }
            } else {
                sr = nodeHash(sr, c)
            }
            fn >>= 1
            sn >>= 1
        }
        return sn == 0 && fr == oldRoot && sr == newRoot
    }
}

/// The right edge of a Merkle tree, kept so that the root after each appended leaf costs
/// O(log n) instead of rehashing everything. Used when checking every checkpoint in one pass.
public struct MerkleFrontier: Sendable {
    /// Roots of the perfect subtrees along the right edge, largest first, with their sizes.
    private var stack: [(size: Int, hash: MerkleHash)] = []
    /// How many leaves have been appended.
    public private(set) var size = 0

    /// Creates an empty frontier.
    public init() {}

    /// Appends one leaf hash.
    public mutating func append(_ leafHash: MerkleHash) {
        var node = (size: 1, hash: leafHash)
        while let last = stack.last, last.size == node.size {
            stack.removeLast()
            node = (size: last.size * 2, hash: MerkleHashing.nodeHash(last.hash, node.hash))
        }
        stack.append(node)
        size += 1
    }

    /// The root of the tree of all appended leaves.
    public var root: MerkleHash {
        guard var result = stack.last?.hash else { return MerkleHashing.emptyRoot }
        for node in stack.dropLast().reversed() { result = MerkleHashing.nodeHash(node.hash, result) }
        return result
    }
}
