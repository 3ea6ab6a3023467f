package org.govbuy.credit.service;

import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;

import org.govbuy.credit.domain.Debarment;
import org.govbuy.platform.error.NotFoundProblem;

/** The blacklist (失信名单): reading it and ending a debarment early by decision. */
@ApplicationScoped
@Transactional
public class Debarments {

    private final SupplierFacts facts;
    private final CreditAssessment assessment;

    Debarments(SupplierFacts facts, CreditAssessment assessment) {
        this.facts = facts;
        this.assessment = assessment;
    }

    /**
     * Ends a debarment today, with the reason for the decision; announced at once. The affiliates
     * debarred only because of it are reinstated with it: their debarment has no ground of its own.
     */
    public Debarment reinstate(UUID debarmentId, String reason, String by) {
        Debarment debarment = Debarment.<Debarment>findByIdOptional(debarmentId)
                .orElseThrow(() -> new NotFoundProblem("no debarment " + debarmentId));
        LocalDate today = facts.today();
        debarment.reinstate(reason, by, today);
        assessment.announceEndIfDue(debarment);
        if (debarment.affiliateOf == null && debarment.recordId != null) {
            Debarment.<Debarment>list("recordId = ?1 and affiliateOf = ?2", debarment.recordId, debarment.uscc)
                    .stream().filter(extended -> extended.activeOn(today)).forEach(extended -> {
                        extended.reinstate("principal " + debarment.uscc + " reinstated: " + reason, by, today);
                        assessment.announceEndIfDue(extended);
                    });
        }
        return debarment;
    }

    @Transactional(Transactional.TxType.SUPPORTS)
    public Debarment require(UUID debarmentId) {
        return Debarment.<Debarment>findByIdOptional(debarmentId)
                .orElseThrow(() -> new NotFoundProblem("no debarment " + debarmentId));
    }

    @Transactional(Transactional.TxType.SUPPORTS)
    public List<Debarment> of(String uscc) {
        return facts.debarments(uscc);
    }
}
