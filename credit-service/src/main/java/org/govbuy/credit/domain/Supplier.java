package org.govbuy.credit.domain;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;

import org.govbuy.platform.error.DomainRuleViolation;
import org.govbuy.platform.text.NameText;
import org.govbuy.platform.error.IllegalTransitionException;

/**
 * A supplier (承接主体): an organisation that may undertake purchased services, identified by its
 * unified social credit code. Registered by civil affairs; other services learn of it from
 * the supplier-registered event.
 */
@Entity
@Table(name = "supplier")
public class Supplier extends PanacheEntityBase {

    @Id
    @Column(length = 18)
    public String uscc;

    @Column(nullable = false, length = 200)
    public String name;

    /** The name as searches compare it (width, case and quote style folded); follows {@link #name}. */
    @Column(name = "name_key", nullable = false, length = 200)
    public String nameKey;

    @Enumerated(EnumType.STRING)
    @Column(name = "organisation_type", nullable = false, length = 40)
    public OrganisationType organisationType;

    @Column(name = "registration_authority", nullable = false, length = 100)
    public String registrationAuthority;

    @Column(name = "established_on", nullable = false)
    public LocalDate establishedOn;

    @Column(nullable = false, length = 6)
    public String region;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 20)
    public SupplierStatus status;

    @Column(name = "registered_at", nullable = false)
    public Instant registeredAt;

    @Column(name = "registered_by", nullable = false, length = 100)
    public String registeredBy;

    @Enumerated(EnumType.STRING)
    @Column(name = "rating_level", nullable = false, length = 10)
    public RatingLevel ratingLevel = RatingLevel.NONE;

    @Column(name = "rated_on")
    public LocalDate ratedOn;

    @Column(name = "rating_authority", length = 100)
    public String ratingAuthority;

    @Column(name = "deregistered_on")
    public LocalDate deregisteredOn;

    @Column(name = "deregistration_reason", length = 1000)
    public String deregistrationReason;

    @Column(name = "credit_score", precision = 5, scale = 2)
    public java.math.BigDecimal creditScore;

    @Enumerated(EnumType.STRING)
    @Column(name = "credit_level", length = 1)
    public CreditLevel creditLevel;

    @Column(name = "scored_on")
    public LocalDate scoredOn;

    @Column(name = "policy_version", length = 40)
    public String policyVersion;

    @Version
    public long version;

    protected Supplier() {
    }

    /**
     * Registers an organisation. The establishment date is a calendar date in the deployment's
     * zone and may not lie after today there.
     */
    public static Supplier register(SupplierRegistration registration, String registeredBy, Clock clock, ZoneId zone) {
        LocalDate today = LocalDate.ofInstant(clock.instant(), zone);
        if (registration.establishedOn().isAfter(today)) {
            throw new DomainRuleViolation("establishedOn", "must not be after today (" + today + ")");
        }
        requireTypeOfCode(registration.uscc(), registration.organisationType());
        Supplier supplier = new Supplier();
        supplier.uscc = registration.uscc().value();
        supplier.name = registration.name();
        supplier.nameKey = NameText.searchKey(supplier.name);
        supplier.organisationType = registration.organisationType();
        supplier.registrationAuthority = registration.registrationAuthority();
        supplier.establishedOn = registration.establishedOn();
        supplier.region = registration.region();
        supplier.status = SupplierStatus.ACTIVE;
        supplier.registeredAt = clock.instant();
        supplier.registeredBy = registeredBy;
        return supplier;
    }

    /** The code says who registered the organisation and as what; the declared type must agree. */
    private static void requireTypeOfCode(UnifiedSocialCreditCode code, OrganisationType type) {
        String problem = type.problemWithCodePrefix(code.authorityAndType());
        if (problem != null) {
            throw new DomainRuleViolation("organisationType", problem);
        }
    }

    /** Applies the non-null fields of {@code update}; returns one history entry per field that changed. */
    public List<SupplierChange> update(SupplierUpdate update, String by, Instant now) {
        requireActive("update");
        List<SupplierChange> changes = new ArrayList<>();
        if (update.name() != null && !update.name().equals(name)) {
            changes.add(SupplierChange.of(uscc, "name", name, update.name(), by, now));
            name = update.name();
            nameKey = NameText.searchKey(name);
        }
        if (update.organisationType() != null && update.organisationType() != organisationType) {
            requireTypeOfCode(new UnifiedSocialCreditCode(uscc), update.organisationType());
            changes.add(SupplierChange.of(uscc, "organisationType", organisationType, update.organisationType(), by, now));
            organisationType = update.organisationType();
        }
        if (update.registrationAuthority() != null && !update.registrationAuthority().equals(registrationAuthority)) {
            changes.add(SupplierChange.of(uscc, "registrationAuthority", registrationAuthority,
                    update.registrationAuthority(), by, now));
            registrationAuthority = update.registrationAuthority();
        }
        if (update.region() != null && !update.region().equals(region)) {
            changes.add(SupplierChange.of(uscc, "region", region, update.region(), by, now));
            region = update.region();
        }
        return changes;
    }

    /** Takes the supplier off the register (注销); it can no longer compete. */
    public SupplierChange deregister(String reason, String by, Instant now, LocalDate today) {
        requireActive("deregister");
        if (reason == null || reason.isBlank()) {
            throw new DomainRuleViolation("reason", "must not be blank");
        }
        status = SupplierStatus.DEREGISTERED;
        deregisteredOn = today;
        deregistrationReason = reason;
        return SupplierChange.of(uscc, "status", SupplierStatus.ACTIVE, SupplierStatus.DEREGISTERED, by, now);
    }

    /** Records a rating (等级评估); returns the history entry, or null when nothing changed. */
    public SupplierChange rate(RatingLevel level, LocalDate on, String authority, String by, Instant now,
            LocalDate today) {
        if (on.isAfter(today)) {
            throw new DomainRuleViolation("ratedOn", "must not be after today (" + today + ")");
        }
        if (level == ratingLevel && on.equals(ratedOn) && java.util.Objects.equals(authority, ratingAuthority)) {
            return null;
        }
        SupplierChange change = SupplierChange.of(uscc, "rating", ratingLevel.label(), level.label(), by, now);
        ratingLevel = level;
        ratedOn = on;
        ratingAuthority = authority;
        return change;
    }

    /**
     * Ends a rating whose validity has run out on {@code today}; the history keeps it. Null when
     * there is nothing to end.
     */
    public SupplierChange expireRating(CreditPolicy policy, LocalDate today, Instant now) {
        if (ratingLevel == RatingLevel.NONE || policy.ratingOn(ratingLevel, ratedOn, today) != RatingLevel.NONE) {
            return null;
        }
        SupplierChange change = SupplierChange.of(uscc, "rating", ratingLevel.label(), RatingLevel.NONE.label(),
                "validity of " + policy.ratingValidity() + " ended", now);
        ratingLevel = RatingLevel.NONE;
        return change;
    }

    /** Keeps the latest score; true when the level changed (the only change announced). */
    public boolean noteScore(CreditScore score) {
        boolean levelChanged = creditLevel != score.level();
        creditScore = score.score();
        creditLevel = score.level();
        scoredOn = score.asOf();
        policyVersion = score.policyVersion();
        return levelChanged;
    }

    public boolean isActive() {
        return status == SupplierStatus.ACTIVE;
    }

    private void requireActive(String action) {
        if (status != SupplierStatus.ACTIVE) {
            throw new IllegalTransitionException("cannot " + action + " supplier " + uscc + ": it is " + status);
        }
    }
}
