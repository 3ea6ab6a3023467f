package org.govbuy.tender.domain;

import java.time.Instant;
import java.util.Collection;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

import org.hibernate.annotations.JdbcTypeCode;
import org.hibernate.type.SqlTypes;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;

import org.govbuy.platform.security.Jurisdiction;

/**
 * An evaluation expert (评审专家) in finance's pool: the login that acts as them, the catalogue
 * categories they may judge (a specialty is a catalogue code prefix: {@code A07} covers every
 * 养老 sub-item) and the organisations they declared ties to, which keep them off the committees of
 * tenders those organisations bid on. A city's pool serves its districts too.
 */
@Entity
@Table(name = "expert")
public class Expert extends PanacheEntityBase {

    public enum Status {
        ACTIVE, SUSPENDED
    }

    /** A declared tie to an organisation (employment, board seat, consultancy, family, …). */
    public record Affiliation(String uscc, String relation) {
    }

    @Id
    public UUID id;

    /** The login (Keycloak {@code preferred_username}) that acts as this expert. */
    @Column(nullable = false, unique = true)
    public String username;

    @Column(nullable = false)
    public String name;

    @Column(nullable = false, length = 6)
    public String region;

    @JdbcTypeCode(SqlTypes.JSON)
    @Column(nullable = false, columnDefinition = "jsonb")
    public List<String> specialties;

    @JdbcTypeCode(SqlTypes.JSON)
    @Column(nullable = false, columnDefinition = "jsonb")
    public List<Affiliation> affiliations;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    public Status status;

    @Column(name = "registered_by", nullable = false)
    public String registeredBy;

    @Column(name = "registered_at", nullable = false)
    public Instant registeredAt;

    @Version
    public long version;

    public static Expert register(String username, String name, String region, List<String> specialties,
            List<Affiliation> affiliations, String registeredBy, Instant now) {
        Expert e = new Expert();
        e.id = UUID.randomUUID();
        e.username = username;
        e.name = name;
        e.region = region;
        e.specialties = List.copyOf(specialties);
        e.affiliations = List.copyOf(affiliations);
        e.status = Status.ACTIVE;
        e.registeredBy = registeredBy;
        e.registeredAt = now;
        return e;
    }

    /** Whether this expert may judge a tender for this catalogue sub-item in this region. */
    public boolean mayJudge(String subItemCode, String tenderRegion) {
        return status == Status.ACTIVE && Jurisdiction.covers(region, tenderRegion)
                && specialties.stream().anyMatch(subItemCode::startsWith);
    }

    /** The first declared tie to any of these organisations. */
    public Optional<Affiliation> tieTo(Collection<String> usccs) {
        return affiliations.stream().filter(a -> usccs.contains(a.uscc())).findFirst();
    }
}
