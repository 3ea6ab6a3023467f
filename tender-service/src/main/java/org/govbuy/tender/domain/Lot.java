package org.govbuy.tender.domain;

import java.util.UUID;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;

/** A lot (标包) of a tender: its own part of the service, its own budget, its own bids and outcome. */
@Entity
@Table(name = "tender_lot")
public class Lot extends PanacheEntityBase {

    public enum Status {
        OPEN,
        /** Opened with enough valid bids; part 2 evaluates them. */
        OPENED,
        /** The committee closed scoring; its recommendation is in publicity. */
        SCORED,
        /** The award is final (中标通知书 issued). */
        AWARDED,
        /** Fewer valid bids than the method requires (流标), at the opening or after the committee's review. */
        FAILED
    }

    @Id
    public UUID id;

    @Column(name = "tender_id", nullable = false)
    public UUID tenderId;

    @Column(name = "lot_no", nullable = false)
    public int number;

    @Column(nullable = false)
    public String title;

    @Column(nullable = false)
    public Money budget;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    public Status status = Status.OPEN;

    @Column(name = "valid_bids")
    public Integer validBids;

    static Lot of(UUID tenderId, int number, String title, Money budget) {
        Lot lot = new Lot();
        lot.id = UUID.randomUUID();
        lot.tenderId = tenderId;
        lot.number = number;
        lot.title = title;
        lot.budget = budget;
        return lot;
    }

    /** The lot's outcome when the committee closed scoring: a recommendation, or failed for too few qualified bids. */
    public void scored(LotResult result) {
        if (status != Status.OPENED) {
            throw new org.govbuy.platform.error.IllegalTransitionException("lot " + number + " is " + status
                    + "; only an opened lot is scored");
        }
        status = result.outcome == LotResult.Outcome.RECOMMENDED ? Status.SCORED : Status.FAILED;
    }

    /** The award became final. */
    public void awarded() {
        requireScored();
        status = Status.AWARDED;
    }

    /** An upheld challenge sends the lot back to the committee. */
    public void reopenForScoring() {
        requireScored();
        status = Status.OPENED;
    }

    /** After scoring: a challenge upheld with failure, or a winner declined with no one to take its place. */
    public void failAfterScoring() {
        if (status != Status.SCORED && status != Status.AWARDED) {
            throw new org.govbuy.platform.error.IllegalTransitionException("lot " + number + " is " + status);
        }
        status = Status.FAILED;
    }

    /** A winner declined and the next ranked bidder's award goes into publicity. */
    public void recommendAgain() {
        if (status != Status.AWARDED) {
            throw new org.govbuy.platform.error.IllegalTransitionException("lot " + number + " is " + status);
        }
        status = Status.SCORED;
    }

    private void requireScored() {
        if (status != Status.SCORED) {
            throw new org.govbuy.platform.error.IllegalTransitionException("lot " + number + " is " + status
                    + ", not in publicity");
        }
    }

    /** The lot's outcome at the opening: opened, or failed with fewer valid bids than required. */
    public boolean settle(int valid, int required) {
        validBids = valid;
        status = valid >= required ? Status.OPENED : Status.FAILED;
        return status == Status.OPENED;
    }
}
