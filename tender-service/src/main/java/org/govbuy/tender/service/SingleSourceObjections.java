package org.govbuy.tender.service;

import java.time.Clock;
import java.util.List;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;

import org.jboss.logging.Logger;

import org.govbuy.platform.error.NotFoundProblem;
import org.govbuy.platform.error.UnprocessableRequest;
import org.govbuy.platform.schedule.DueJob;
import org.govbuy.platform.schedule.JobHandler;
import org.govbuy.tender.domain.Objection;
import org.govbuy.tender.domain.SupplierProjection;
import org.govbuy.tender.domain.Tender;
import org.govbuy.tender.messaging.TenderEventsV1.ObjectionAnsweredV1;
import org.govbuy.tender.messaging.TenderEventsV1.ObjectionFiledV1;
import org.govbuy.tender.messaging.TenderEventsV1.TenderAnnouncedV1;

/**
 * The single-source notice (单一来源公示): during it any registered supplier may object; the purchaser
 * answers each objection; the purchase proceeds to take the named supplier's bid only when the notice
 * period is over and every objection is answered — whichever comes last. The end of the period is a
 * durable job, so it happens even if the service was down at that moment.
 */
@ApplicationScoped
@Transactional
public class SingleSourceObjections implements JobHandler {

    private static final Logger LOG = Logger.getLogger(SingleSourceObjections.class);

    private final Tenders tenders;
    private final Clock clock;

    SingleSourceObjections(Tenders tenders, Clock clock) {
        this.tenders = tenders;
        this.clock = clock;
    }

    public Objection file(UUID tenderId, String objector, String grounds) {
        Tender tender = tenders.lock(tenderId);
        if (SupplierProjection.findById(objector) == null) {
            throw new UnprocessableRequest("uscc", "only a registered supplier may object (" + objector + " is not registered)");
        }
        Objection objection = Objection.file(tender, objector, grounds, clock.instant());
        objection.persist();
        tenders.publish(tender, ObjectionFiledV1.TYPE, new ObjectionFiledV1(tender.id, objection.id, grounds,
                objection.filedAt));
        return objection;
    }

    public Objection answer(UUID tenderId, UUID objectionId, String answer) {
        Tender tender = tenders.lock(tenderId);
        Objection objection = Objection.<Objection>findByIdOptional(objectionId)
                .filter(o -> o.tenderId.equals(tenderId))
                .orElseThrow(() -> new NotFoundProblem("no objection " + objectionId + " on tender " + tenderId));
        objection.answer(answer, clock.instant());
        tenders.publish(tender, ObjectionAnsweredV1.TYPE, new ObjectionAnsweredV1(tender.id, objection.id, answer,
                objection.answeredAt));
        proceedIfClear(tender);
        return objection;
    }

    @Transactional(Transactional.TxType.SUPPORTS)
    public List<Objection> of(UUID tenderId) {
        return Objection.list("tenderId = ?1 order by filedAt, id", tenderId);
    }

    @Override
    public String kind() {
        return Tenders.NOTICE_ENDS;
    }

    /** The notice period ended: proceed now if nothing is left unanswered, else when the last answer comes. */
    @Override
    @Transactional(Transactional.TxType.MANDATORY)
    public void run(DueJob job) {
        proceedIfClear(tenders.lock(UUID.fromString(job.key())));
    }

    private void proceedIfClear(Tender tender) {
        if (tender.proceedAfterNotice(clock.instant(), Objection.openFor(tender.id))) {
            tenders.publish(tender, TenderAnnouncedV1.TYPE, new TenderAnnouncedV1(tenders.announcement(tender)));
            LOG.infof("single source %s proceeds: notice over, every objection answered", tender.id);
        }
    }
}
