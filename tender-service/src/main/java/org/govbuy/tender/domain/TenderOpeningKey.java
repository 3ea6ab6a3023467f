package org.govbuy.tender.domain;

import java.time.Instant;
import java.util.UUID;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;

/**
 * A tender's opening key: the public half seals its bids; the private half is kept only wrapped by
 * a key-encryption key that lives in the deployment's secrets, so neither the database nor its
 * backups can open a bid. It is unwrapped once, at the opening, and the time is recorded.
 */
@Entity
@Table(name = "tender_opening_key")
public class TenderOpeningKey extends PanacheEntityBase {

    @Id
    @Column(name = "tender_id")
    public UUID tenderId;

    @Column(name = "public_key", nullable = false)
    public byte[] publicKey;

    @Column(name = "wrapped_private_key", nullable = false)
    public byte[] wrappedPrivateKey;

    @Column(name = "kek_id", nullable = false)
    public String kekId;

    @Column(name = "created_at", nullable = false)
    public Instant createdAt;

    @Column(name = "unwrapped_at")
    public Instant unwrappedAt;

    /** A new key pair for {@code tenderId}, its private half wrapped with the current KEK. */
    public static TenderOpeningKey create(UUID tenderId, String kekId, byte[] kek, Instant now) {
        java.security.KeyPair pair = SealedBox.newKeyPair();
        TenderOpeningKey key = new TenderOpeningKey();
        key.tenderId = tenderId;
        key.publicKey = pair.getPublic().getEncoded();
        key.wrappedPrivateKey = OpeningKeyWrap.wrap(kek, tenderId.toString(), pair.getPrivate().getEncoded());
        key.kekId = kekId;
        key.createdAt = now;
        return key;
    }

    /** The private half, for the opening only: refused until the tender has been opened at its time. */
    public java.security.PrivateKey unwrap(Tender tender, byte[] kek, Instant now) throws SealedBox.Unsealable {
        if (!tender.id.equals(tenderId) || tender.status != TenderStatus.OPENED) {
            throw new org.govbuy.platform.error.IllegalTransitionException(
                    "a tender's opening key is unwrapped only at its opening");
        }
        byte[] pkcs8 = OpeningKeyWrap.unwrap(kek, tenderId.toString(), wrappedPrivateKey);
        unwrappedAt = now;
        try {
            return SealedBox.privateKey(pkcs8);
        } catch (java.security.GeneralSecurityException e) {
            throw new SealedBox.Unsealable("the unwrapped opening key is not an X25519 key", e);
        }
    }
}
