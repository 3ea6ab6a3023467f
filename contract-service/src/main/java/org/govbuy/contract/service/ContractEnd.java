package org.govbuy.contract.service;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;

import org.jboss.logging.Logger;

import org.govbuy.contract.domain.Breach;
import org.govbuy.contract.domain.Contract;
import org.govbuy.contract.domain.ContractRules;
import org.govbuy.contract.domain.ContractStatus;
import org.govbuy.contract.domain.EvaluationResult;
import org.govbuy.contract.domain.Severity;
import org.govbuy.contract.domain.TerminationCause;
import org.govbuy.contract.messaging.ContractEventsV1.ContractBreachedV1;
import org.govbuy.contract.messaging.ContractEventsV1.ContractCompletedV1;
import org.govbuy.contract.messaging.ContractEventsV1.ContractTerminatedV1;
import org.govbuy.platform.error.IllegalTransitionException;
import org.govbuy.platform.error.UnprocessableRequest;
import org.govbuy.platform.schedule.DueJob;
import org.govbuy.platform.schedule.JobHandler;
import org.govbuy.platform.schedule.Jobs;

/**
 * How a contract ends: breaches recorded (违约) and termination, both in the shapes credit-service
 * turns into credit records; completion once the term has ended and the final evaluation is in —
 * checked when the term ends (a durable job) and when the final evaluation arrives, whichever is later.
 */
@ApplicationScoped
@Transactional
public class ContractEnd implements JobHandler {

    public static final String TERM_ENDS = "contract.term-ends";
    private static final Logger LOG = Logger.getLogger(ContractEnd.class);

    private final Contracts contracts;
    private final Jobs jobs;
    private final ContractRules rules;
    private final Clock clock;

    ContractEnd(Contracts contracts, Jobs jobs, ContractRules rules, Clock clock) {
        this.contracts = contracts;
        this.jobs = jobs;
        this.rules = rules;
        this.clock = clock;
    }

    @Override
    public String kind() {
        return TERM_ENDS;
    }

    @Override
    @Transactional(Transactional.TxType.MANDATORY)
    public void run(DueJob job) {
        completeIfDue(contracts.lock(UUID.fromString(job.key())));
    }

    /** Schedules the completion check for the first day after the term (China Standard Time). */
    @Transactional(Transactional.TxType.MANDATORY)
    public void watchTermEnd(Contract contract) {
        Instant due = contract.serviceEndsOn.plusDays(1).atStartOfDay(rules.zone()).toInstant();
        if (!jobs.schedule(TERM_ENDS, contract.id.toString(), due, null)) {
            jobs.reschedule(TERM_ENDS, contract.id.toString(), due);
        }
    }

    /** Completes an active contract whose term has ended and whose final evaluation is in; in the caller's transaction. */
    @Transactional(Transactional.TxType.MANDATORY)
    public boolean completeIfDue(Contract contract) {
        LocalDate today = LocalDate.ofInstant(clock.instant(), rules.zone());
        if (contract.status != ContractStatus.ACTIVE || !today.isAfter(contract.serviceEndsOn)
                || !EvaluationResult.finalIn(contract.id)) {
            return false;
        }
        contract.complete(clock.instant());
        contracts.publish(contract, ContractCompletedV1.TYPE, new ContractCompletedV1(contract.id, contract.supplierUscc,
                contract.amount.amount(), Payments.totalPaid(contract.id).amount(), today));
        LOG.infof("contract %s completed", contract.id);
        return true;
    }

    public Breach recordBreach(UUID contractId, Severity severity, String description, LocalDate occurredOn, String by) {
        Contract contract = contracts.lock(contractId);
        if (contract.status == ContractStatus.DRAFT || contract.status == ContractStatus.COMPLETED
                || contract.status == ContractStatus.TERMINATED) {
            throw new IllegalTransitionException("contract " + contractId + " is " + contract.status
                    + "; a breach is recorded against a signed contract that has not ended");
        }
        LocalDate today = LocalDate.ofInstant(clock.instant(), rules.zone());
        if (occurredOn.isAfter(today)) {
            throw new UnprocessableRequest("occurredOn", "a breach has occurred: not after today, " + today);
        }
        Breach breach = new Breach();
        breach.id = UUID.randomUUID();
        breach.contractId = contractId;
        breach.severity = severity;
        breach.description = description;
        breach.occurredOn = occurredOn;
        breach.recordedBy = by;
        breach.recordedAt = clock.instant();
        breach.persist();
        contracts.publish(contract, ContractBreachedV1.TYPE, new ContractBreachedV1(contractId.toString(),
                contract.supplierUscc, severity.name(), description, occurredOn));
        LOG.infof("contract %s: %s breach recorded", contractId, severity);
        return breach;
    }

    /** Termination; for the supplier's breach only with a breach on record. */
    public Contract terminate(UUID contractId, TerminationCause cause, String reason) {
        Contract contract = contracts.lock(contractId);
        if (cause == TerminationCause.SUPPLIER_BREACH && Breach.count("contractId", contractId) == 0) {
            throw new UnprocessableRequest("cause", "terminating for the supplier's breach needs a breach on record first");
        }
        Instant now = clock.instant();
        contract.terminate(cause, reason, now);
        jobs.cancel(TERM_ENDS, contractId.toString());
        contracts.publish(contract, ContractTerminatedV1.TYPE, new ContractTerminatedV1(contractId.toString(),
                contract.supplierUscc, cause.name(), LocalDate.ofInstant(now, rules.zone())));
        LOG.infof("contract %s terminated (%s)", contractId, cause);
        return contract;
    }
}
