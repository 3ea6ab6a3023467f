package org.govbuy.contract.service;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;

import org.govbuy.contract.domain.Amendment;
import org.govbuy.contract.domain.Clause;
import org.govbuy.contract.domain.Contract;
import org.govbuy.contract.domain.ContractRules;
import org.govbuy.contract.domain.Installment;
import org.govbuy.contract.domain.InstallmentTerms;
import org.govbuy.contract.domain.Money;
import org.govbuy.contract.domain.Party;
import org.govbuy.contract.messaging.ContractEventsV1.ContractAmendedV1;
import org.govbuy.platform.error.IllegalTransitionException;
import org.govbuy.platform.error.NotFoundProblem;
import org.govbuy.platform.error.UnprocessableRequest;

/**
 * Amendments to an active contract (ADR 41): proposed by the purchaser, signed by both parties,
 * re-filed with finance, applied on finance's confirmation. Within the original term limit; the
 * amount never above the configured share over the amount first signed, nor below what is already
 * committed; installments already released stay as they are.
 */
@ApplicationScoped
@Transactional
public class Amendments {

    private final Contracts contracts;
    private final ContractEnd end;
    private final ContractRules rules;
    private final Clock clock;

    Amendments(Contracts contracts, ContractEnd end, ContractRules rules, Clock clock) {
        this.contracts = contracts;
        this.end = end;
        this.rules = rules;
        this.clock = clock;
    }

    public record Proposal(String reason, Money newAmount, LocalDate newEndsOn, Map<Clause, String> clauseChanges,
            List<InstallmentTerms> installments) {
    }

    public Amendment propose(UUID contractId, Proposal p, String by) {
        Contract contract = contracts.lock(contractId);
        contract.requireActive("an amendment is proposed");
        if (Amendment.count("contractId = ?1 and status not in ?2", contractId,
                List.of(Amendment.Status.FILED, Amendment.Status.WITHDRAWN)) > 0) {
            throw new IllegalTransitionException("contract " + contractId + " has an amendment in progress; finish or withdraw it first");
        }
        Map<Clause, String> clauses = p.clauseChanges() == null ? Map.of() : new EnumMap<>(p.clauseChanges());
        if (clauses.containsKey(Clause.TERM)) {
            throw new UnprocessableRequest("clauseChanges.TERM", "the term clause follows newEndsOn; change that instead");
        }
        Contract.requireNoneBlank(clauses, "clauseChanges");
        if (p.newEndsOn() != null) {
            if (p.newEndsOn().isBefore(LocalDate.ofInstant(clock.instant(), rules.zone()))) {
                throw new UnprocessableRequest("newEndsOn", "an amendment does not end the term in the past");
            }
            rules.requireTermWithinLimit(contract.serviceStartsOn, p.newEndsOn(), contract.stableService, "newEndsOn");
        }
        boolean amountChanges = p.newAmount() != null && p.newAmount().compareTo(contract.amount) != 0;
        if (amountChanges) {
            requireAmountAllowed(contract, p.newAmount());
            requireScheduleKeepsReleased(contract, p.installments(), p.newAmount());
        } else if (p.installments() != null) {
            requireScheduleKeepsReleased(contract, p.installments(), contract.amount);
        }
        if (!amountChanges && p.newEndsOn() == null && clauses.isEmpty() && p.installments() == null) {
            throw new UnprocessableRequest("amendment", "an amendment changes the amount, the end of the term, a clause or the schedule");
        }
        Amendment a = new Amendment();
        a.id = UUID.randomUUID();
        a.contractId = contractId;
        a.number = (int) Amendment.count("contractId", contractId) + 1;
        a.reason = p.reason();
        a.newAmount = amountChanges ? p.newAmount() : null;
        a.newEndsOn = p.newEndsOn();
        a.clauseChanges = clauses;
        a.installments = p.installments();
        a.status = Amendment.Status.PROPOSED;
        a.proposedBy = by;
        a.proposedAt = clock.instant();
        a.persist();
        return a;
    }

    private void requireAmountAllowed(Contract contract, Money newAmount) {
        Money ceiling = rules.amendmentCeiling(contract.originalAmount);
        if (newAmount.exceeds(ceiling)) {
            throw new UnprocessableRequest("newAmount", "an amendment raises the amount by at most "
                    + rules.maximumAmendmentIncrease().movePointRight(2).stripTrailingZeros().toPlainString()
                    + " % of the " + contract.originalAmount + " first signed: at most " + ceiling);
        }
        Money committed = Payments.committedOn(contract.id);
        if (committed.exceeds(newAmount)) {
            throw new UnprocessableRequest("newAmount", "the amount cannot fall below the " + committed
                    + " already requested or paid");
        }
    }

    /** A new schedule for the new amount that keeps every installment already released as it is. */
    private void requireScheduleKeepsReleased(Contract contract, List<InstallmentTerms> terms, Money amount) {
        if (terms == null) {
            throw new UnprocessableRequest("installments", "an amendment that changes the amount gives the new payment schedule");
        }
        Set<Integer> milestones = contracts.milestones(contract.id).stream().map(m -> m.number).collect(Collectors.toSet());
        List<InstallmentTerms.Scheduled> scheduled = InstallmentTerms.schedule(terms, amount, milestones);
        for (Installment released : contracts.installments(contract.id)) {
            if (released.payable == null) {
                continue;
            }
            boolean kept = scheduled.size() >= released.number
                    && scheduled.get(released.number - 1).amount().compareTo(released.amount) == 0
                    && scheduled.get(released.number - 1).trigger() == released.trigger;
            if (!kept) {
                throw new UnprocessableRequest("installments[" + (released.number - 1) + "]", "installment " + released.number
                        + " has been released; the new schedule keeps it as it is (" + released.trigger + ", " + released.amount + ")");
            }
        }
    }

    public Amendment sign(UUID contractId, int number, Party party, String who) {
        contracts.lock(contractId);
        Amendment a = find(contractId, number);
        a.sign(party, who, clock.instant());
        return a;
    }

    public Amendment submitFiling(UUID contractId, int number) {
        contracts.lock(contractId);
        Amendment a = find(contractId, number);
        a.submitFiling(clock.instant());
        return a;
    }

    public Amendment withdraw(UUID contractId, int number) {
        contracts.lock(contractId);
        Amendment a = find(contractId, number);
        a.withdraw();
        return a;
    }

    /** Finance confirms the re-filing: the amendment applies now. */
    public Amendment confirmFiling(UUID contractId, int number, String who) {
        Contract contract = contracts.lock(contractId);
        Amendment a = find(contractId, number);
        Instant now = clock.instant();
        a.confirmFiling(who, now);
        if (a.newAmount != null) {
            contract.amount = a.newAmount;
        }
        if (a.newEndsOn != null) {
            contract.serviceEndsOn = a.newEndsOn;
            contract.clauses.put(Clause.TERM, contract.serviceStartsOn + " – " + a.newEndsOn);
            end.watchTermEnd(contract);
        }
        contract.clauses.putAll(a.clauseChanges);
        if (a.installments != null) {
            applySchedule(contract, a.installments);
        }
        contracts.publish(contract, ContractAmendedV1.TYPE, new ContractAmendedV1(contractId, a.number, a.reason,
                contract.amount.amount(), contract.serviceEndsOn, a.clauseChanges.keySet().stream().map(Enum::name).sorted()
                        .toList(), now));
        return a;
    }

    /** Installments already released stay (same number and amount); the rest are replaced. */
    private void applySchedule(Contract contract, List<InstallmentTerms> terms) {
        Set<Integer> milestones = contracts.milestones(contract.id).stream().map(m -> m.number).collect(Collectors.toSet());
        List<InstallmentTerms.Scheduled> scheduled = InstallmentTerms.schedule(terms, contract.amount, milestones);
        Map<Integer, Installment> existing = contracts.installments(contract.id).stream()
                .collect(Collectors.toMap(i -> i.number, i -> i));
        for (InstallmentTerms.Scheduled s : scheduled) {
            Installment current = existing.remove(s.number());
            if (current != null && current.payable != null) {
                continue;
            }
            if (current == null) {
                Installment.of(contract.id, s).persist();
            } else {
                current.trigger = s.trigger();
                current.share = s.share();
                current.amount = s.amount();
                current.milestone = s.milestone();
            }
        }
        existing.values().forEach(Installment::delete);
    }

    @Transactional(Transactional.TxType.SUPPORTS)
    public List<Amendment> amendments(UUID contractId) {
        return Amendment.list("contractId = ?1 order by number", contractId);
    }

    private static Amendment find(UUID contractId, int number) {
        return Amendment.<Amendment>find("contractId = ?1 and number = ?2", contractId, number).firstResultOptional()
                .orElseThrow(() -> new NotFoundProblem("contract " + contractId + " has no amendment " + number));
    }
}
