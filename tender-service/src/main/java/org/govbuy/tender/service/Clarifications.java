package org.govbuy.tender.service;

import java.time.Clock;
import java.util.List;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;

import org.govbuy.platform.error.NotFoundProblem;
import org.govbuy.tender.domain.Clarification;
import org.govbuy.tender.domain.Tender;
import org.govbuy.tender.messaging.TenderEventsV1.ClarificationPublishedV1;

/** Questions about a tender and their answers, published to all without naming who asked. */
@ApplicationScoped
@Transactional
public class Clarifications {

    private final Tenders tenders;
    private final Clock clock;

    Clarifications(Tenders tenders, Clock clock) {
        this.tenders = tenders;
        this.clock = clock;
    }

    public Clarification ask(UUID tenderId, String question, String uscc) {
        Tender tender = tenders.requirePublic(tenderId);
        Clarification clarification = Clarification.ask(tender, question, uscc, clock.instant(), tenders.rules());
        clarification.persist();
        return clarification;
    }

    public Clarification answer(UUID tenderId, UUID clarificationId, String answer) {
        Tender tender = tenders.lock(tenderId);
        Clarification clarification = Clarification.<Clarification>findByIdOptional(clarificationId)
                .filter(c -> c.tenderId.equals(tenderId))
                .orElseThrow(() -> new NotFoundProblem("no question " + clarificationId + " on tender " + tenderId));
        clarification.answer(tender, answer, clock.instant());
        tenders.publish(tender, ClarificationPublishedV1.TYPE, new ClarificationPublishedV1(tender.id, clarification.id,
                clarification.question, answer, clarification.answeredAt));
        return clarification;
    }

    /** Every question on the tender (for its purchaser), oldest first. */
    @Transactional(Transactional.TxType.SUPPORTS)
    public List<Clarification> of(UUID tenderId) {
        return Clarification.list("tenderId = ?1 order by askedAt, id", tenderId);
    }

    /** The answered ones, as published. */
    @Transactional(Transactional.TxType.SUPPORTS)
    public List<Clarification> published(UUID tenderId) {
        return Clarification.list("tenderId = ?1 and answer is not null order by answeredAt, id", tenderId);
    }
}
