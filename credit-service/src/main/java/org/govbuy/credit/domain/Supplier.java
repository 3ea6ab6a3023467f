package org.govbuy.credit.domain;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;

import org.govbuy.platform.error.DomainRuleViolation;

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
        Supplier supplier = new Supplier();
        supplier.uscc = registration.uscc().value();
        supplier.name = registration.name();
        supplier.organisationType = registration.organisationType();
        supplier.registrationAuthority = registration.registrationAuthority();
        supplier.establishedOn = registration.establishedOn();
        supplier.region = registration.region();
        supplier.status = SupplierStatus.ACTIVE;
        supplier.registeredAt = clock.instant();
        supplier.registeredBy = registeredBy;
        return supplier;
    }
}
