package org.govbuy.tender.domain;

import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.KeyFactory;
import java.security.KeyPair;
import java.security.KeyPairGenerator;
import java.security.PrivateKey;
import java.security.PublicKey;
import java.security.SecureRandom;
import java.security.spec.PKCS8EncodedKeySpec;
import java.security.spec.X509EncodedKeySpec;

import javax.crypto.Cipher;
import javax.crypto.KeyAgreement;
import javax.crypto.Mac;
import javax.crypto.spec.GCMParameterSpec;
import javax.crypto.spec.SecretKeySpec;

/**
 * Seals bytes to a tender's opening key so that only the holder of its private half can read them:
 * an ephemeral X25519 key agreement, HKDF-SHA256 (RFC 5869) to derive a one-time AES-256 key, and
 * AES-256-GCM (authenticated: a changed byte makes it unreadable, never silently different). The
 * associated data binds a sealed bid to its tender, lot and bidder, so ciphertext moved to another
 * bid does not open. The same shape as HPKE's base mode, from the JDK's own primitives.
 */
public final class SealedBox {

    /** What is stored: the sender's ephemeral public key (X.509), the nonce and the ciphertext with its tag. */
    public record Sealed(byte[] ephemeralKey, byte[] nonce, byte[] ciphertext) {
    }

    /** The box does not open: wrong key, changed bytes, or different associated data. */
    public static class Unsealable extends Exception {
        public Unsealable(String message, Throwable cause) {
            super(message, cause);
        }
    }

    private static final String CURVE = "X25519";
    private static final byte[] INFO = "govbuy sealed bid v1".getBytes(StandardCharsets.US_ASCII);
    private static final int TAG_BITS = 128;
    private static final SecureRandom RANDOM = new SecureRandom();

    private SealedBox() {
    }

    /** A new opening key pair for a tender. */
    public static KeyPair newKeyPair() {
        try {
            return KeyPairGenerator.getInstance(CURVE).generateKeyPair();
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("the JDK offers no " + CURVE, e);
        }
    }

    public static Sealed seal(byte[] recipientPublicKey, byte[] associatedData, byte[] plaintext) {
        try {
            KeyPair ephemeral = newKeyPair();
            byte[] ephemeralKey = ephemeral.getPublic().getEncoded();
            byte[] key = derive(ephemeral.getPrivate(), publicKey(recipientPublicKey), ephemeralKey, recipientPublicKey);
            byte[] nonce = new byte[12];
            RANDOM.nextBytes(nonce);
            Cipher cipher = Cipher.getInstance("AES/GCM/NoPadding");
            cipher.init(Cipher.ENCRYPT_MODE, new SecretKeySpec(key, "AES"), new GCMParameterSpec(TAG_BITS, nonce));
            cipher.updateAAD(associatedData);
            return new Sealed(ephemeralKey, nonce, cipher.doFinal(plaintext));
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("cannot seal", e);
        }
    }

    public static byte[] open(PrivateKey recipient, byte[] recipientPublicKey, byte[] associatedData, Sealed sealed)
            throws Unsealable {
        try {
            byte[] key = derive(recipient, publicKey(sealed.ephemeralKey()), sealed.ephemeralKey(), recipientPublicKey);
            Cipher cipher = Cipher.getInstance("AES/GCM/NoPadding");
            cipher.init(Cipher.DECRYPT_MODE, new SecretKeySpec(key, "AES"), new GCMParameterSpec(TAG_BITS, sealed.nonce()));
            cipher.updateAAD(associatedData);
            return cipher.doFinal(sealed.ciphertext());
        } catch (GeneralSecurityException | IllegalArgumentException e) {
            throw new Unsealable("the sealed content does not open with the tender's key (changed or damaged)", e);
        }
    }

    public static PrivateKey privateKey(byte[] pkcs8) throws GeneralSecurityException {
        return KeyFactory.getInstance(CURVE).generatePrivate(new PKCS8EncodedKeySpec(pkcs8));
    }

    private static PublicKey publicKey(byte[] x509) throws GeneralSecurityException {
        return KeyFactory.getInstance(CURVE).generatePublic(new X509EncodedKeySpec(x509));
    }

    private static byte[] derive(PrivateKey own, PublicKey other, byte[] ephemeralKey, byte[] recipientKey)
            throws GeneralSecurityException {
        KeyAgreement agreement = KeyAgreement.getInstance(CURVE);
        agreement.init(own);
        agreement.doPhase(other, true);
        byte[] shared = agreement.generateSecret();
        byte[] salt = ByteBuffer.allocate(ephemeralKey.length + recipientKey.length).put(ephemeralKey).put(recipientKey)
                .array();
        return hkdf(salt, shared, INFO, 32);
    }

    /** HKDF-SHA256 extract and expand (RFC 5869), for up to 32 bytes. */
    static byte[] hkdf(byte[] salt, byte[] inputKey, byte[] info, int length) throws GeneralSecurityException {
        Mac mac = Mac.getInstance("HmacSHA256");
        mac.init(new SecretKeySpec(salt, "HmacSHA256"));
        byte[] pseudoRandomKey = mac.doFinal(inputKey);
        mac.init(new SecretKeySpec(pseudoRandomKey, "HmacSHA256"));
        mac.update(info);
        mac.update((byte) 1);
        byte[] block = mac.doFinal();
        return java.util.Arrays.copyOf(block, length);
    }
}
