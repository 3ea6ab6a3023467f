package org.govbuy.tender.domain;

import java.nio.charset.StandardCharsets;
import java.security.PrivateKey;
import java.time.Instant;
import java.util.UUID;

import jakarta.persistence.Column;
import jakarta.persistence.Embedded;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;

import org.govbuy.platform.error.UnprocessableRequest;

/**
 * A document of a bid (a proposal as PDF, a certificate), sealed to the tender's opening key the
 * moment it arrives. It is staged by its supplier for a lot and becomes part of the bid that names
 * it; the bid's canonical content lists its name, type, size and SHA-256, so the receipt covers it.
 */
@Entity
@Table(name = "bid_document")
public class BidDocument extends PanacheEntityBase {

    /** A document opened after the opening: what the bid lists of it, and its bytes. */
    public record Opened(Listing listing, byte[] bytes) {
    }

    /** What the bid's canonical content says of a document. */
    public record Listing(String name, String mediaType, long size, String sha256) {
    }

    @Id
    public UUID id;

    @Column(name = "tender_id", nullable = false)
    public UUID tenderId;

    @Column(name = "lot_no", nullable = false)
    public int lot;

    @Column(name = "supplier_uscc", nullable = false, length = 18)
    public String supplierUscc;

    @Column(nullable = false)
    public String name;

    @Column(name = "media_type", nullable = false)
    public String mediaType;

    @Column(name = "size_bytes", nullable = false)
    public long size;

    @Column(nullable = false, length = 64)
    public String sha256;

    @Column(name = "bid_id")
    public UUID bidId;

    @Column(name = "uploaded_at", nullable = false)
    public Instant uploadedAt;

    @Embedded
    public SealedColumns sealed;

    /**
     * Seals an uploaded document whose SHA-256 the supplier declared: the bytes must hash to it, so
     * what was sent is what is kept.
     */
    public static BidDocument stage(UUID tenderId, int lot, String uscc, String name, String mediaType, byte[] bytes,
            String declaredSha256, byte[] openingPublicKey, Instant now) {
        String actual = BidContent.sha256(bytes);
        if (!actual.equals(declaredSha256)) {
            throw new UnprocessableRequest("Content-Digest", "the document's SHA-256 is " + actual
                    + ", not the declared " + declaredSha256 + " (changed in transit?)");
        }
        BidDocument document = new BidDocument();
        document.id = UUID.randomUUID();
        document.tenderId = tenderId;
        document.lot = lot;
        document.supplierUscc = uscc;
        document.name = name;
        document.mediaType = mediaType;
        document.size = bytes.length;
        document.sha256 = actual;
        document.uploadedAt = now;
        document.sealed = SealedColumns.of(SealedBox.seal(openingPublicKey, document.associatedData(), bytes));
        return document;
    }

    public Listing listing() {
        return new Listing(name, mediaType, size, sha256);
    }

    /**
     * The document's bytes, with the tender's unwrapped opening key; refused unless they are exactly
     * what {@code listed} (from the bid's receipt-covered content) says.
     */
    public byte[] open(PrivateKey openingKey, byte[] openingPublicKey, Listing listed) throws SealedBox.Unsealable {
        byte[] bytes = SealedBox.open(openingKey, openingPublicKey, associatedData(),
                sealed.sealed());
        if (!BidContent.sha256(bytes).equals(listed.sha256()) || bytes.length != listed.size()) {
            throw new SealedBox.Unsealable("it does not match the SHA-256 its bid lists", null);
        }
        return bytes;
    }

    /** Binds the sealed bytes to their tender, lot, supplier, name and declared digest. */
    private byte[] associatedData() {
        return (tenderId + "|" + lot + "|" + supplierUscc + "|" + name + "|" + sha256).getBytes(StandardCharsets.UTF_8);
    }
}
