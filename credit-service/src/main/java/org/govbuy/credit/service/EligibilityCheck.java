package org.govbuy.credit.service;

import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;

import org.govbuy.credit.domain.CreditPolicy;
import org.govbuy.credit.domain.Eligibility;
import org.govbuy.credit.domain.EligibilitySnapshot;
import org.govbuy.platform.error.NotFoundProblem;

/** Answers "may supplier X compete on date D" and keeps each answer as a snapshot. */
@ApplicationScoped
@Transactional
public class EligibilityCheck {

    /** The answer with the id of its stored snapshot. */
    public record Answer(UUID snapshotId, String uscc, LocalDate on, boolean eligible,
            List<Eligibility.FailedCondition> failed, String policyVersion) {
    }

    private final SupplierFacts facts;
    private final CreditPolicy policy;
    private final ObjectMapper mapper;

    EligibilityCheck(SupplierFacts facts, CreditPolicy policy, ObjectMapper mapper) {
        this.facts = facts;
        this.policy = policy;
        this.mapper = mapper;
    }

    public Answer check(String uscc, LocalDate on, String askedBy) {
        return check(uscc, on, Eligibility.Requirements.NONE, askedBy);
    }

    /** The answer for a tender's requirements, kept as a snapshot the asker can cite. */
    public Answer check(String uscc, LocalDate on, Eligibility.Requirements requirements, String askedBy) {
        facts.require(uscc);
        Eligibility.Verdict verdict = Eligibility.on(on, facts.of(uscc), policy, requirements);
        EligibilitySnapshot snapshot = new EligibilitySnapshot();
        snapshot.id = UUID.randomUUID();
        snapshot.uscc = uscc;
        snapshot.askedFor = on;
        snapshot.eligible = verdict.eligible();
        snapshot.failed = toJson(verdict.failed());
        snapshot.policyVersion = policy.version();
        snapshot.computedAt = facts.now();
        snapshot.askedBy = askedBy;
        snapshot.persist();
        return new Answer(snapshot.id, uscc, on, verdict.eligible(), verdict.failed(), policy.version());
    }

    @Transactional(Transactional.TxType.SUPPORTS)
    public Answer snapshot(UUID id) {
        EligibilitySnapshot snapshot = EligibilitySnapshot.<EligibilitySnapshot>findByIdOptional(id)
                .orElseThrow(() -> new NotFoundProblem("no eligibility snapshot " + id));
        try {
            List<Eligibility.FailedCondition> failed = List.of(
                    mapper.readValue(snapshot.failed, Eligibility.FailedCondition[].class));
            return new Answer(snapshot.id, snapshot.uscc, snapshot.askedFor, snapshot.eligible, failed,
                    snapshot.policyVersion);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("stored snapshot " + id + " is unreadable", e);
        }
    }

    private String toJson(List<Eligibility.FailedCondition> failed) {
        try {
            return mapper.writeValueAsString(failed);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }
}
