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

    /** The credit event that last changed this row. */
    @Column(name = "last_event_id", nullable = false, length = 64)
    public String lastEventId;

    @Column(name = "updated_at", nullable = false)
    public Instant updatedAt;
}
