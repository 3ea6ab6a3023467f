package org.govbuy.evaluation.domain;

import java.time.Instant;
import java.util.List;

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
 * A third-party evaluation agency (第三方专业评估机构) in the pool civil affairs keeps (seed 003 §四.2):
 * its qualifications, the catalogue codes it evaluates (specialties, as code prefixes such as
 * A07), and the organisations it is tied to (affiliations, by unified social credit code), which
 * it may never evaluate. Its id is the {@code agency_id} claim of its evaluators' tokens.
 */
@Entity
@Table(name = "agency")
public class Agency extends PanacheEntityBase {

    public enum Status {
        ACTIVE, SUSPENDED, REMOVED
    }

    @Id
    public String id;
    public String name;
    public String uscc;
    public String region;
    @JdbcTypeCode(SqlTypes.JSON)
    public List<String> qualifications;
    @JdbcTypeCode(SqlTypes.JSON)
    public List<String> specialties;
    @JdbcTypeCode(SqlTypes.JSON)
    public List<String> affiliations;
    @Enumerated(EnumType.STRING)
    public Status status;
    public String statusReason;
    public String registeredBy;
    public Instant registeredAt;
    public Instant changedAt;

    public static Agency register(String id, String name, String uscc, String region, List<String> qualifications,
            List<String> specialties, List<String> affiliations, String by, Instant at) {
        Agency a = new Agency();
        a.id = id;
        a.name = name;
        a.uscc = uscc;
        a.region = region;
        a.qualifications = List.copyOf(qualifications);
        a.specialties = List.copyOf(specialties);
        a.affiliations = List.copyOf(affiliations);
        a.status = Status.ACTIVE;
        a.registeredBy = by;
        a.registeredAt = at;
        a.changedAt = at;
        return a;
    }

    /** Suspended (暂停) or removed (清退) with the reason; a removed agency never comes back. */
    public void change(Status to, String reason, Instant at) {
        if (status == Status.REMOVED || status == to) {
            throw new IllegalTransitionException("agency " + id + " is " + status + "; it cannot become " + to);
        }
        status = to;
        statusReason = reason;
        changedAt = at;
    }

    public boolean evaluates(String subItemCode) {
        return specialties.stream().anyMatch(subItemCode::startsWith);
    }

    public boolean tiedToAny(List<String> usccs) {
        return usccs.contains(uscc) || affiliations.stream().anyMatch(usccs::contains);
    }
}
