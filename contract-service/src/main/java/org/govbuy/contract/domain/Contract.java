package org.govbuy.contract.domain;

import java.time.Instant;
import java.time.LocalDate;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import org.hibernate.annotations.JdbcTypeCode;
import org.hibernate.type.SqlTypes;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;

import org.govbuy.platform.error.IllegalTransitionException;
import org.govbuy.platform.error.UnprocessableRequest;

/**
 * A purchase contract (购买服务合同) between the purchasing department and the supplier chosen by the
 * award: its parties, terms and clauses, its funding shares, and where it stands ({@link ContractStatus}).
 * The draft is the award's terms; the purchaser completes it (schedule, deliverables, funding) while
 * nobody has signed; once signed it changes only by amendment.
 */
@Entity
@Table(name = "contract")
public class Contract extends PanacheEntityBase {

    @Id
    public UUID id;

    public UUID awardId;
    public String awardEventId;
    /** 续签: the earlier contract this one renews, by single source. */
    public UUID renewalOf;
    public UUID tenderId;
    public UUID lotId;
    @Column(name = "lot_no")
    public Integer lot;
    public String noticeNumber;
    public String method;
    public String title;
    public String orgCode;
    public String region;
    public int fiscalYear;
    public String subItemCode;
    public String supplierUscc;
    public String supplierName;

    @JdbcTypeCode(SqlTypes.JSON)
    @Column(columnDefinition = "jsonb")
    public List<String> memberUsccs;

    public Money amount;
    public Money originalAmount;
    public LocalDate serviceStartsOn;
    public LocalDate serviceEndsOn;
    public LocalDate awardEndsOn;
    public boolean stableService;

    @JdbcTypeCode(SqlTypes.JSON)
    @Column(columnDefinition = "jsonb")
    public Map<Clause, String> clauses;

    @JdbcTypeCode(SqlTypes.JSON)
    @Column(columnDefinition = "jsonb")
    public List<FundingShare> fundingShares;

    @Enumerated(EnumType.STRING)
    public ContractStatus status;

    public Instant draftedAt;
    public Instant signingDueAt;
    public String purchaserSignedBy;
    public Instant purchaserSignedAt;
    public String supplierSignedBy;
    public Instant supplierSignedAt;
    public String filingSubmittedBy;
    public Instant filingSubmittedAt;
    public String filingReturnedReason;
    public String filedBy;
    public Instant filedAt;
    public Instant publicationDueAt;
    public Instant publishedAt;
    public String supplierBankAccount;
    public String internalNote;
    public Instant endedAt;
    public String endReason;
    @Enumerated(EnumType.STRING)
    public TerminationCause terminationCause;

    /** The draft of a final award's contract; signing is due {@code rules.signingPeriod()} after the award. */
    public static Contract draft(AwardTerms award, ContractRules rules, Instant now) {
        Contract c = new Contract();
        c.id = UUID.randomUUID();
        c.awardId = award.awardId();
        c.tenderId = award.tenderId();
        c.lotId = award.lotId();
        c.lot = award.lot();
        c.noticeNumber = award.noticeNumber();
        c.method = award.method();
        c.title = award.title();
        c.orgCode = award.orgCode();
        c.region = award.region();
        c.fiscalYear = award.fiscalYear();
        c.subItemCode = award.subItemCode();
        c.supplierUscc = award.supplierUscc();
        c.supplierName = award.supplierName();
        c.memberUsccs = award.memberUsccs() == null ? List.of() : List.copyOf(award.memberUsccs());
        c.amount = award.amount();
        c.originalAmount = award.amount();
        c.serviceStartsOn = award.serviceStartsOn();
        c.serviceEndsOn = award.serviceEndsOn();
        c.awardEndsOn = award.serviceEndsOn();
        c.stableService = award.stableService();
        c.clauses = defaultClauses(award);
        c.fundingShares = List.of(new FundingShare(levelOf(award.region()), java.math.BigDecimal.ONE));
        c.status = ContractStatus.DRAFT;
        c.draftedAt = now;
        c.signingDueAt = award.awardedAt().plus(rules.signingPeriod());
        return c;
    }

    /** A division code names its level: ..0000 a province, ..00 a prefecture, else a county or district. */
    static FundingLevel levelOf(String region) {
        return region.endsWith("0000") ? FundingLevel.PROVINCE
                : region.endsWith("00") ? FundingLevel.PREFECTURE : FundingLevel.COUNTY;
    }

    private static Map<Clause, String> defaultClauses(AwardTerms a) {
        Map<Clause, String> clauses = new EnumMap<>(Clause.class);
        clauses.put(Clause.SUBJECT, a.title());
        clauses.put(Clause.SCOPE, a.content() == null ? a.title() : a.content());
        clauses.put(Clause.QUANTITY, a.quantity() == null ? "" : a.quantity().stripTrailingZeros().toPlainString()
                + (a.unit() == null ? "" : " " + a.unit()));
        clauses.put(Clause.QUALITY, a.performanceStandards() == null ? "" : a.performanceStandards());
        clauses.put(Clause.TERM, a.serviceStartsOn() + " – " + a.serviceEndsOn());
        clauses.put(Clause.PAYMENT, a.paymentTerms() == null ? "" : a.paymentTerms());
        clauses.put(Clause.RIGHTS_AND_OBLIGATIONS, Clause.RIGHTS_TEXT);
        clauses.put(Clause.LIABILITY_FOR_BREACH, Clause.LIABILITY_TEXT);
        clauses.put(Clause.NO_SUBCONTRACTING, Clause.NO_SUBCONTRACTING_TEXT);
        return clauses;
    }

    public boolean isSignedBy(Party party) {
        return (party == Party.PURCHASER ? purchaserSignedAt : supplierSignedAt) != null;
    }

    /** The terms can still be edited: a draft nobody has signed. */
    public void requireEditableDraft() {
        if (status != ContractStatus.DRAFT || purchaserSignedAt != null || supplierSignedAt != null) {
            throw new IllegalTransitionException("contract " + id + " is " + describe()
                    + ": once a party has signed, its terms change only by amendment");
        }
    }

    /** Changes the service's end within what the award allows and the term limit. */
    public void shortenTerm(LocalDate endsOn, ContractRules rules) {
        requireEditableDraft();
        if (endsOn.isBefore(serviceStartsOn) || endsOn.isAfter(awardEndsOn)) {
            throw new UnprocessableRequest("serviceEndsOn", "the term ends between its start " + serviceStartsOn
                    + " and the awarded end " + awardEndsOn);
        }
        rules.requireTermWithinLimit(serviceStartsOn, endsOn, stableService, "serviceEndsOn");
        serviceEndsOn = endsOn;
        clauses.put(Clause.TERM, serviceStartsOn + " – " + serviceEndsOn);
    }

    /** Sets clause texts; the clause list is fixed, and none may be left blank. */
    public void reword(Map<Clause, String> changes) {
        requireEditableDraft();
        requireNoneBlank(changes, "clauses");
        clauses.putAll(changes);
    }

    /** Refuses a blank required clause (422 naming {@code field}.CLAUSE). */
    public static void requireNoneBlank(Map<Clause, String> changes, String field) {
        changes.forEach((clause, text) -> {
            if (text == null || text.isBlank()) {
                throw new UnprocessableRequest(field + "." + clause, "a contract states every required clause; "
                        + clause + " cannot be blank");
            }
        });
    }

    /**
     * What must hold before anyone signs: every required clause stated (including 严禁转包) and the
     * term within the limit.
     */
    public void requireSignable(ContractRules rules) {
        for (Clause clause : Clause.values()) {
            String text = clauses.get(clause);
            if (text == null || text.isBlank()) {
                throw new UnprocessableRequest("clauses." + clause, "a contract states every required clause (seed 000 §八.(三)); "
                        + clause + " is blank");
            }
        }
        rules.requireTermWithinLimit(serviceStartsOn, serviceEndsOn, stableService, "serviceEndsOn");
    }

    /** One party signs; both having signed, the contract is SIGNED. Returns whether that completed the signing. */
    public boolean sign(Party party, String who, Instant now) {
        if (status != ContractStatus.DRAFT) {
            throw new IllegalTransitionException("contract " + id + " is " + describe() + "; only a draft is signed");
        }
        if (isSignedBy(party)) {
            throw new IllegalTransitionException("the " + party.name().toLowerCase() + " has already signed contract " + id);
        }
        if (party == Party.PURCHASER) {
            purchaserSignedBy = who;
            purchaserSignedAt = now;
        } else {
            supplierSignedBy = who;
            supplierSignedAt = now;
        }
        if (isSignedBy(Party.PURCHASER) && isSignedBy(Party.SUPPLIER)) {
            status = ContractStatus.SIGNED;
            return true;
        }
        return false;
    }

    /** 备案: the purchaser files the signed contract with finance. */
    public void submitFiling(String who, Instant now) {
        if (status != ContractStatus.SIGNED) {
            throw new IllegalTransitionException("contract " + id + " is " + describe()
                    + "; only a contract signed by both parties is filed");
        }
        status = ContractStatus.FILING;
        filingSubmittedBy = who;
        filingSubmittedAt = now;
        filingReturnedReason = null;
    }

    /** Finance sends the filing back with its reasons; the purchaser files again. */
    public void returnFiling(String reason) {
        requireFiling();
        status = ContractStatus.SIGNED;
        filingReturnedReason = reason;
    }

    /** Finance confirms the filing: the contract is in force. */
    public void confirmFiling(String who, Instant now) {
        requireFiling();
        status = ContractStatus.ACTIVE;
        filedBy = who;
        filedAt = now;
    }

    private void requireFiling() {
        if (status != ContractStatus.FILING) {
            throw new IllegalTransitionException("contract " + id + " is " + describe() + "; it has not been submitted for filing");
        }
    }

    public void requireActive(String forWhat) {
        if (status != ContractStatus.ACTIVE) {
            throw new IllegalTransitionException("contract " + id + " is " + describe() + "; " + forWhat
                    + " only while it is active (signed and filed)");
        }
    }

    public void terminate(TerminationCause cause, String reason, Instant now) {
        if (status != ContractStatus.SIGNED && status != ContractStatus.FILING && status != ContractStatus.ACTIVE) {
            throw new IllegalTransitionException("contract " + id + " is " + describe() + "; only a signed contract is terminated");
        }
        status = ContractStatus.TERMINATED;
        terminationCause = cause;
        endReason = reason;
        endedAt = now;
    }

    public void complete(Instant now) {
        requireActive("it is completed");
        status = ContractStatus.COMPLETED;
        endedAt = now;
    }

    public boolean signingOverdue(Instant now) {
        return status == ContractStatus.DRAFT && now.isAfter(signingDueAt);
    }

    /** Every organisation on the supplier's side: the lead (or sole supplier) and a consortium's members. */
    public List<String> supplierParties() {
        return java.util.stream.Stream.concat(java.util.stream.Stream.of(supplierUscc), memberUsccs.stream()).toList();
    }

    private String describe() {
        return status.name();
    }
}
