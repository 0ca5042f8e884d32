import Foundation

/// The text of `VERIFY.txt`: how someone who has never heard of Safehold checks a bundle by hand, with a shell,
/// `sha256sum` and `openssl`. Every line that starts with `    $ ` is a command; a test runs them all, in order,
/// on a real bundle, so the instructions cannot drift from the format.
enum VerifyGuide {
    static func text(fingerprint: String, treeSize: Int, example: BundleManifest.Item?) -> String {
        let folder = example?.folder ?? "items/000001"
        return """
            HOW TO CHECK THIS EVIDENCE BUNDLE

            This bundle was made by Safehold, a program that keeps evidence of online harassment in a sealed,
            append-only log. You do not need Safehold, and you do not need to trust the person who gave you this
            bundle, to check it. A terminal with the standard tools sha256sum and openssl is enough (Linux and
            macOS have them; on Windows, use WSL or Git Bash). Safehold users can also run: safehold verify FILE.zip

            WHAT THE CHECKS SHOW
            - Every file is exactly as it was when the bundle was made (step 1).
            - The log's checkpoint was signed by the key in public-key.pem (steps 2 and 3). Compare that key's
              fingerprint with one you received earlier by another route (for example by email or on paper): if
              they are the same, this bundle comes from the same vault, and nothing in it was added later.
            - Each item's original file matches the hash recorded when it was sealed (step 4), and that record is
              part of the signed log (step 5): it was in the log when the checkpoint was signed, and it has not
              been changed since.
            What the checks cannot show: whether the content itself is true, or when the person first saw it.
            The log holds \(treeSize) entries in all (items and the vault's own notes). The bundle says nothing
            else about the rest of the vault.

            0. Unzip the bundle and go into its folder:
                $ cd safehold-bundle

            1. Check that every file is intact. Each line should end in "OK":
                $ sha256sum -c SHA256SUMS

            2. Check the key. The result should be:
               \(fingerprint)
                $ openssl pkey -pubin -in public-key.pem -outform DER | tail -c 32 | sha256sum | cut -c1-64

            3. Check the signature on the checkpoint. It should say "Signature Verified Successfully":
                $ openssl pkeyutl -verify -pubin -inkey public-key.pem -rawin -in checkpoint-body.txt -sigfile checkpoint-signature.bin
               checkpoint-body.txt holds three lines: the log's name, how many entries it held, and its root hash.

            4. Check one item. Set ITEM to its folder (each item has one under items/), then compare the two
               hashes these commands print; they should be the same:
                $ ITEM=\(folder)
                $ sha256sum "$ITEM"/original.* | cut -c1-64
                $ grep -o '"sha256":"[0-9a-f]*"' "$ITEM/entry.json" | head -n 1 | cut -d'"' -f4

            5. Check that the item's record is in the signed log. These commands hash the record, combine it with
               the hashes in proof.txt as RFC 6962 (Certificate Transparency) describes, and compare the result
               with the root in the signed checkpoint. Paste them as they are (bash):
                $ ROOT=$(sed -n 3p checkpoint-body.txt | openssl base64 -d -A | od -An -tx1 | tr -d ' \\n')
                $ h=$( (printf '\\000'; cat "$ITEM/entry.json") | sha256sum | cut -c1-64 )
                $ fn=$(sed -n 1p "$ITEM/proof.txt" | cut -d' ' -f2); sn=$(( $(sed -n 2p "$ITEM/proof.txt" | cut -d' ' -f2) - 1 ))
                $ for p in $(tail -n +3 "$ITEM/proof.txt"); do if [ $((fn % 2)) -eq 1 ] || [ $fn -eq $sn ]; then pair=$p$h; while [ $((fn % 2)) -eq 0 ] && [ $fn -ne 0 ]; do fn=$((fn / 2)); sn=$((sn / 2)); done; else pair=$h$p; fi; h=$( (printf '\\001'; printf "$(echo $pair | sed 's/../\\\\x&/g')") | sha256sum | cut -c1-64 ); fn=$((fn / 2)); sn=$((sn / 2)); done
                $ if [ "$h" = "$ROOT" ] && [ $sn -eq 0 ]; then echo "The item is in the signed log."; else echo "The proof does NOT match."; fi

            FILES
            - items/NNNNNN/original.*  the item exactly as it was sealed
            - items/NNNNNN/entry.json  its record in the log (what was hashed into the log)
            - items/NNNNNN/proof.txt   its position, the log's size, and the hashes that lead to the root
            - checkpoint.txt           the signed checkpoint (C2SP signed-note format)
            - checkpoint-body.txt, checkpoint-signature.bin  the same, split for openssl
            - public-key.pem, public-key-fingerprint.txt     the vault's signing key (Ed25519)
            - manifest.json            a list of the items, for reading
            - SHA256SUMS               the hash of every other file

            """
    }
}
