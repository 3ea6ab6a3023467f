package org.govbuy.credit.domain;

import java.time.Instant;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import org.hibernate.annotations.JdbcTypeCode;
import org.hibernate.type.SqlTypes;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;

/**
 * A credit policy version and its parameters as they were when first used. A version label never
 * changes meaning: a service started with other parameters under a recorded label refuses to run.
 */
@Entity
@Table(name = "credit_policy_version")
public class CreditPolicyVersion extends PanacheEntityBase {

    @Id
    @Column(length = 40)
    public String version;

    /** The {@link CreditPolicy} as JSON. */
    @JdbcTypeCode(SqlTypes.JSON)
    @Column(nullable = false, columnDefinition = "jsonb")
    public String parameters;

    @Column(name = "recorded_at", nullable = false)
    public Instant recordedAt;
}
