package org.govbuy.tender.domain;

import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.SecureRandom;
import java.util.Arrays;

import javax.crypto.Cipher;
import javax.crypto.spec.GCMParameterSpec;
import javax.crypto.spec.SecretKeySpec;

/**
 * Wraps a tender's private opening key with a key-encryption key (KEK) held in the deployment's
 * secrets, never in the database: AES-256-GCM with the tender's id as associated data, so a wrapped
 * key copied to another tender does not unwrap. Stored as nonce ‖ ciphertext.
 */
public final class OpeningKeyWrap {

    private static final SecureRandom RANDOM = new SecureRandom();

    private OpeningKeyWrap() {
    }

    public static byte[] wrap(byte[] kek, String tenderId, byte[] privateKey) {
        requireKek(kek);
        try {
            byte[] nonce = new byte[12];
            RANDOM.nextBytes(nonce);
            Cipher cipher = Cipher.getInstance("AES/GCM/NoPadding");
            cipher.init(Cipher.ENCRYPT_MODE, new SecretKeySpec(kek, "AES"), new GCMParameterSpec(128, nonce));
            cipher.updateAAD(tenderId.getBytes(StandardCharsets.UTF_8));
            byte[] sealed = cipher.doFinal(privateKey);
            return ByteBuffer.allocate(nonce.length + sealed.length).put(nonce).put(sealed).array();
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("cannot wrap the opening key", e);
        }
    }

    public static byte[] unwrap(byte[] kek, String tenderId, byte[] wrapped) throws SealedBox.Unsealable {
        requireKek(kek);
        try {
            Cipher cipher = Cipher.getInstance("AES/GCM/NoPadding");
            cipher.init(Cipher.DECRYPT_MODE, new SecretKeySpec(kek, "AES"),
                    new GCMParameterSpec(128, Arrays.copyOfRange(wrapped, 0, 12)));
            cipher.updateAAD(tenderId.getBytes(StandardCharsets.UTF_8));
            return cipher.doFinal(wrapped, 12, wrapped.length - 12);
        } catch (GeneralSecurityException | IllegalArgumentException e) {
            throw new SealedBox.Unsealable("the tender's opening key does not unwrap with the configured key", e);
        }
    }

    private static void requireKek(byte[] kek) {
        if (kek == null || kek.length != 32) {
            throw new IllegalStateException("a key-encryption key is 32 bytes (AES-256)");
        }
    }
}
