package org.govbuy.credit.domain;

import java.time.LocalDate;
import java.util.UUID;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;

/**
 * A period on the abnormal list (活动异常名录) for not publishing after a correction deadline;
 * it ends when the organisation complies (seed 000 篇5 第十六条).
 */
@Entity
@Table(name = "abnormal_listing")
public class AbnormalListing extends PanacheEntityBase {

    @Id
    public UUID id;

    @Column(nullable = false, length = 18)
    public String uscc;

    @Column(name = "listed_on", nullable = false)
    public LocalDate listedOn;

    @Column(nullable = false, length = 1000)
    public String reason;

    @Column(name = "cleared_on")
    public LocalDate clearedOn;

    @Column(name = "clear_reason", length = 1000)
    public String clearReason;

    protected AbnormalListing() {
    }

    public static AbnormalListing list(String uscc, LocalDate on, String reason) {
        AbnormalListing listing = new AbnormalListing();
        listing.id = UUID.randomUUID();
        listing.uscc = uscc;
        listing.listedOn = on;
        listing.reason = reason;
        return listing;
    }

    public boolean activeOn(LocalDate day) {
        return !day.isBefore(listedOn) && (clearedOn == null || day.isBefore(clearedOn));
    }

    public void clear(LocalDate on, String reason) {
        clearedOn = on;
        clearReason = reason;
    }
}
