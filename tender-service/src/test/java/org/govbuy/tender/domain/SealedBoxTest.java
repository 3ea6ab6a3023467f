package org.govbuy.tender.domain;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.StandardCharsets;
import java.security.KeyPair;
import java.security.SecureRandom;

import org.junit.jupiter.api.Test;

/** Sealing bids to a tender's opening key, and keeping that key wrapped. */
class SealedBoxTest {

    private static final byte[] AAD = "bid|tender|1|lead".getBytes(StandardCharsets.UTF_8);

    private final KeyPair tender = SealedBox.newKeyPair();
    private final byte[] secret = "价格 432100.55 与方案".getBytes(StandardCharsets.UTF_8);

    @Test
    void onlyTheOpeningKeyOpensWhatWasSealedAndTheCiphertextShowsNothingOfIt() throws Exception {
        SealedBox.Sealed sealed = SealedBox.seal(tender.getPublic().getEncoded(), AAD, secret);
        assertThat(new String(sealed.ciphertext(), StandardCharsets.ISO_8859_1)).doesNotContain("432100");
        assertThat(SealedBox.open(tender.getPrivate(), tender.getPublic().getEncoded(), AAD, sealed)).isEqualTo(secret);
        KeyPair other = SealedBox.newKeyPair();
        assertThatThrownBy(() -> SealedBox.open(other.getPrivate(), other.getPublic().getEncoded(), AAD, sealed))
                .isInstanceOf(SealedBox.Unsealable.class);
    }

    @Test
    void aChangedByteOrContentMovedToAnotherBidDoesNotOpen() {
        SealedBox.Sealed sealed = SealedBox.seal(tender.getPublic().getEncoded(), AAD, secret);
        byte[] changed = sealed.ciphertext().clone();
        changed[3] ^= 1;
        assertThatThrownBy(() -> SealedBox.open(tender.getPrivate(), tender.getPublic().getEncoded(), AAD,
                new SealedBox.Sealed(sealed.ephemeralKey(), sealed.nonce(), changed))).isInstanceOf(SealedBox.Unsealable.class);
        assertThatThrownBy(() -> SealedBox.open(tender.getPrivate(), tender.getPublic().getEncoded(),
                "bid|tender|2|lead".getBytes(StandardCharsets.UTF_8), sealed)).isInstanceOf(SealedBox.Unsealable.class);
    }

    @Test
    void aWrappedOpeningKeyUnwrapsOnlyWithItsKeyEncryptionKeyAndForItsOwnTender() throws Exception {
        byte[] kek = new byte[32];
        new SecureRandom().nextBytes(kek);
        byte[] wrapped = OpeningKeyWrap.wrap(kek, "tender-1", tender.getPrivate().getEncoded());
        assertThat(OpeningKeyWrap.unwrap(kek, "tender-1", wrapped)).isEqualTo(tender.getPrivate().getEncoded());
        assertThatThrownBy(() -> OpeningKeyWrap.unwrap(kek, "tender-2", wrapped)).isInstanceOf(SealedBox.Unsealable.class);
        byte[] otherKek = kek.clone();
        otherKek[0] ^= 1;
        assertThatThrownBy(() -> OpeningKeyWrap.unwrap(otherKek, "tender-1", wrapped)).isInstanceOf(SealedBox.Unsealable.class);
    }

    @Test
    void theHkdfMatchesRfc5869TestCaseOneForItsFirst32Bytes() throws Exception {
        byte[] ikm = new byte[22];
        java.util.Arrays.fill(ikm, (byte) 0x0b);
        byte[] salt = java.util.HexFormat.of().parseHex("000102030405060708090a0b0c");
        byte[] info = java.util.HexFormat.of().parseHex("f0f1f2f3f4f5f6f7f8f9");
        assertThat(java.util.HexFormat.of().formatHex(SealedBox.hkdf(salt, ikm, info, 32)))
                .isEqualTo("3cb25f25faacd57a90434f64d0362f2a2d2d0a90cf1a5a4c5db02d56ecc4c5bf");
    }
}
