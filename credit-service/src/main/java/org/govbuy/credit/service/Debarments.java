package org.govbuy.credit.service;

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

    /** Ends a debarment today, with the reason for the decision; announced at once. */
    public Debarment reinstate(UUID debarmentId, String reason, String by) {
        Debarment debarment = Debarment.<Debarment>findByIdOptional(debarmentId)
                .orElseThrow(() -> new NotFoundProblem("no debarment " + debarmentId));
        debarment.reinstate(reason, by, facts.today());
        assessment.announceEndIfDue(debarment);
        return debarment;
    }

    @Transactional(Transactional.TxType.SUPPORTS)
    public List<Debarment> of(String uscc) {
        return facts.debarments(uscc);
    }
}
