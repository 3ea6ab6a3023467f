package org.govbuy.tender.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;

/** A {@link SealedBox.Sealed} as stored: the ephemeral key, the nonce and the ciphertext with its tag. */
@Embeddable
public class SealedColumns {

    @Column(name = "sealed_ephemeral_key", nullable = false)
    public byte[] ephemeralKey;

    @Column(name = "sealed_nonce", nullable = false)
    public byte[] nonce;

    @Column(name = "sealed_content", nullable = false)
    public byte[] ciphertext;

    static SealedColumns of(SealedBox.Sealed sealed) {
        SealedColumns columns = new SealedColumns();
        columns.ephemeralKey = sealed.ephemeralKey();
        columns.nonce = sealed.nonce();
        columns.ciphertext = sealed.ciphertext();
        return columns;
    }

    SealedBox.Sealed sealed() {
        return new SealedBox.Sealed(ephemeralKey, nonce, ciphertext);
    }
}
