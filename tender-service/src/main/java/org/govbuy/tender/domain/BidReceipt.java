package org.govbuy.tender.domain;

import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.KeyFactory;
import java.security.PrivateKey;
import java.security.PublicKey;
import java.security.Signature;
import java.security.spec.PKCS8EncodedKeySpec;
import java.security.spec.X509EncodedKeySpec;
import java.time.Instant;
import java.util.Base64;
import java.util.UUID;

/**
 * The receipt (投标回执) a supplier gets for each submission: the SHA-256 of its bid's canonical
 * content and the time the server received it, signed (Ed25519) with the service's receipt key so
 * the supplier can later prove what it submitted and when — even against the service. The signed
 * text is {@link #signedText()}; the public key is published.
 */
public record BidReceipt(UUID bidId, UUID tenderId, int lot, String supplier, String contentDigest,
        Instant receivedAt, String keyId, String signature) {

    /** The exact text that is signed, line by line. */
    public String signedText() {
        return String.join("\n", "govbuy bid receipt v1", bidId.toString(), tenderId.toString(), Integer.toString(lot),
                supplier, contentDigest, receivedAt.toString());
    }

    public static BidReceipt sign(UUID bidId, UUID tenderId, int lot, String supplier, String digest, Instant receivedAt,
            String keyId, byte[] pkcs8PrivateKey) {
        BidReceipt unsigned = new BidReceipt(bidId, tenderId, lot, supplier, digest, receivedAt, keyId, null);
        try {
            PrivateKey key = KeyFactory.getInstance("Ed25519").generatePrivate(new PKCS8EncodedKeySpec(pkcs8PrivateKey));
            Signature signer = Signature.getInstance("Ed25519");
            signer.initSign(key);
            signer.update(unsigned.signedText().getBytes(StandardCharsets.UTF_8));
            return new BidReceipt(bidId, tenderId, lot, supplier, digest, receivedAt, keyId,
                    Base64.getEncoder().encodeToString(signer.sign()));
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("the receipt key cannot sign (configuration)", e);
        }
    }

    /** Whether the signature is the receipt key's over this receipt's text. */
    public boolean verifiesWith(byte[] x509PublicKey) {
        try {
            PublicKey key = KeyFactory.getInstance("Ed25519").generatePublic(new X509EncodedKeySpec(x509PublicKey));
            Signature verifier = Signature.getInstance("Ed25519");
            verifier.initVerify(key);
            verifier.update(signedText().getBytes(StandardCharsets.UTF_8));
            return verifier.verify(Base64.getDecoder().decode(signature));
        } catch (GeneralSecurityException | IllegalArgumentException e) {
            return false;
        }
    }
}
