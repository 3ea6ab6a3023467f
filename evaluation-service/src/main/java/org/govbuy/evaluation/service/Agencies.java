package org.govbuy.evaluation.service;

import java.time.Clock;
import java.util.List;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.LockModeType;
import jakarta.transaction.Transactional;

import io.quarkus.panache.common.Sort;

import org.govbuy.evaluation.domain.Agency;
import org.govbuy.platform.error.IllegalTransitionException;
import org.govbuy.platform.error.NotFoundProblem;

/** The agency pool (第三方专业评估机构库): registration, suspension, reinstatement and removal, with reasons. */
@ApplicationScoped
@Transactional
public class Agencies {

    private final Clock clock;

    Agencies(Clock clock) {
        this.clock = clock;
    }

    public Agency register(Agency draft, String by) {
        if (Agency.findById(draft.id) != null) {
            throw new IllegalTransitionException("agency " + draft.id + " is registered already");
        }
        if (Agency.count("uscc", draft.uscc) > 0) {
            throw new IllegalTransitionException("an agency with the unified social credit code " + draft.uscc
                    + " is registered already");
        }
        Agency agency = Agency.register(draft.id, draft.name, draft.uscc, draft.region, draft.qualifications,
                draft.specialties, draft.affiliations, by, clock.instant());
        agency.persist();
        return agency;
    }

    public Agency change(String id, Agency.Status to, String reason) {
        Agency agency = Agency.findById(id, LockModeType.PESSIMISTIC_WRITE);
        if (agency == null) {
            throw new NotFoundProblem("no agency " + id);
        }
        agency.change(to, reason, clock.instant());
        return agency;
    }

    @Transactional(Transactional.TxType.SUPPORTS)
    public Agency require(String id) {
        return Agency.<Agency>findByIdOptional(id).orElseThrow(() -> new NotFoundProblem("no agency " + id));
    }

    @Transactional(Transactional.TxType.SUPPORTS)
    public List<Agency> all() {
        return Agency.listAll(Sort.ascending("id"));
    }
}
