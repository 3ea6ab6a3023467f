package org.govbuy.contract.rest;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;

import jakarta.validation.Valid;
import jakarta.validation.constraints.Digits;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Positive;
import jakarta.validation.constraints.PositiveOrZero;
import jakarta.validation.constraints.Size;

import org.govbuy.contract.domain.Clause;
import org.govbuy.contract.domain.FundingShare;
import org.govbuy.contract.domain.InstallmentTerms;
import org.govbuy.contract.domain.ProgressReport;
import org.govbuy.contract.domain.Severity;
import org.govbuy.contract.domain.TerminationCause;
import org.govbuy.contract.service.ContractDrafts;

/** Request bodies of contract-service. Amounts are CNY with at most two decimals. */
public final class ContractRequests {

    private ContractRequests() {
    }

    /** The purchaser's completion of a draft; each field optional, applied together. */
    public record DraftChanges(@Size(max = 9) Map<Clause, @Size(max = 8000) String> clauses, LocalDate serviceEndsOn,
            @Size(max = 4) List<FundingShare> fundingShares,
            @Size(max = 50) List<@Valid Deliverable> deliverables,
            @Size(max = 50) List<@Valid Milestone> milestones,
            @Size(max = 50) List<InstallmentTerms> installments,
            @Size(max = 4000) String internalNote) {

        ContractDrafts.DraftChanges toChanges() {
            return new ContractDrafts.DraftChanges(clauses, serviceEndsOn, fundingShares,
                    deliverables == null ? null : deliverables.stream().map(d -> new ContractDrafts.DeliverableTerms(d.name(),
                            d.target(), d.unit(), d.per())).toList(),
                    milestones == null ? null : milestones.stream().map(m -> new ContractDrafts.MilestoneTerms(m.name(),
                            m.dueOn())).toList(),
                    installments, internalNote);
        }
    }

    public record Deliverable(@NotBlank @Size(max = 500) String name, @NotNull BigDecimal target,
            @NotBlank @Size(max = 60) String unit, org.govbuy.contract.domain.DeliveryPeriod per) {
    }

    public record Milestone(@NotBlank @Size(max = 500) String name, @NotNull LocalDate dueOn) {
    }

    public record BankAccount(@NotBlank @Size(max = 200) String account) {
    }

    public record Reason(@NotBlank @Size(max = 2000) String reason) {
    }

    public record Renewal(@NotNull LocalDate serviceStartsOn, @NotNull LocalDate serviceEndsOn,
            @NotNull @Positive @Digits(integer = 16, fraction = 2) BigDecimal amount) {
    }

    public record Breach(@NotNull Severity severity, @NotBlank @Size(max = 4000) String description,
            @NotNull LocalDate occurredOn) {
    }

    public record Termination(@NotNull TerminationCause cause, @NotBlank @Size(max = 2000) String reason) {
    }

    public record ProgressReportRequest(@NotNull LocalDate periodFrom, @NotNull LocalDate periodTo,
            @Size(max = 8000) String narrative, @NotNull @Size(min = 1, max = 50) List<@Valid Item> items) {

        List<ProgressReport.Item> toItems() {
            return items.stream().map(i -> new ProgressReport.Item(i.deliverable(), i.quantity(),
                    i.evidence() == null ? List.of() : i.evidence())).toList();
        }
    }

    public record Item(@NotNull Integer deliverable,
            @NotNull @PositiveOrZero @Digits(integer = 12, fraction = 2) BigDecimal quantity,
            @Size(max = 20) List<@NotBlank @Size(max = 500) String> evidence) {
    }

    public record MilestoneSubmission(@NotNull @Size(min = 1, max = 20) List<@NotBlank @Size(max = 500) String> evidence) {
    }

    public record Decision(@NotNull Boolean accepted, @Size(max = 2000) String reason) {
    }

    public record PaymentRequest(@NotNull @Positive Integer installment,
            @NotNull @Positive @Digits(integer = 16, fraction = 2) BigDecimal amount) {
    }

    public record PaymentDecision(@NotNull Boolean approved, @Size(max = 2000) String reason) {
    }

    public record Paid(@NotNull LocalDate paidOn) {
    }

    public record AmendmentProposal(@NotBlank @Size(max = 2000) String reason,
            @Positive @Digits(integer = 16, fraction = 2) BigDecimal newAmount, LocalDate newEndsOn,
            @Size(max = 9) Map<Clause, @Size(max = 8000) String> clauseChanges,
            @Size(max = 50) List<InstallmentTerms> installments) {
    }
}
