import Foundation

/// Every level of a Merkle tree held at once, so that inclusion proofs for many leaves cost O(log n) each
/// instead of re-hashing the tree for every proof.
///
/// A lone last node at any level is carried up unchanged, which gives exactly the RFC 6962 tree: the same root
/// and the same audit paths as ``MerkleHashing/inclusionProof(index:leaves:)`` (a test checks every size up
/// to 70 against it).
public struct MerkleLevels: Sendable {
    private var levels: [[MerkleHash]]

    /// Builds the levels from the leaf hashes.
    public init(leafHashes: [MerkleHash]) {
        levels = [leafHashes]
        while let top = levels.last, top.count > 1 {
            var next: [MerkleHash] = []
            next.reserveCapacity((top.count + 1) / 2)
            var index = 0
            while index + 1 < top.count {
                next.append(MerkleHashing.nodeHash(top[index], top[index + 1]))
                index += 2
            }
            if index < top.count { next.append(top[index]) }
            levels.append(next)
        }
    }

    /// How many leaves the tree has.
    public var size: Int { levels[0].count }

    /// The root; the hash of nothing for an empty tree.
    public var root: MerkleHash { levels.last?.first ?? MerkleHashing.emptyRoot }

    /// The audit path for a leaf, bottom up.
    public func inclusionProof(index: Int) -> [MerkleHash] {
        precondition(index >= 0 && index < size, "leaf index outside the tree")
        var proof: [MerkleHash] = []
        var position = index
        for level in levels.dropLast() {
            let sibling = position ^ 1
            if sibling < level.count { proof.append(level[sibling]) }
            position >>= 1
        }
        return proof
    }
}
