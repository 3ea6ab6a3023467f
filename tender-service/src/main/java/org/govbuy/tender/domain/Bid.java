package org.govbuy.tender.domain;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

import jakarta.persistence.Column;
import jakarta.persistence.Embedded;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import org.hibernate.annotations.JdbcTypeCode;
import org.hibernate.type.SqlTypes;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;

import org.govbuy.platform.error.IllegalTransitionException;

/**
 * A sealed bid (密封投标) for one lot: who bid (the lead and a consortium's members, in the clear) and
 * what they offered (price, proposal, declarations) only as a {@link SealedBox} to the tender's
 * opening key, which nobody holds before the opening. Its receipt digest is what the opening checks
 * the unsealed content against. The eligibility verdicts at submission and at opening are kept with
 * it as evidence.
 */
@Entity
@Table(name = "bid")
public class Bid extends PanacheEntityBase {

    public enum Status {
        /** Taken and sealed; the supplier's active bid for the lot. */
        SEALED,
        /** Replaced by a later submission of the same supplier. */
        REPLACED,
        WITHDRAWN,
        /** Opened, intact and eligible. */
        VALID,
        /** Opened, but it does not decrypt or does not match its receipt. */
        INVALID,
        /** Opened, but a bidder was no longer eligible at the opening. */
        DISQUALIFIED
    }

    /** The eligibility of every party of the bid on a day. */
    public record EligibilityEvidence(boolean eligible, List<BidEligibility.Verdict> parties) {
        public List<String> reasons() {
            List<String> reasons = new ArrayList<>();
            parties.forEach(p -> p.reasons().forEach(r -> reasons.add(p.uscc() + " " + r)));
            return reasons;
        }
    }

    @Id
    public UUID id;

    @Column(name = "tender_id", nullable = false)
    public UUID tenderId;

    @Column(name = "lot_id", nullable = false)
    public UUID lotId;

    @Column(name = "lot_no", nullable = false)
    public int lot;

    @Column(name = "lead_uscc", nullable = false, length = 18)
    public String leadUscc;

    @JdbcTypeCode(SqlTypes.JSON)
    @Column(nullable = false, columnDefinition = "jsonb")
    public List<String> members;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    public Status status;

    @Column(name = "received_at", nullable = false)
    public Instant receivedAt;

    @Column(name = "ended_at")
    public Instant endedAt;

    @Embedded
    public SealedColumns sealed;

    @Column(name = "receipt_digest", nullable = false, length = 64)
    public String receiptDigest;

    @Column(name = "receipt_key_id", nullable = false)
    public String receiptKeyId;

    @Column(name = "receipt_signature", nullable = false)
    public String receiptSignature;

    @JdbcTypeCode(SqlTypes.JSON)
    @Column(name = "submission_check", nullable = false, columnDefinition = "jsonb")
    public EligibilityEvidence submissionCheck;

    @JdbcTypeCode(SqlTypes.JSON)
    @Column(name = "opening_check", columnDefinition = "jsonb")
    public EligibilityEvidence openingCheck;

    @Column(name = "opened_price")
    public Money openedPrice;

    @JdbcTypeCode(SqlTypes.JSON)
    @Column(name = "opening_reasons", columnDefinition = "jsonb")
    public List<String> openingReasons;

    /** Seals {@code content} to the tender's opening key; the receipt is signed by the caller's key. */
    public static Bid seal(BidContent content, UUID lotId, byte[] openingPublicKey, BidReceipt receipt,
            EligibilityEvidence check) {
        SealedBox.Sealed sealed = SealedBox.seal(openingPublicKey,
                BidContent.associatedData(content.bidId(), content.tenderId(), content.lot(), content.lead()),
                content.canonical());
        Bid bid = new Bid();
        bid.id = content.bidId();
        bid.tenderId = content.tenderId();
        bid.lotId = lotId;
        bid.lot = content.lot();
        bid.leadUscc = content.lead();
        bid.members = content.members();
        bid.status = Status.SEALED;
        bid.receivedAt = receipt.receivedAt();
        bid.sealed = SealedColumns.of(sealed);
        bid.receiptDigest = receipt.contentDigest();
        bid.receiptKeyId = receipt.keyId();
        bid.receiptSignature = receipt.signature();
        bid.submissionCheck = check;
        return bid;
    }

    public BidReceipt receipt() {
        return new BidReceipt(id, tenderId, lot, leadUscc, receiptDigest, receivedAt, receiptKeyId, receiptSignature);
    }

    public List<String> parties() {
        List<String> parties = new ArrayList<>();
        parties.add(leadUscc);
        parties.addAll(members);
        return parties;
    }

    /** A later submission of the same supplier takes this one's place. */
    public void replace(Instant now) {
        requireSealed();
        status = Status.REPLACED;
        endedAt = now;
    }

    public void withdraw(Instant now) {
        requireSealed();
        status = Status.WITHDRAWN;
        endedAt = now;
    }

    private void requireSealed() {
        if (status != Status.SEALED) {
            throw new IllegalTransitionException("the bid is " + status + ", not an active sealed bid");
        }
    }

    /**
     * Opens the bid with the tender's unwrapped key: it must decrypt, be the content its receipt
     * covers, every document it lists must open to exactly the listed digest, and its bidders must
     * still be eligible. Otherwise it is invalid or disqualified with the reason; the others go on.
     */
    public void open(java.security.PrivateKey openingKey, byte[] openingPublicKey, EligibilityEvidence atOpening,
            List<BidDocument> documents) {
        if (status != Status.SEALED) {
            throw new IllegalTransitionException("only a sealed bid is opened; this one is " + status);
        }
        openingCheck = atOpening;
        byte[] canonical;
        try {
            canonical = unseal(openingKey, openingPublicKey);
        } catch (SealedBox.Unsealable e) {
            invalid("the bid cannot be decrypted: " + e.getMessage());
            return;
        }
        if (!BidContent.sha256(canonical).equals(receiptDigest)) {
            invalid("the content's SHA-256 does not match the receipt digest " + receiptDigest);
            return;
        }
        BidContent content;
        try {
            content = BidContent.read(canonical);
        } catch (java.io.IOException | RuntimeException e) {
            invalid("the content is not a readable bid");
            return;
        }
        for (BidDocument.Listing listed : content.documents()) {
            BidDocument document = documents.stream().filter(d -> d.name.equals(listed.name())).findFirst().orElse(null);
            try {
                if (document == null) {
                    throw new SealedBox.Unsealable("it is missing", null);
                }
                document.open(openingKey, openingPublicKey, listed);
            } catch (SealedBox.Unsealable e) {
                invalid("document " + listed.name() + " does not open intact: " + e.getMessage());
                return;
            }
        }
        openedPrice = content.price();
        if (!atOpening.eligible()) {
            status = Status.DISQUALIFIED;
            openingReasons = atOpening.reasons();
            return;
        }
        status = Status.VALID;
        openingReasons = List.of();
    }

    /** Every organisation in an opened bid of the tender (of one lot, when given): leads and consortium members. */
    public static List<String> openedParties(UUID tenderId, Integer lot) {
        return getEntityManager().createQuery("""
                select distinct p.uscc from BidParty p, Bid b
                where p.bidId = b.id and b.tenderId = :tender and (:lot is null or b.lot = :lot) and b.status in :opened""",
                String.class)
                .setParameter("tender", tenderId).setParameter("lot", lot)
                .setParameter("opened", List.of(Status.VALID, Status.INVALID, Status.DISQUALIFIED))
                .getResultList();
    }

    /** The content of a bid that opened intact, for the committee to read; only with the tender's opening key. */
    public BidContent content(java.security.PrivateKey openingKey, byte[] openingPublicKey)
            throws SealedBox.Unsealable, java.io.IOException {
        if (status != Status.VALID && status != Status.DISQUALIFIED) {
            throw new IllegalTransitionException("only a bid that opened intact is read; this one is " + status);
        }
        return BidContent.read(unseal(openingKey, openingPublicKey));
    }

    private byte[] unseal(java.security.PrivateKey openingKey, byte[] openingPublicKey) throws SealedBox.Unsealable {
        return SealedBox.open(openingKey, openingPublicKey, BidContent.associatedData(id, tenderId, lot, leadUscc),
                sealed.sealed());
    }

    private void invalid(String reason) {
        status = Status.INVALID;
        openingReasons = List.of(reason);
    }
}
