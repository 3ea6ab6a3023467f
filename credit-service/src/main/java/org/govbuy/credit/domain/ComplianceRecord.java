package org.govbuy.credit.domain;

import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;

/** Whether a supplier was in good standing with tax or social insurance as of a date. */
@Entity
@Table(name = "compliance_record")
public class ComplianceRecord extends PanacheEntityBase {

    @Id
    public UUID id;

    @Column(nullable = false, length = 18)
    public String uscc;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 20)
    public ComplianceKind kind;

    @Column(name = "in_good_standing", nullable = false)
    public boolean inGoodStanding;

    @Column(name = "as_of", nullable = false)
    public LocalDate asOf;

    @Column(name = "evidence_reference", nullable = false, length = 300)
    public String evidenceReference;

    @Column(name = "recorded_at", nullable = false)
    public Instant recordedAt;

    @Column(name = "recorded_by", nullable = false, length = 100)
    public String recordedBy;
}
