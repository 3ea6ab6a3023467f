package org.govbuy.contract.service;

import java.math.BigDecimal;
import java.time.Clock;
import java.time.LocalDate;
import java.util.EnumMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;

import org.jboss.logging.Logger;

import org.govbuy.contract.domain.AwardTerms;
import org.govbuy.contract.domain.Clause;
import org.govbuy.contract.domain.Contract;
import org.govbuy.contract.domain.ContractRules;
import org.govbuy.contract.domain.ContractStatus;
import org.govbuy.contract.domain.Deliverable;
import org.govbuy.contract.domain.DeliveryPeriod;
import org.govbuy.contract.domain.EvaluationResult;
import org.govbuy.contract.domain.FundingShare;
import org.govbuy.contract.domain.Grade;
import org.govbuy.contract.domain.Installment;
import org.govbuy.contract.domain.InstallmentTerms;
import org.govbuy.contract.domain.Milestone;
import org.govbuy.contract.domain.Money;
import org.govbuy.contract.messaging.AwardFinalizedV1;
import org.govbuy.contract.messaging.ContractEventsV1.ContractDraftedV1;
import org.govbuy.platform.error.IllegalTransitionException;
import org.govbuy.platform.error.UnprocessableRequest;
import org.govbuy.platform.inbox.IncomingEvent;

/**
 * Drafts: one per final award (however often the award event arrives), or a renewal (续签) of an
 * earlier contract by single source; and the purchaser's completion of the draft — clauses, term,
 * funding shares, deliverables, milestones and payment schedule — while nobody has signed.
 */
@ApplicationScoped
@Transactional
public class ContractDrafts {

    private static final Logger LOG = Logger.getLogger(ContractDrafts.class);

    private final Contracts contracts;
    private final ContractRules rules;
    private final Clock clock;

    ContractDrafts(Contracts contracts, ContractRules rules, Clock clock) {
        this.contracts = contracts;
        this.rules = rules;
        this.clock = clock;
    }

    /** The purchaser's edits of a draft; every field optional, all applied together or none. */
    public record DraftChanges(Map<Clause, String> clauses, LocalDate serviceEndsOn, List<FundingShare> fundingShares,
            List<DeliverableTerms> deliverables, List<MilestoneTerms> milestones, List<InstallmentTerms> installments,
            String internalNote) {
    }

    public record DeliverableTerms(String name, BigDecimal target, String unit, DeliveryPeriod per) {
    }

    public record MilestoneTerms(String name, LocalDate dueOn) {
    }

    /** Runs in the consumer's inbox transaction: the award becomes a draft, once. */
    @Transactional(Transactional.TxType.MANDATORY)
    public void fromAward(IncomingEvent event, AwardFinalizedV1 a) {
        if (contracts.ofAward(a.awardId()).isPresent()) {
            LOG.infof("award %s already has its contract; event %s changes nothing", a.awardId(), event.id());
            return;
        }
        AwardTerms terms = new AwardTerms(a.awardId(), a.tenderId(), a.lotId(), a.lot(), a.noticeNumber(),
                a.method() == null ? "OPEN_TENDER" : a.method(), a.title(), a.content(), a.quantity(), a.unit(),
                a.orgCode(), a.region(), a.fiscalYear(), a.subItemCode(), a.supplierUscc(), a.supplierName(),
                a.memberUsccs(), new Money(a.awardedPrice()), a.serviceStartsOn(), a.serviceEndsOn(), a.stableService(),
                a.paymentTerms(), a.performanceStandards(), a.finalizedAt());
        Contract contract = Contract.draft(terms, rules, clock.instant());
        contract.awardEventId = event.id();
        contract.persist();
        contracts.publish(contract, ContractDraftedV1.TYPE, ContractDraftedV1.of(contract));
        LOG.infof("award %s (tender %s lot %s) drafted as contract %s with %s, signing due %s", a.awardId(), a.tenderId(),
                a.lot(), contract.id, a.supplierUscc(), contract.signingDueAt);
    }

    /** The purchaser's changes to a draft nobody has signed yet. */
    public Contract change(UUID contractId, DraftChanges changes) {
        Contract contract = contracts.lock(contractId);
        contract.requireEditableDraft();
        if (changes.milestones() != null) {
            replaceMilestones(contract, changes.milestones());
        }
        if (changes.deliverables() != null) {
            replaceDeliverables(contract, changes.deliverables());
        }
        if (changes.clauses() != null) {
            if (changes.clauses().containsKey(Clause.TERM)) {
                throw new UnprocessableRequest("clauses.TERM", "the term clause follows serviceEndsOn; change that instead");
            }
            contract.reword(new EnumMap<>(changes.clauses()));
        }
        if (changes.serviceEndsOn() != null) {
            contract.shortenTerm(changes.serviceEndsOn(), rules);
        }
        if (changes.fundingShares() != null) {
            contract.fundingShares = FundingShare.require(changes.fundingShares());
        }
        if (changes.internalNote() != null) {
            contract.internalNote = changes.internalNote().isBlank() ? null : changes.internalNote().strip();
        }
        if (changes.installments() != null) {
            replaceSchedule(contract, changes.installments());
        } else if (changes.milestones() != null) {
            requireScheduleMilestonesExist(contract);
        }
        return contract;
    }

    private void replaceMilestones(Contract contract, List<MilestoneTerms> terms) {
        for (int i = 0; i < terms.size(); i++) {
            MilestoneTerms t = terms.get(i);
            if (t == null || t.name() == null || t.name().isBlank() || t.dueOn() == null) {
                throw new UnprocessableRequest("milestones[" + i + "]", "a milestone has a name and a due date");
            }
            if (t.dueOn().isBefore(contract.serviceStartsOn) || t.dueOn().isAfter(contract.awardEndsOn)) {
                throw new UnprocessableRequest("milestones[" + i + "].dueOn", "a milestone falls within the service term");
            }
        }
        Milestone.delete("contractId", contract.id);
        Milestone.flush();
        for (int i = 0; i < terms.size(); i++) {
            Milestone m = new Milestone();
            m.id = UUID.randomUUID();
            m.contractId = contract.id;
            m.number = i + 1;
            m.name = terms.get(i).name().strip();
            m.dueOn = terms.get(i).dueOn();
            m.status = Milestone.Status.OPEN;
            m.persist();
        }
    }

    private void replaceDeliverables(Contract contract, List<DeliverableTerms> terms) {
        for (int i = 0; i < terms.size(); i++) {
            DeliverableTerms t = terms.get(i);
            if (t == null || t.name() == null || t.name().isBlank() || t.unit() == null || t.unit().isBlank()) {
                throw new UnprocessableRequest("deliverables[" + i + "]", "a deliverable has a name and a unit");
            }
            if (t.target() == null || t.target().signum() <= 0 || t.target().stripTrailingZeros().scale() > 2
                    || t.target().compareTo(new BigDecimal("1E12")) >= 0) {
                throw new UnprocessableRequest("deliverables[" + i + "].target",
                        "a target is a positive quantity below 10^12 with at most two decimals");
            }
        }
        Deliverable.delete("contractId", contract.id);
        Deliverable.flush();
        for (int i = 0; i < terms.size(); i++) {
            DeliverableTerms t = terms.get(i);
            Deliverable d = new Deliverable();
            d.id = UUID.randomUUID();
            d.contractId = contract.id;
            d.number = i + 1;
            d.name = t.name().strip();
            d.target = t.target();
            d.unit = t.unit().strip();
            d.per = t.per() == null ? DeliveryPeriod.TERM : t.per();
            d.persist();
        }
    }

    private void replaceSchedule(Contract contract, List<InstallmentTerms> terms) {
        List<InstallmentTerms.Scheduled> scheduled = InstallmentTerms.schedule(terms, contract.amount,
                milestoneNumbers(contract.id));
        Installment.delete("contractId", contract.id);
        Installment.flush();
        scheduled.forEach(s -> Installment.of(contract.id, s).persist());
    }

    private void requireScheduleMilestonesExist(Contract contract) {
        Set<Integer> milestones = milestoneNumbers(contract.id);
        for (Installment i : contracts.installments(contract.id)) {
            if (i.milestone != null && !milestones.contains(i.milestone)) {
                throw new UnprocessableRequest("milestones", "installment " + i.number + " is paid on milestone "
                        + i.milestone + "; give a new payment schedule with the milestones");
            }
        }
    }

    private static Set<Integer> milestoneNumbers(UUID contractId) {
        Milestone.flush();
        return Milestone.<Milestone>list("contractId", contractId).stream().map(m -> m.number)
                .collect(Collectors.toCollection(HashSet::new));
    }

    /** The supplier's account for payments: kept from the public and from the events. */
    public Contract setBankAccount(UUID contractId, String account) {
        Contract contract = contracts.lock(contractId);
        if (contract.status == ContractStatus.COMPLETED || contract.status == ContractStatus.TERMINATED) {
            throw new IllegalTransitionException("contract " + contractId + " has ended");
        }
        contract.supplierBankAccount = account.strip();
        return contract;
    }

    /**
     * 续签: a new contract with the same supplier by single source (seed 000 §八 定向委托 for renewals),
     * linked to the old one, for a new term starting after it. Not after a termination, a failed
     * latest evaluation, or when the old contract already has a renewal.
     */
    public Contract renew(UUID contractId, LocalDate startsOn, LocalDate endsOn, Money amount) {
        Contract old = contracts.lock(contractId);
        if (old.status != ContractStatus.ACTIVE && old.status != ContractStatus.COMPLETED) {
            throw new IllegalTransitionException("contract " + contractId + " is " + old.status
                    + "; only an active or completed contract is renewed");
        }
        EvaluationResult latest = EvaluationResult.<EvaluationResult>find("contractId = ?1 order by completedOn desc, receivedAt desc",
                contractId).firstResult();
        if (latest != null && latest.grade == Grade.FAIL) {
            throw new IllegalTransitionException("contract " + contractId + "'s latest evaluation failed; it is not renewed");
        }
        if (Contract.count("renewalOf", contractId) > 0) {
            throw new IllegalTransitionException("contract " + contractId + " has already been renewed");
        }
        if (startsOn == null || !startsOn.isAfter(old.serviceEndsOn)) {
            throw new UnprocessableRequest("serviceStartsOn", "a renewal starts after the old term ends on " + old.serviceEndsOn);
        }
        if (endsOn == null || endsOn.isBefore(startsOn)) {
            throw new UnprocessableRequest("serviceEndsOn", "a renewal ends on or after it starts");
        }
        rules.requireTermWithinLimit(startsOn, endsOn, old.stableService, "serviceEndsOn");
        AwardTerms terms = new AwardTerms(null, old.tenderId, old.lotId, old.lot, null, "SINGLE_SOURCE", old.title,
                old.clauses.get(Clause.SCOPE), null, null, old.orgCode, old.region, startsOn.getYear(), old.subItemCode,
                old.supplierUscc, old.supplierName, old.memberUsccs, amount, startsOn, endsOn, old.stableService,
                old.clauses.get(Clause.PAYMENT), old.clauses.get(Clause.QUALITY), clock.instant());
        Contract renewal = Contract.draft(terms, rules, clock.instant());
        renewal.renewalOf = old.id;
        renewal.clauses.putAll(old.clauses);
        renewal.clauses.put(Clause.TERM, startsOn + " – " + endsOn);
        renewal.fundingShares = old.fundingShares;
        renewal.persist();
        for (Deliverable d : contracts.deliverables(old.id)) {
            Deliverable copy = new Deliverable();
            copy.id = UUID.randomUUID();
            copy.contractId = renewal.id;
            copy.number = d.number;
            copy.name = d.name;
            copy.target = d.target;
            copy.unit = d.unit;
            copy.per = d.per;
            copy.persist();
        }
        contracts.publish(renewal, ContractDraftedV1.TYPE, ContractDraftedV1.of(renewal));
        return renewal;
    }
}
