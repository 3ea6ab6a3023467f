package org.govbuy.contract.service;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;

import org.jboss.logging.Logger;

import org.govbuy.contract.domain.Contract;
import org.govbuy.contract.domain.ContractRules;
import org.govbuy.contract.domain.Installment;
import org.govbuy.contract.domain.InstallmentTrigger;
import org.govbuy.contract.domain.Party;
import org.govbuy.contract.messaging.ContractEventsV1.ContractFiledV1;
import org.govbuy.contract.messaging.ContractEventsV1.ContractSignedV1;
import org.govbuy.platform.error.UnprocessableRequest;
import org.govbuy.platform.schedule.DueJob;
import org.govbuy.platform.schedule.JobHandler;
import org.govbuy.platform.schedule.Jobs;
import org.govbuy.platform.time.WorkingDayCalendar;

/**
 * Signing and filing (ADR 41): each party signs as itself (who and when from the token and the
 * clock); signed by both, the key terms are due for publication within the configured working
 * days (a durable job publishes them then, unless filing published them first) and the
 * installments due on signing become payable; the purchaser files the contract with finance (备案),
 * and finance's confirmation puts it in force.
 */
@ApplicationScoped
@Transactional
public class ContractSigning implements JobHandler {

    public static final String PUBLISHES = "contract.key-terms-published";
    private static final Logger LOG = Logger.getLogger(ContractSigning.class);

    private final Contracts contracts;
    private final ContractEnd end;
    private final Jobs jobs;
    private final ContractRules rules;
    private final WorkingDayCalendar calendar;
    private final Clock clock;

    ContractSigning(Contracts contracts, ContractEnd end, Jobs jobs, ContractRules rules, WorkingDayCalendar calendar,
            Clock clock) {
        this.contracts = contracts;
        this.end = end;
        this.jobs = jobs;
        this.rules = rules;
        this.calendar = calendar;
        this.clock = clock;
    }

    @Override
    public String kind() {
        return PUBLISHES;
    }

    /** The publication deadline: the key terms go public now if filing has not published them yet. */
    @Override
    @Transactional(Transactional.TxType.MANDATORY)
    public void run(DueJob job) {
        Contract contract = contracts.lock(UUID.fromString(job.key()));
        if (contract.publishedAt == null) {
            contract.publishedAt = clock.instant();
            LOG.infof("contract %s: key terms published at the deadline (not yet filed)", contract.id);
        }
    }

    public Contract sign(UUID contractId, Party party, String who) {
        Contract contract = contracts.lock(contractId);
        contract.requireSignable(rules);
        if (contracts.installments(contractId).isEmpty()) {
            throw new UnprocessableRequest("installments", "a contract is signed with its payment schedule; set the installments first");
        }
        Instant now = clock.instant();
        if (contract.sign(party, who, now)) {
            signedByBoth(contract, now);
        }
        return contract;
    }

    private void signedByBoth(Contract contract, Instant now) {
        contract.publicationDueAt = publicationDeadline(now);
        if (contract.publicationDueAt.isAfter(now)) {
            jobs.schedule(PUBLISHES, contract.id.toString(), contract.publicationDueAt, null);
        } else {
            contract.publishedAt = now;
        }
        for (Installment installment : contracts.installments(contract.id)) {
            if (installment.trigger == InstallmentTrigger.ON_SIGNING) {
                installment.releaseAll("signing", now);
            }
        }
        contracts.publish(contract, ContractSignedV1.TYPE, ContractSignedV1.of(contract));
        LOG.infof("contract %s signed by both parties; key terms public by %s", contract.id, contract.publicationDueAt);
    }

    /**
     * The end of the N-th working day after signing. Where the official calendar does not reach
     * that far yet, the key terms are published at once — early is always within the period.
     */
    private Instant publicationDeadline(Instant signedAt) {
        LocalDate signedOn = LocalDate.ofInstant(signedAt, rules.zone());
        try {
            return calendar.plusWorkingDays(signedOn, rules.publicationWorkingDays()).plusDays(1)
                    .atStartOfDay(rules.zone()).toInstant();
        } catch (WorkingDayCalendar.NotCovered e) {
            LOG.warnf("contract signed on %s: the official calendar for %d is not configured; key terms published at once",
                    signedOn, e.year());
            return signedAt;
        }
    }

    public Contract submitFiling(UUID contractId, String who) {
        Contract contract = contracts.lock(contractId);
        contract.submitFiling(who, clock.instant());
        return contract;
    }

    public Contract returnFiling(UUID contractId, String reason) {
        Contract contract = contracts.lock(contractId);
        contract.returnFiling(reason);
        return contract;
    }

    /** Finance confirms the filing: in force, key terms public, the term's end watched for completion. */
    public Contract confirmFiling(UUID contractId, String who) {
        Contract contract = contracts.lock(contractId);
        Instant now = clock.instant();
        contract.confirmFiling(who, now);
        if (contract.publishedAt == null) {
            contract.publishedAt = now;
        }
        jobs.cancel(PUBLISHES, contract.id.toString());
        end.watchTermEnd(contract);
        contracts.publish(contract, ContractFiledV1.TYPE, ContractFiledV1.of(contract, contracts.deliverables(contractId)));
        LOG.infof("contract %s filed with finance by %s; in force", contract.id, who);
        return contract;
    }
}
