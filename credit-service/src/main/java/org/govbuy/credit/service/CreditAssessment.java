package org.govbuy.credit.service;

import java.util.List;
import java.util.Set;
import java.util.TreeSet;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;

import org.jboss.logging.Logger;

import org.govbuy.credit.domain.Affiliation;
import org.govbuy.credit.domain.CreditLevel;
import org.govbuy.credit.domain.CreditPolicy;
import org.govbuy.credit.domain.CreditRecord;
import org.govbuy.credit.domain.CreditScore;
import org.govbuy.credit.domain.Debarment;
import org.govbuy.credit.domain.RatingLevel;
import org.govbuy.credit.domain.Supplier;
import org.govbuy.credit.domain.SupplierChange;
import org.govbuy.credit.messaging.CreditEventsV1.CreditLevelChangedV1;
import org.govbuy.credit.messaging.CreditEventsV1.RatingChangedV1;
import org.govbuy.credit.messaging.CreditEventsV1.SupplierDebarredV1;
import org.govbuy.credit.messaging.CreditEventsV1.SupplierReinstatedV1;

/**
 * Keeps scores, levels and debarments in step with the records: after every change and daily
 * (time decay, records that stop counting, debarments that end). Announces a level only when it
 * changes.
 */
@ApplicationScoped
@Transactional(Transactional.TxType.MANDATORY)
public class CreditAssessment {

    private static final Logger LOG = Logger.getLogger(CreditAssessment.class);

    private final SupplierFacts facts;
    private final StandingEvents events;
    private final CreditPolicy policy;

    CreditAssessment(SupplierFacts facts, StandingEvents events, CreditPolicy policy) {
        this.facts = facts;
        this.events = events;
        this.policy = policy;
    }

    /** The score today with its explanation, without storing anything. */
    @Transactional(Transactional.TxType.SUPPORTS)
    public CreditScore scoreOf(String uscc) {
        return CreditScore.of(facts.records(uscc), facts.today(), policy);
    }

    /** Recomputes and stores the score; emits credit-level-changed when the level moved. */
    public void reassess(Supplier supplier) {
        reassess(supplier, facts.records(supplier.uscc));
    }

    private void reassess(Supplier supplier, List<CreditRecord> records) {
        CreditScore score = CreditScore.of(records, facts.today(), policy);
        CreditLevel previous = supplier.creditLevel;
        if (supplier.noteScore(score)) {
            events.publish(CreditLevelChangedV1.TYPE, supplier, standing -> new CreditLevelChangedV1(supplier.uscc,
                    previous, score.level(), score.score(), score.policyVersion(), score.asOf(), standing));
            LOG.infof("supplier %s credit level %s -> %s (score %s)", supplier.uscc, previous, score.level(),
                    score.score());
        }
    }

    /**
     * Debars the supplier of a record from today, once its notice has run (see
     * {@link DebarmentNotices}), and its affiliates with it. The term ends where it would have
     * ended counted from the decision that established the fact, so a record typed in late debars
     * for what is left of the term.
     */
    public void debar(CreditRecord record) {
        Debarment principal = Debarment.forRecord(record, facts.today(), policy.debarmentPeriod());
        if (!principal.endsOn.isAfter(facts.today())) {
            LOG.infof("record %s would have debarred %s until %s: term already over", record.id, record.uscc,
                    principal.endsOn);
            return;
        }
        principal.persist();
        announceDebarment(principal);
        for (String affiliate : affiliatesOf(record.uscc)) {
            Debarment extended = Debarment.forAffiliate(principal, affiliate);
            extended.persist();
            announceDebarment(extended);
        }
    }

    /**
     * The organisations a debarment extends to: those the supplier named, and those that named it
     * by a relation that holds both ways (the same legal representative, a parent in common).
     */
    private static Set<String> affiliatesOf(String uscc) {
        Set<String> affiliates = new TreeSet<>();
        Affiliation.<Affiliation>list("uscc", uscc).forEach(a -> affiliates.add(a.affiliateUscc));
        Affiliation.<Affiliation>list("affiliateUscc", uscc).stream().filter(Affiliation::holdsBothWays)
                .forEach(a -> affiliates.add(a.uscc));
        affiliates.remove(uscc);
        return affiliates;
    }

    private void announceDebarment(Debarment debarment) {
        Supplier supplier = facts.lockForChange(debarment.uscc);
        events.publish(SupplierDebarredV1.TYPE, supplier, standing -> new SupplierDebarredV1(debarment.uscc,
                debarment.id, debarment.startsOn, debarment.endsOn, debarment.reason, debarment.affiliateOf, standing));
        LOG.infof("supplier %s debarred from %s until %s%s", debarment.uscc, debarment.startsOn, debarment.endsOn,
                debarment.affiliateOf == null ? "" : " as affiliate of " + debarment.affiliateOf);
    }

    /** Announces a debarment that has ended, once (by its date or by a reinstatement decision). */
    public void announceEndIfDue(Debarment debarment) {
        if (debarment.announceEnd(facts.today(), facts.now())) {
            Supplier supplier = facts.lockForChange(debarment.uscc);
            boolean byDecision = debarment.reinstatedOn != null && debarment.reinstatedOn.isBefore(debarment.endsOn);
            events.publish(SupplierReinstatedV1.TYPE, supplier, standing -> new SupplierReinstatedV1(debarment.uscc,
                    debarment.id, debarment.effectiveEnd(), byDecision, standing));
            LOG.infof("supplier %s no longer debarred (%s)", debarment.uscc, byDecision ? "reinstated" : "period ended");
        }
    }

    /** A rating (等级评估) holds for the policy's validity; its end is recorded and announced once. */
    private void expireRatingIfDue(Supplier supplier) {
        RatingLevel previous = supplier.ratingLevel;
        SupplierChange change = supplier.expireRating(policy, facts.today(), facts.now());
        if (change != null) {
            change.persist();
            events.publish(RatingChangedV1.TYPE, supplier, standing -> new RatingChangedV1(supplier.uscc, previous,
                    RatingLevel.NONE, supplier.ratedOn, supplier.ratingAuthority, standing));
            LOG.infof("supplier %s rating %s rated on %s expired", supplier.uscc, previous, supplier.ratedOn);
        }
    }

    /** One supplier's daily pass: its debarments that ended are announced, decay and expiry rescore it. */
    @Transactional(Transactional.TxType.REQUIRED)
    public void dailyFor(String uscc) {
        Supplier supplier = facts.lockForChange(uscc);
        Debarment.<Debarment>list("uscc = ?1 and endAnnouncedAt is null", uscc).forEach(this::announceEndIfDue);
        expireRatingIfDue(supplier);
        reassess(supplier);
    }
}
