package org.govbuy.contract.messaging;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

import org.govbuy.contract.domain.Contract;
import org.govbuy.contract.domain.Deliverable;
import org.govbuy.contract.domain.DeliveryPeriod;
import org.govbuy.contract.domain.FundingLevel;
import org.govbuy.contract.domain.FundingShare;

/**
 * What contract-service publishes on {@code contract.events} (documented in
 * docs/events/contract-events.yaml); the subject of every event is the contract. The breach and
 * termination events have exactly the shape credit-service consumes (consumed-by-credit.yaml).
 */
public final class ContractEventsV1 {

    private ContractEventsV1() {
    }

    public record ContractDraftedV1(UUID contractId, UUID awardId, UUID tenderId, UUID renewalOf, String orgCode,
            String region, String supplierUscc, List<String> memberUsccs, String title, String subItemCode,
            BigDecimal amount, LocalDate serviceStartsOn, LocalDate serviceEndsOn, Instant signingDueAt, Instant draftedAt) {
        public static final String TYPE = "govbuy.contract.contract.drafted.v1";

        public static ContractDraftedV1 of(Contract c) {
            return new ContractDraftedV1(c.id, c.awardId, c.tenderId, c.renewalOf, c.orgCode, c.region, c.supplierUscc,
                    c.memberUsccs, c.title, c.subItemCode, c.amount.amount(), c.serviceStartsOn, c.serviceEndsOn,
                    c.signingDueAt, c.draftedAt);
        }
    }

    public record ContractSignedV1(UUID contractId, String orgCode, String region, String supplierUscc, BigDecimal amount,
            LocalDate serviceStartsOn, LocalDate serviceEndsOn, String purchaserSignedBy, Instant purchaserSignedAt,
            String supplierSignedBy, Instant supplierSignedAt, Instant publicationDueAt) {
        public static final String TYPE = "govbuy.contract.contract.signed.v1";

        public static ContractSignedV1 of(Contract c) {
            return new ContractSignedV1(c.id, c.orgCode, c.region, c.supplierUscc, c.amount.amount(), c.serviceStartsOn,
                    c.serviceEndsOn, c.purchaserSignedBy, c.purchaserSignedAt, c.supplierSignedBy, c.supplierSignedAt,
                    c.publicationDueAt);
        }
    }

    /** A deliverable's quantified target, for those who evaluate the service against it. */
    public record DeliverableV1(int number, String name, BigDecimal target, String unit, DeliveryPeriod per,
            BigDecimal targetForTerm) {
        public static DeliverableV1 of(Deliverable d, Contract c) {
            return new DeliverableV1(d.number, d.name, d.target, d.unit, d.per, d.targetForTerm(c));
        }
    }

    /** The contract in force: everything evaluation-service plans its evaluations from. */
    public record ContractFiledV1(UUID contractId, String orgCode, String region, int fiscalYear, String subItemCode,
            String title, String supplierUscc, String supplierName, List<String> memberUsccs, BigDecimal amount,
            LocalDate serviceStartsOn, LocalDate serviceEndsOn, List<FundingShare> fundingShares,
            List<DeliverableV1> deliverables, UUID renewalOf, Instant filedAt) {
        public static final String TYPE = "govbuy.contract.contract.filed.v1";

        public static ContractFiledV1 of(Contract c, List<Deliverable> deliverables) {
            return new ContractFiledV1(c.id, c.orgCode, c.region, c.fiscalYear, c.subItemCode, c.title, c.supplierUscc,
                    c.supplierName, c.memberUsccs, c.amount.amount(), c.serviceStartsOn, c.serviceEndsOn, c.fundingShares,
                    deliverables.stream().map(d -> DeliverableV1.of(d, c)).toList(), c.renewalOf, c.filedAt);
        }
    }

    public record ContractAmendedV1(UUID contractId, int amendment, String reason, BigDecimal amount,
            LocalDate serviceEndsOn, List<String> changedClauses, Instant filedAt) {
        public static final String TYPE = "govbuy.contract.contract.amended.v1";
    }

    public record ProgressReportedV1(UUID contractId, UUID reportId, String supplierUscc, LocalDate periodFrom,
            LocalDate periodTo, List<ReportedQuantityV1> items, Instant reportedAt) {
        public static final String TYPE = "govbuy.contract.progress.reported.v1";
    }

    public record ReportedQuantityV1(int deliverable, BigDecimal quantity) {
    }

    public record MilestoneAcceptedV1(UUID contractId, int milestone, String name, String acceptedBy, Instant acceptedAt) {
        public static final String TYPE = "govbuy.contract.milestone.accepted.v1";
    }

    public record PaymentApprovedV1(UUID contractId, UUID paymentId, int installment, BigDecimal amount,
            String approvedBy, Instant approvedAt) {
        public static final String TYPE = "govbuy.contract.payment.approved.v1";
    }

    public record FundingPartV1(FundingLevel level, BigDecimal amount) {
    }

    public record PaymentPaidV1(UUID contractId, UUID paymentId, int installment, String supplierUscc, BigDecimal amount,
            LocalDate paidOn, int fiscalYear, List<FundingPartV1> funding, BigDecimal totalPaid) {
        public static final String TYPE = "govbuy.contract.payment.paid.v1";
    }

    /** Credit-service's shape: a CONTRACT_BREACH record of this severity (SERIOUS and MAJOR debar). */
    public record ContractBreachedV1(String contractId, String supplierUscc, String severity, String description,
            LocalDate occurredOn) {
        public static final String TYPE = "govbuy.contract.contract.breached.v1";
    }

    /** Credit-service's shape: SUPPLIER_BREACH becomes a SERIOUS record; other causes none. */
    public record ContractTerminatedV1(String contractId, String supplierUscc, String cause, LocalDate terminatedOn) {
        public static final String TYPE = "govbuy.contract.contract.terminated.v1";
    }

    public record ContractCompletedV1(UUID contractId, String supplierUscc, BigDecimal amount, BigDecimal totalPaid,
            LocalDate completedOn) {
        public static final String TYPE = "govbuy.contract.contract.completed.v1";
    }
}
