package org.govbuy.tender.domain;

import java.time.Instant;
import java.util.UUID;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;

/**
 * The committee's review (资格审查/符合性审查) found an opened bid unqualified, with its reason: it is
 * not scored. Review comes before scoring: once a member has submitted a score sheet for the lot,
 * no bid is disqualified any more.
 */
@Entity
@Table(name = "bid_disqualification")
public class BidDisqualification extends PanacheEntityBase {

    @Id
    @Column(name = "bid_id")
    public UUID bidId;

    @Column(name = "tender_id", nullable = false)
    public UUID tenderId;

    @Column(name = "lot_no", nullable = false)
    public int lot;

    @Column(nullable = false)
    public String reason;

    @Column(name = "recorded_by", nullable = false)
    public String recordedBy;

    @Column(name = "recorded_at", nullable = false)
    public Instant recordedAt;

    public static BidDisqualification of(Bid bid, String reason, String recordedBy, Instant now) {
        BidDisqualification d = new BidDisqualification();
        d.bidId = bid.id;
        d.tenderId = bid.tenderId;
        d.lot = bid.lot;
        d.reason = reason;
        d.recordedBy = recordedBy;
        d.recordedAt = now;
        return d;
    }
}
