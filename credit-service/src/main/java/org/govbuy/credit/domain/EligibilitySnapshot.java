package org.govbuy.credit.domain;

import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import org.hibernate.annotations.JdbcTypeCode;
import org.hibernate.type.SqlTypes;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;

/** An eligibility answer as given, kept so the caller can cite it as evidence later. */
@Entity
@Table(name = "eligibility_snapshot")
public class EligibilitySnapshot extends PanacheEntityBase {

    @Id
    public UUID id;

    @Column(nullable = false, length = 18)
    public String uscc;

    @Column(name = "asked_for", nullable = false)
    public LocalDate askedFor;

    @Column(nullable = false)
    public boolean eligible;

    /** The failed conditions as JSON, exactly as answered. */
    @JdbcTypeCode(SqlTypes.JSON)
    @Column(nullable = false, columnDefinition = "jsonb")
    public String failed;

    @Column(name = "policy_version", nullable = false, length = 40)
    public String policyVersion;

    @Column(name = "computed_at", nullable = false)
    public Instant computedAt;

    @Column(name = "asked_by", nullable = false, length = 100)
    public String askedBy;
}
