package org.govbuy.tender.domain;

import java.io.Serializable;
import java.util.UUID;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.IdClass;
import jakarta.persistence.Table;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;

/**
 * A supplier in a bid: its lead or a consortium member (联合体成员). The database keeps each supplier
 * in at most one active bid per lot (a unique index over the active rows).
 */
@Entity
@Table(name = "bid_party")
@IdClass(BidParty.Key.class)
public class BidParty extends PanacheEntityBase {

    public record Key(UUID bidId, String uscc) implements Serializable {
        public Key() {
            this(null, null);
        }
    }

    @Id
    @Column(name = "bid_id")
    public UUID bidId;

    @Id
    @Column(length = 18)
    public String uscc;

    @Column(name = "lot_id", nullable = false)
    public UUID lotId;

    /** LEAD or MEMBER. */
    @Column(nullable = false)
    public String role;

    @Column(nullable = false)
    public boolean active;

    public static BidParty of(Bid bid, String uscc) {
        BidParty party = new BidParty();
        party.bidId = bid.id;
        party.uscc = uscc;
        party.lotId = bid.lotId;
        party.role = uscc.equals(bid.leadUscc) ? "LEAD" : "MEMBER";
        party.active = true;
        return party;
    }
}
