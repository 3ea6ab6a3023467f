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
 * A supplier's question about a tender (答疑/澄清) and the purchaser's answer, which is published to
 * every supplier alike. Who asked is kept for the record but never shown, not even to the purchaser.
 */
@Entity
@Table(name = "tender_clarification")
public class Clarification extends PanacheEntityBase {

    @Id
    public UUID id;

    @Column(name = "tender_id", nullable = false)
    public UUID tenderId;

    @Column(nullable = false)
    public String question;

    @Column(name = "asked_by", nullable = false, length = 18)
    public String askedBy;

    @Column(name = "asked_at", nullable = false)
    public Instant askedAt;

    public String answer;

    @Column(name = "answered_at")
    public Instant answeredAt;

    /** A question taken while the tender is announced and before its cut-off. */
    public static Clarification ask(Tender tender, String question, String uscc, Instant now, TenderRules rules) {
        if (tender.status != TenderStatus.ANNOUNCED && tender.status != TenderStatus.NOTICE) {
            throw new IllegalTransitionException("questions are taken only while the tender is announced; it is " + tender.status);
        }
        if (!now.isBefore(tender.clarificationCutoff(rules))) {
            throw new IllegalTransitionException("questions closed at " + tender.clarificationCutoff(rules));
        }
        Clarification c = new Clarification();
        c.id = UUID.randomUUID();
        c.tenderId = tender.id;
        c.question = question;
        c.askedBy = uscc;
        c.askedAt = now;
        return c;
    }

    public void answer(Tender tender, String text, Instant now) {
        if (answer != null) {
            throw new IllegalTransitionException("the question was answered and published already");
        }
        if (tender.status == TenderStatus.CANCELLED || tender.status == TenderStatus.OPENED) {
            throw new IllegalTransitionException("the tender is " + tender.status);
        }
        answer = text;
        answeredAt = now;
    }
}
