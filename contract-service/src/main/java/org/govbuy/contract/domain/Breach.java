package org.govbuy.contract.domain;

import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;

import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;

/** A breach of contract by the supplier (违约), recorded by the purchaser; credit-service records it too. */
@Entity
@Table(name = "breach")
public class Breach extends PanacheEntityBase {

    @Id
    public UUID id;
    public UUID contractId;
    @Enumerated(EnumType.STRING)
    public Severity severity;
    public String description;
    public LocalDate occurredOn;
    public String recordedBy;
    public Instant recordedAt;
}
