package org.govbuy.tender.domain;

import java.time.Instant;
import java.util.UUID;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;

/** What tender-service knows of a catalogue version: its region, year and whether it is in force. */
@Entity
@Table(name = "catalogue_version_projection")
public class CatalogueVersionProjection extends PanacheEntityBase {

    @Id
    @Column(name = "version_id")
    public UUID versionId;

    @Column(nullable = false, length = 6)
    public String region;

    @Column(name = "fiscal_year", nullable = false)
    public int fiscalYear;

    /** PUBLISHED or SUPERSEDED. */
    @Column(nullable = false, length = 20)
    public String status;

    @Column(name = "published_at")
    public Instant publishedAt;

    @Column(name = "superseded_by")
    public UUID supersededBy;

    @Column(name = "last_event_id", nullable = false, length = 64)
    public String lastEventId;
}
