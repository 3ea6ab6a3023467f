package org.govbuy.tender.domain;

import java.time.Instant;
import java.util.UUID;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;

/** An amendment (更正公告) as published: what changed, in words, and the times after it. */
@Entity
@Table(name = "tender_amendment")
public class Amendment extends PanacheEntityBase {

    @Id
    public UUID id;

    @Column(name = "tender_id", nullable = false)
    public UUID tenderId;

    @Column(name = "amendment_no", nullable = false)
    public int number;

    @Column(nullable = false)
    public String description;

    @Column(name = "bid_deadline", nullable = false)
    public Instant bidDeadline;

    @Column(name = "opening_at", nullable = false)
    public Instant openingAt;

    @Column(name = "deadline_pushed", nullable = false)
    public boolean deadlinePushed;

    @Column(name = "published_at", nullable = false)
    public Instant publishedAt;

    public static Amendment of(Tender tender, String description, boolean pushed, Instant now) {
        Amendment a = new Amendment();
        a.id = UUID.randomUUID();
        a.tenderId = tender.id;
        a.number = tender.amendments;
        a.description = description;
        a.bidDeadline = tender.bidDeadline;
        a.openingAt = tender.openingAt;
        a.deadlinePushed = pushed;
        a.publishedAt = now;
        return a;
    }
}
