package org.govbuy.credit.domain;

import java.io.Serializable;
import java.time.Instant;
import java.time.LocalDate;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.IdClass;
import jakarta.persistence.Table;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;

/** The result of a supplier's annual inspection (年检) for one year. */
@Entity
@Table(name = "annual_inspection")
@IdClass(AnnualInspection.Key.class)
public class AnnualInspection extends PanacheEntityBase {

    public record Key(String uscc, int year) implements Serializable {
        public Key() {
            this(null, 0);
        }
    }

    @Id
    @Column(length = 18)
    public String uscc;

    @Id
    public int year;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 20)
    public InspectionResult result;

    /** The day civil affairs concluded the inspection (not the day it was typed in). */
    @Column(name = "concluded_on", nullable = false)
    public LocalDate concludedOn;

    @Column(name = "recorded_at", nullable = false)
    public Instant recordedAt;

    @Column(name = "recorded_by", nullable = false, length = 100)
    public String recordedBy;
}
