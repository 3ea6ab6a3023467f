package org.govbuy.tender.domain;

import java.time.Instant;
import java.time.LocalDate;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;

/**
 * tender-service's own copy of what credit-service publishes about a supplier (承接主体), built
 * from events (event-carried state transfer). Bid eligibility reads it; nobody writes it but the
 * credit events consumer.
 */
@Entity
@Table(name = "supplier_projection")
public class SupplierProjection extends PanacheEntityBase {

    @Id
    @Column(length = 18)
    public String uscc;

    @Column(nullable = false, length = 200)
    public String name;

    @Column(name = "organisation_type", nullable = false, length = 40)
    public String organisationType;

    @Column(name = "established_on")
    public LocalDate establishedOn;

    @Column(nullable = false, length = 6)
    public String region;

    @Column(nullable = false, length = 20)
    public String status;

    @Column(name = "registered_at", nullable = false)
    public Instant registeredAt;

    @Column(name = "credit_level", length = 1)
    public String creditLevel;

    @Column(name = "credit_score", precision = 5, scale = 2)
    public java.math.BigDecimal creditScore;

    @Column(name = "rating_level", length = 10)
    public String ratingLevel;

    @Column(name = "debarred_from")
    public LocalDate debarredFrom;

    /** The first day the supplier may compete again. */
    @Column(name = "debarred_until")
    public LocalDate debarredUntil;

    @Column(name = "abnormal_listed", nullable = false)
    public boolean abnormalListed;

    @Column(name = "latest_inspection_year")
    public Integer latestInspectionYear;

    @Column(name = "latest_inspection_result", length = 20)
    public String latestInspectionResult;

    @Column(name = "tax_in_good_standing", nullable = false)
    public boolean taxInGoodStanding = true;

    @Column(name = "social_insurance_in_good_standing", nullable = false)
    public boolean socialInsuranceInGoodStanding = true;

    @Column(name = "last_major_violation_on")
    public LocalDate lastMajorViolationOn;

    /** The first day the rating no longer holds (null: no expiry announced). */
    @Column(name = "rating_valid_until")
    public LocalDate ratingValidUntil;

    /** The first day the tax evidence no longer counts; from then the standing is unknown. */
    @Column(name = "tax_standing_until")
    public LocalDate taxStandingUntil;

    @Column(name = "social_insurance_standing_until")
    public LocalDate socialInsuranceStandingUntil;

    @Column(name = "policy_version", length = 40)
    public String policyVersion;

    /** The sequence number of the credit event that last changed this row (null before sequences). */
    @Column(name = "last_sequence")
    public Long lastSequence;

    /** The credit event that last changed this row. */
    @Column(name = "last_event_id", nullable = false, length = 64)
    public String lastEventId;

    @Column(name = "updated_at", nullable = false)
    public Instant updatedAt;

    /** Whether credit-service's last word debars the supplier on {@code day}. */
    public boolean debarredOn(LocalDate day) {
        return debarredFrom != null && !day.isBefore(debarredFrom) && debarredUntil != null && day.isBefore(debarredUntil);
    }
}
