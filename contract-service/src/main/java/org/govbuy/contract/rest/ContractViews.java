package org.govbuy.contract.rest;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.govbuy.contract.domain.Amendment;
import org.govbuy.contract.domain.Clause;
import org.govbuy.contract.domain.Contract;
import org.govbuy.contract.domain.ContractStatus;
import org.govbuy.contract.domain.Deliverable;
import org.govbuy.contract.domain.DeliveryPeriod;
import org.govbuy.contract.domain.FundingLevel;
import org.govbuy.contract.domain.FundingShare;
import org.govbuy.contract.domain.Grade;
import org.govbuy.contract.domain.Installment;
import org.govbuy.contract.domain.InstallmentTrigger;
import org.govbuy.contract.domain.Milestone;
import org.govbuy.contract.domain.Payment;
import org.govbuy.contract.domain.PaymentShare;
import org.govbuy.contract.domain.ProgressReport;
import org.govbuy.contract.service.FundingReports;
import org.govbuy.contract.service.Performance;

/** Response bodies of contract-service. */
public final class ContractViews {

    private ContractViews() {
    }

    public record Signature(String by, Instant at) {
        static Signature of(String by, Instant at) {
            return at == null ? null : new Signature(by, at);
        }
    }

    /**
     * A contract as its parties and overseers see it. The bank account shows to the parties and
     * finance; the purchaser's internal note to the purchaser, finance and auditors, never the supplier.
     */
    public record ContractView(UUID id, ContractStatus status, UUID awardId, String noticeNumber, UUID tenderId,
            Integer lot, UUID renewalOf, String method, String title, String orgCode, String region, int fiscalYear,
            String subItemCode, String supplierUscc, String supplierName, List<String> memberUsccs, BigDecimal amount,
            BigDecimal originalAmount, LocalDate serviceStartsOn, LocalDate serviceEndsOn, boolean stableService,
            Map<Clause, String> clauses, List<FundingShare> fundingShares, Instant draftedAt, Instant signingDueAt,
            boolean signingOverdue, Signature purchaserSignature, Signature supplierSignature, Instant filingSubmittedAt,
            String filingReturnedReason, Instant filedAt, String filedBy, Instant publicationDueAt, Instant publishedAt,
            Instant endedAt, String endReason, String terminationCause, String supplierBankAccount, String internalNote) {

        static ContractView of(Contract c, Instant now, boolean showsBankAccount, boolean showsNote) {
            return new ContractView(c.id, c.status, c.awardId, c.noticeNumber, c.tenderId, c.lot, c.renewalOf, c.method,
                    c.title, c.orgCode, c.region, c.fiscalYear, c.subItemCode, c.supplierUscc, c.supplierName,
                    c.memberUsccs, c.amount.amount(), c.originalAmount.amount(), c.serviceStartsOn, c.serviceEndsOn,
                    c.stableService, c.clauses, c.fundingShares, c.draftedAt, c.signingDueAt, c.signingOverdue(now),
                    Signature.of(c.purchaserSignedBy, c.purchaserSignedAt), Signature.of(c.supplierSignedBy, c.supplierSignedAt),
                    c.filingSubmittedAt, c.filingReturnedReason, c.filedAt, c.filedBy, c.publicationDueAt, c.publishedAt,
                    c.endedAt, c.endReason, c.terminationCause == null ? null : c.terminationCause.name(),
                    showsBankAccount ? c.supplierBankAccount : null, showsNote ? c.internalNote : null);
        }
    }

    /** 合同公开: the key terms anyone may read — parties, subject, amount, term, funding levels; nothing else. */
    public record PublicContractView(UUID id, String title, String subItemCode, String region, String orgCode,
            String supplierUscc, String supplierName, List<String> memberUsccs, BigDecimal amount,
            LocalDate serviceStartsOn, LocalDate serviceEndsOn, List<FundingLevel> fundingLevels, List<FundingShare> fundingShares,
            ContractStatus status, String noticeNumber, UUID renewalOf, Instant signedAt, Instant filedAt, Instant publishedAt) {

        static PublicContractView of(Contract c) {
            Instant signed = c.purchaserSignedAt == null || c.supplierSignedAt == null ? null
                    : c.purchaserSignedAt.isAfter(c.supplierSignedAt) ? c.purchaserSignedAt : c.supplierSignedAt;
            return new PublicContractView(c.id, c.title, c.subItemCode, c.region, c.orgCode, c.supplierUscc, c.supplierName,
                    c.memberUsccs, c.amount.amount(), c.serviceStartsOn, c.serviceEndsOn,
                    c.fundingShares.stream().map(FundingShare::level).toList(), c.fundingShares, c.status, c.noticeNumber,
                    c.renewalOf, signed, c.filedAt, c.publishedAt);
        }
    }

    public record InstallmentView(int number, InstallmentTrigger trigger, Integer milestone, BigDecimal share,
            BigDecimal amount, BigDecimal payable, BigDecimal withheld, BigDecimal requestedOrPaid, Instant releasedAt,
            String releasedBy, Grade grade, String policyVersion, boolean rectificationRequired) {

        static InstallmentView of(Installment i, List<Payment> payments) {
            BigDecimal committed = payments.stream().filter(p -> p.installmentId.equals(i.id) && p.status.commits())
                    .map(p -> p.amount.amount()).reduce(BigDecimal.ZERO, BigDecimal::add).setScale(2);
            return new InstallmentView(i.number, i.trigger, i.milestone, i.share, i.amount.amount(),
                    i.payable == null ? null : i.payable.amount(), i.withheld().amount(), committed, i.releasedAt,
                    i.releasedBy, i.grade, i.policyVersion, i.rectificationRequired);
        }
    }

    public record FundingPart(FundingLevel level, BigDecimal amount) {
    }

    public record PaymentView(UUID id, int installment, BigDecimal amount, Payment.Status status, String requestedBy,
            Instant requestedAt, String decidedBy, Instant decidedAt, String rejection, LocalDate paidOn,
            Integer fiscalYear, List<FundingPart> funding) {

        static PaymentView of(Payment p, int installment, List<PaymentShare> shares) {
            return new PaymentView(p.id, installment, p.amount.amount(), p.status, p.requestedBy, p.requestedAt,
                    p.decidedBy, p.decidedAt, p.rejection, p.paidOn, p.fiscalYear,
                    shares.stream().map(s -> new FundingPart(s.level, s.amount.amount())).toList());
        }
    }

    public record PaymentsView(UUID contractId, BigDecimal amount, BigDecimal totalPaid, List<InstallmentView> installments,
            List<PaymentView> payments, FundingReports.ContractFunding funding) {
    }

    public record DeliverableView(int number, String name, BigDecimal target, String unit, DeliveryPeriod per,
            BigDecimal targetForTerm, BigDecimal achieved, BigDecimal achievementRate) {

        static DeliverableView of(Performance.Achievement a) {
            Deliverable d = a.deliverable();
            return new DeliverableView(d.number, d.name, d.target, d.unit, d.per, a.targetForTerm(), a.achieved(), a.rate());
        }
    }

    public record MilestoneView(int number, String name, LocalDate dueOn, Milestone.Status status, Instant submittedAt,
            List<String> evidence, String decidedBy, Instant decidedAt, String reason) {

        static MilestoneView of(Milestone m) {
            return new MilestoneView(m.number, m.name, m.dueOn, m.status, m.submittedAt, m.evidence, m.decidedBy,
                    m.decidedAt, m.reason);
        }
    }

    public record ReportView(UUID id, LocalDate periodFrom, LocalDate periodTo, String narrative,
            List<ProgressReport.Item> items, String reportedBy, Instant reportedAt) {

        static ReportView of(ProgressReport r) {
            return new ReportView(r.id, r.periodFrom, r.periodTo, r.narrative, r.items, r.reportedBy, r.reportedAt);
        }
    }

    public record PerformanceView(UUID contractId, List<DeliverableView> deliverables, List<MilestoneView> milestones,
            List<ReportView> reports) {
    }

    public record AmendmentView(int number, Amendment.Status status, String reason, BigDecimal newAmount,
            LocalDate newEndsOn, Map<Clause, String> clauseChanges, Signature purchaserSignature,
            Signature supplierSignature, Instant proposedAt, Instant filingSubmittedAt, Instant filedAt) {

        static AmendmentView of(Amendment a) {
            return new AmendmentView(a.number, a.status, a.reason, a.newAmount == null ? null : a.newAmount.amount(),
                    a.newEndsOn, a.clauseChanges, Signature.of(a.purchaserSignedBy, a.purchaserSignedAt),
                    Signature.of(a.supplierSignedBy, a.supplierSignedAt), a.proposedAt, a.filingSubmittedAt, a.filedAt);
        }
    }

    public record BreachView(UUID id, String severity, String description, LocalDate occurredOn, Instant recordedAt) {
    }
}
