import Crypto
import Foundation
import SafeholdCore
import SafeholdTestSupport
import Testing

@testable import SafeholdVault

@Suite("RFC 6962 Merkle hashing")
struct MerkleHashingTests {
    /// The leaves of the test vectors published with Certificate Transparency's reference code.
    static let vectorLeaves: [[UInt8]] = [
        [], [0x00], [0x10], [0x20, 0x21], [0x30, 0x31], [0x40, 0x41, 0x42, 0x43],
        [0x50, 0x51, 0x52, 0x53, 0x54, 0x55, 0x56, 0x57],
        [0x60, 0x61, 0x62, 0x63, 0x64, 0x65, 0x66, 0x67, 0x68, 0x69, 0x6a, 0x6b, 0x6c, 0x6d, 0x6e, 0x6f],
    ]
    static let vectorRoots = [
        "6e340b9cffb37a989ca544e6bb780a2c78901d3fb33738768511a30617afa01d",
        "fac54203e7cc696cf0dfcb42c92a1d9dbaf70ad9e621f4bd8d98662f00e3c125",
        "aeb6bcfe274b70a14fb067a5e5578264db0fa9b51af5e0ba159158f329e06e77",
        "d37ee418976dd95753c1c73862b9398fa2a2cf9b4ff0fdfe8b30cd95209614b7",
        "4e3bbb1f7b478dcfe71fb631631519a3bca12c9aefca1612bfce4c13a86264d4",
        "76e67dadbcdf1e10e1b74ddc608abd2f98dfb16fbce75277b5232a127f2087ef",
        "ddb89be403809e325750d3d263cd78929c2942b7942a34b77e122c9594a74c8c",
        "5dc9da79a70659a9ad559cb701ded9a2ab9d823aad2f4960cfe370eff4604328",
    ]

    static func hashes(_ count: Int) -> [MerkleHash] {
        (0..<count).map { MerkleHashing.leafHash(Array("leaf \($0)".utf8)) }
    }

    @Test("roots match the published vectors for trees of 1 to 8 leaves", arguments: 1...8)
    func publishedRoots(size: Int) {
        let leaves = Self.vectorLeaves.prefix(size).map { MerkleHashing.leafHash($0) }
        #expect(Hex.encode(MerkleHashing.root(leaves[...])) == Self.vectorRoots[size - 1])
    }

    @Test("the empty tree's root is the hash of nothing")
    func emptyRoot() {
        #expect(
            Hex.encode(MerkleHashing.root([])) == "e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855"
        )
    }

    @Test("the frontier gives the same root as hashing the whole tree, at every size")
    func frontierMatchesFullRoot() {
        let leaves = Self.hashes(70)
        var frontier = MerkleFrontier()
        #expect(frontier.root == MerkleHashing.emptyRoot)
        for size in 1...leaves.count {
            frontier.append(leaves[size - 1])
            #expect(frontier.root == MerkleHashing.root(leaves[..<size]), "size \(size)")
        }
    }

    @Test(
        "every inclusion proof verifies, and fails for another leaf, index or root",
        arguments: [1, 2, 3, 5, 8, 13, 21]
    )
    func inclusionProofs(size: Int) {
        let leaves = Self.hashes(size)
        let root = MerkleHashing.root(leaves[...])
        for index in 0..<size {
            let proof = MerkleHashing.inclusionProof(index: index, leaves: leaves[...])
            #expect(
                MerkleHashing.verifyInclusion(
                    leafHash: leaves[index],
                    index: index,
                    treeSize: size,
                    proof: proof,
                    root: root
                )
            )
            let other = MerkleHashing.leafHash(Array("other".utf8))
            #expect(
                !MerkleHashing.verifyInclusion(leafHash: other, index: index, treeSize: size, proof: proof, root: root)
            )
            #expect(
                !MerkleHashing.verifyInclusion(
                    leafHash: leaves[index],
                    index: index,
                    treeSize: size,
                    proof: proof,
                    root: other
                )
            )
            if size > 1 {
                let wrongIndex = (index + 1) % size
                #expect(
                    !MerkleHashing.verifyInclusion(
                        leafHash: leaves[index],
                        index: wrongIndex,
                        treeSize: size,
                        proof: proof,
                        root: root
                    )
                )
            }
        }
    }

    @Test("every consistency proof verifies, and a changed proof or root does not")
    func consistencyProofs() {
        let leaves = Self.hashes(24)
        for newSize in 1...leaves.count {
            let newRoot = MerkleHashing.root(leaves[..<newSize])
            for oldSize in 1...newSize {
                let oldRoot = MerkleHashing.root(leaves[..<oldSize])
                let proof = MerkleHashing.consistencyProof(oldSize: oldSize, leaves: leaves[..<newSize])
                #expect(
                    MerkleHashing.verifyConsistency(
                        oldSize: oldSize,
                        newSize: newSize,
                        oldRoot: oldRoot,
                        newRoot: newRoot,
                        proof: proof
                    )
                )
                guard oldSize < newSize else { continue }
                #expect(
                    !MerkleHashing.verifyConsistency(
                        oldSize: oldSize,
                        newSize: newSize,
                        oldRoot: newRoot,
                        newRoot: newRoot,
                        proof: proof
                    )
                )
                var bent = proof
                bent[0][0] ^= 1
                #expect(
                    !MerkleHashing.verifyConsistency(
                        oldSize: oldSize,
                        newSize: newSize,
                        oldRoot: oldRoot,
                        newRoot: newRoot,
                        proof: bent
                    )
                )
            }
        }
    }
}

@Suite("Signed checkpoints")
struct CheckpointTests {
    let key = CheckpointKey(name: "safehold.local/test", privateKey: Curve25519.Signing.PrivateKey())

    @Test("a signed note has the C2SP layout and verifies with the same key")
    func roundTrip() throws {
        let checkpoint = Checkpoint(origin: key.name, size: 7, rootHash: MerkleHashing.leafHash([1]))
        let signed = try key.sign(checkpoint)
        let lines = signed.note.split(separator: "\n", omittingEmptySubsequences: false)
        #expect(lines[0] == "safehold.local/test")
        #expect(lines[1] == "7")
        #expect(lines[3] == "")
        #expect(lines[4].hasPrefix("\u{2014} safehold.local/test "))
        #expect(key.verify(note: signed.note)?.checkpoint == checkpoint)
    }

    @Test("a note signed by another key, or with a changed size or root, is refused")
    func refusesForgeries() throws {
        let checkpoint = Checkpoint(origin: key.name, size: 7, rootHash: MerkleHashing.leafHash([1]))
        let other = CheckpointKey(name: key.name, privateKey: Curve25519.Signing.PrivateKey())
        #expect(key.verify(note: try other.sign(checkpoint).note) == nil)
        let note = try key.sign(checkpoint).note
        #expect(key.verify(note: note.replacingOccurrences(of: "\n7\n", with: "\n8\n")) == nil)
        let rootLine = String(note.split(separator: "\n")[2])
        let otherRoot = Data(MerkleHashing.leafHash([2])).base64EncodedString()
        #expect(key.verify(note: note.replacingOccurrences(of: rootLine, with: otherRoot)) == nil)
        #expect(key.verify(note: "") == nil)
        #expect(key.verify(note: "garbage\n\n\n") == nil)
    }

    @Test("openssl verifies a checkpoint signature with the vault's public key")
    func opensslVerifies() throws {
        let temporary = try TemporaryDirectory()
        let directory = temporary.url
        let signed = try key.sign(Checkpoint(origin: key.name, size: 3, rootHash: MerkleHashing.leafHash([3])))
        let body = signed.checkpoint.body
        try Data(body.utf8).write(to: directory.appendingPathComponent("body.txt"))
        try Data(signed.signature).write(to: directory.appendingPathComponent("sig.bin"))
        // An Ed25519 SubjectPublicKeyInfo is a fixed 12-byte DER prefix and the 32 key bytes.
        let der =
            Data([0x30, 0x2a, 0x30, 0x05, 0x06, 0x03, 0x2b, 0x65, 0x70, 0x03, 0x21, 0x00])
            + key.publicKey.rawRepresentation
        let pem = "-----BEGIN PUBLIC KEY-----\n\(der.base64EncodedString())\n-----END PUBLIC KEY-----\n"
        try Data(pem.utf8).write(to: directory.appendingPathComponent("key.pem"))
        let result = try Tools.run(
            "openssl",
            ["pkeyutl", "-verify", "-pubin", "-inkey", "key.pem", "-rawin", "-in", "body.txt", "-sigfile", "sig.bin"],
            in: directory
        )
        #expect(result.status == 0, "openssl said: \(result.stderr)")
        #expect(result.stdout.contains("Signature Verified Successfully"))
    }
}
