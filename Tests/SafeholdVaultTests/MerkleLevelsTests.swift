import Foundation
import SafeholdCore
import SafeholdTestSupport
import SafeholdVault
import Testing

@Suite("MerkleLevels")
struct MerkleLevelsTests {
    @Test("gives the RFC 6962 root and audit paths for every tree size up to 70")
    func matchesTheRecursiveDefinition() {
        for size in 1...70 {
            let leaves = (0..<size).map { MerkleHashing.leafHash([UInt8(truncatingIfNeeded: $0), 7]) }
            let levels = MerkleLevels(leafHashes: leaves)
            #expect(levels.root == MerkleHashing.root(leaves[...]), "size \(size)")
            for index in 0..<size {
                let path = levels.inclusionProof(index: index)
                #expect(path == MerkleHashing.inclusionProof(index: index, leaves: leaves[...]), "size \(size) leaf \(index)")
                #expect(MerkleHashing.verifyInclusion(
                    leafHash: leaves[index], index: index, treeSize: size, proof: path, root: levels.root))
            }
        }
    }

    @Test("the vault proves its items against its newest signed checkpoint")
    func vaultProofs() throws {
        let test = try TestVault()
        let first = try test.addText("one")
        try test.vault.annotate([Annotation(kind: "note", key: "k")])
        let second = try test.addText("two")
        let proofs = try test.vault.proofs(for: [second.id, first.id])
        #expect(proofs.treeSize == test.vault.logSize)
        #expect(proofs.items.map(\.record.id) == [second.id, first.id])
        for item in proofs.items {
            #expect(MerkleHashing.verifyInclusion(
                leafHash: MerkleHashing.leafHash(item.entry), index: item.leafIndex, treeSize: proofs.treeSize,
                proof: item.auditPath, root: proofs.rootHash))
        }
        #expect(throws: SafeholdError.self) { try test.vault.proofs(for: [EvidenceID(99)]) }
    }
}
