package org.govbuy.tender.domain;

import java.time.Instant;
import java.util.UUID;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;

import org.govbuy.platform.error.IllegalTransitionException;

/**
 * An objection to a single-source notice (单一来源公示异议), filed by a registered supplier during the
 * notice period. The purchase proceeds only when every objection has been answered.
 */
@Entity
@Table(name = "single_source_objection")
public class Objection extends PanacheEntityBase {

    @Id
    public UUID id;

    @Column(name = "tender_id", nullable = false)
    public UUID tenderId;

    @Column(nullable = false, length = 18)
    public String objector;

    @Column(nullable = false)
    public String grounds;

    @Column(name = "filed_at", nullable = false)
    public Instant filedAt;

    public String answer;

    @Column(name = "answered_at")
    public Instant answeredAt;

    public static Objection file(Tender tender, String objector, String grounds, Instant now) {
        if (tender.status != TenderStatus.NOTICE || !now.isBefore(tender.noticeEndsAt)) {
            throw new IllegalTransitionException("objections are taken only during a single-source notice period");
        }
        Objection o = new Objection();
        o.id = UUID.randomUUID();
        o.tenderId = tender.id;
        o.objector = objector;
        o.grounds = grounds;
        o.filedAt = now;
        return o;
    }

    public void answer(String text, Instant now) {
        if (answer != null) {
            throw new IllegalTransitionException("the objection was answered already");
        }
        answer = text;
        answeredAt = now;
    }

    public static long openFor(UUID tenderId) {
        return count("tenderId = ?1 and answer is null", tenderId);
    }
}
