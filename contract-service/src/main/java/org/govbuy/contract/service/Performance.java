package org.govbuy.contract.service;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;

import org.govbuy.contract.domain.Contract;
import org.govbuy.contract.domain.Deliverable;
import org.govbuy.contract.domain.Installment;
import org.govbuy.contract.domain.InstallmentTrigger;
import org.govbuy.contract.domain.Milestone;
import org.govbuy.contract.domain.ProgressReport;
import org.govbuy.contract.messaging.ContractEventsV1.MilestoneAcceptedV1;
import org.govbuy.contract.messaging.ContractEventsV1.ProgressReportedV1;
import org.govbuy.contract.messaging.ContractEventsV1.ReportedQuantityV1;
import org.govbuy.platform.error.NotFoundProblem;
import org.govbuy.platform.error.UnprocessableRequest;

/**
 * Performance (履约): the supplier's progress reports with achieved quantities and evidence, the
 * achievement of each deliverable against its target, and milestones submitted by the supplier and
 * accepted or rejected by the purchaser — an accepted milestone releases the installments it triggers.
 */
@ApplicationScoped
@Transactional
public class Performance {

    private final Contracts contracts;
    private final Clock clock;

    Performance(Contracts contracts, Clock clock) {
        this.contracts = contracts;
        this.clock = clock;
    }

    /** A deliverable's target and what the reports so far have achieved of it. */
    public record Achievement(Deliverable deliverable, BigDecimal targetForTerm, BigDecimal achieved, BigDecimal rate) {
    }

    public ProgressReport report(UUID contractId, LocalDate from, LocalDate to, String narrative,
            List<ProgressReport.Item> items, String by) {
        Contract contract = contracts.lock(contractId);
        contract.requireActive("progress is reported");
        if (to.isBefore(from)) {
            throw new UnprocessableRequest("periodTo", "a reporting period ends on or after it starts");
        }
        if (from.isBefore(contract.serviceStartsOn) || to.isAfter(contract.serviceEndsOn)) {
            throw new UnprocessableRequest("periodFrom", "a reporting period lies within the term " + contract.serviceStartsOn
                    + " – " + contract.serviceEndsOn);
        }
        java.util.Set<Integer> known = new java.util.HashSet<>(contracts.deliverables(contractId).stream().map(d -> d.number).toList());
        for (int i = 0; i < items.size(); i++) {
            if (!known.contains(items.get(i).deliverable())) {
                throw new UnprocessableRequest("items[" + i + "].deliverable", "names one of the contract's deliverables");
            }
        }
        ProgressReport report = new ProgressReport();
        report.id = UUID.randomUUID();
        report.contractId = contractId;
        report.periodFrom = from;
        report.periodTo = to;
        report.narrative = narrative;
        report.items = List.copyOf(items);
        report.reportedBy = by;
        report.reportedAt = clock.instant();
        report.persist();
        contracts.publish(contract, ProgressReportedV1.TYPE, new ProgressReportedV1(contractId, report.id,
                contract.supplierUscc, from, to, items.stream().map(i -> new ReportedQuantityV1(i.deliverable(), i.quantity()))
                        .toList(), report.reportedAt));
        return report;
    }

    @Transactional(Transactional.TxType.SUPPORTS)
    public List<ProgressReport> reports(UUID contractId) {
        return ProgressReport.list("contractId = ?1 order by periodFrom, reportedAt", contractId);
    }

    @Transactional(Transactional.TxType.SUPPORTS)
    public List<Achievement> achievement(Contract contract) {
        Map<Integer, BigDecimal> achieved = new HashMap<>();
        for (ProgressReport report : reports(contract.id)) {
            for (ProgressReport.Item item : report.items) {
                achieved.merge(item.deliverable(), item.quantity(), BigDecimal::add);
            }
        }
        return contracts.deliverables(contract.id).stream().map(d -> {
            BigDecimal target = d.targetForTerm(contract);
            BigDecimal done = achieved.getOrDefault(d.number, BigDecimal.ZERO);
            return new Achievement(d, target, done, done.divide(target, 4, RoundingMode.HALF_UP));
        }).toList();
    }

    public Milestone submitMilestone(UUID contractId, int number, List<String> evidence) {
        Contract contract = contracts.lock(contractId);
        contract.requireActive("milestones are submitted");
        Milestone milestone = milestone(contractId, number);
        milestone.submit(evidence, clock.instant());
        return milestone;
    }

    public Milestone decideMilestone(UUID contractId, int number, boolean accepted, String reason, String by) {
        Contract contract = contracts.lock(contractId);
        contract.requireActive("milestones are accepted");
        Milestone milestone = milestone(contractId, number);
        Instant now = clock.instant();
        milestone.decide(accepted, reason, by, now);
        if (accepted) {
            for (Installment installment : contracts.installments(contractId)) {
                if (installment.trigger == InstallmentTrigger.MILESTONE_ACCEPTED && installment.milestone == number) {
                    installment.releaseAll("milestone " + number, now);
                }
            }
            contracts.publish(contract, MilestoneAcceptedV1.TYPE, new MilestoneAcceptedV1(contractId, number,
                    milestone.name, by, now));
        }
        return milestone;
    }

    private static Milestone milestone(UUID contractId, int number) {
        return Milestone.<Milestone>find("contractId = ?1 and number = ?2", contractId, number).firstResultOptional()
                .orElseThrow(() -> new NotFoundProblem("contract " + contractId + " has no milestone " + number));
    }
}
