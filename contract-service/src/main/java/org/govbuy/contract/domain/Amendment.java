package org.govbuy.contract.domain;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import org.hibernate.annotations.JdbcTypeCode;
import org.hibernate.type.SqlTypes;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;

import org.govbuy.platform.error.IllegalTransitionException;

/**
 * A change to a signed contract (补充协议): proposed by the purchaser, signed by both parties, filed
 * again with finance; it applies only once finance confirms the filing. It keeps the original term
 * limit and never raises the amount beyond the configured share of the amount first signed.
 */
@Entity
@Table(name = "amendment")
public class Amendment extends PanacheEntityBase {

    public enum Status {
        PROPOSED, SIGNED, FILING, FILED, WITHDRAWN
    }

    @Id
    public UUID id;
    public UUID contractId;
    public int number;
    public String reason;
    public Money newAmount;
    public LocalDate newEndsOn;
    @JdbcTypeCode(SqlTypes.JSON)
    @Column(columnDefinition = "jsonb")
    public Map<Clause, String> clauseChanges;
    /** A new payment schedule, required when the amount changes. */
    @JdbcTypeCode(SqlTypes.JSON)
    @Column(columnDefinition = "jsonb")
    public List<InstallmentTerms> installments;
    @Enumerated(EnumType.STRING)
    public Status status;
    public String proposedBy;
    public Instant proposedAt;
    public String purchaserSignedBy;
    public Instant purchaserSignedAt;
    public String supplierSignedBy;
    public Instant supplierSignedAt;
    public Instant filingSubmittedAt;
    public String filedBy;
    public Instant filedAt;

    public boolean sign(Party party, String who, Instant now) {
        if (status != Status.PROPOSED) {
            throw new IllegalTransitionException("amendment " + number + " is " + status + "; only a proposed amendment is signed");
        }
        boolean purchaser = party == Party.PURCHASER;
        if ((purchaser ? purchaserSignedAt : supplierSignedAt) != null) {
            throw new IllegalTransitionException("the " + party.name().toLowerCase() + " has already signed amendment " + number);
        }
        if (purchaser) {
            purchaserSignedBy = who;
            purchaserSignedAt = now;
        } else {
            supplierSignedBy = who;
            supplierSignedAt = now;
        }
        if (purchaserSignedAt != null && supplierSignedAt != null) {
            status = Status.SIGNED;
            return true;
        }
        return false;
    }

    public void submitFiling(Instant now) {
        if (status != Status.SIGNED) {
            throw new IllegalTransitionException("amendment " + number + " is " + status
                    + "; only an amendment signed by both parties is filed");
        }
        status = Status.FILING;
        filingSubmittedAt = now;
    }

    public void confirmFiling(String who, Instant now) {
        if (status != Status.FILING) {
            throw new IllegalTransitionException("amendment " + number + " is " + status + "; it has not been submitted for filing");
        }
        status = Status.FILED;
        filedBy = who;
        filedAt = now;
    }

    public void withdraw() {
        if (status == Status.FILED || status == Status.WITHDRAWN) {
            throw new IllegalTransitionException("amendment " + number + " is " + status + " and cannot be withdrawn");
        }
        status = Status.WITHDRAWN;
    }
}
