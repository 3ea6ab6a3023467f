package org.govbuy.credit.rest;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Comparator;
import java.util.List;
import java.util.UUID;
import java.util.function.Function;

import org.govbuy.credit.domain.AbnormalListing;
import org.govbuy.credit.domain.Affiliation;
import org.govbuy.credit.domain.AnnualInspection;
import org.govbuy.credit.domain.ComplianceKind;
import org.govbuy.credit.domain.ComplianceRecord;
import org.govbuy.credit.domain.CreditLevel;
import org.govbuy.credit.domain.CreditRecord;
import org.govbuy.credit.domain.CreditRecordAmendment;
import org.govbuy.credit.domain.CreditRecordKind;
import org.govbuy.credit.domain.CreditRecordStatus;
import org.govbuy.credit.domain.CreditScore;
import org.govbuy.credit.domain.Debarment;
import org.govbuy.credit.domain.DisclosureObligation;
import org.govbuy.credit.domain.Hearing;
import org.govbuy.credit.domain.InspectionResult;
import org.govbuy.credit.domain.RecordSource;
import org.govbuy.credit.domain.Severity;
import org.govbuy.credit.domain.SupplierChange;
import org.govbuy.credit.service.CreditReports;

/** Response bodies for authenticated readers of credit data (public views are separate). */
public final class CreditViews {

    private CreditViews() {
    }

    public record CreditRecordView(UUID id, String uscc, CreditRecordKind kind, Severity severity, boolean positive,
            RecordSource source, String evidenceReference, String reason, LocalDate occurredOn, LocalDate decidedOn,
            LocalDate countsUntil, String enteredBy, Instant enteredAt, CreditRecordStatus status, List<AmendmentView> trail) {
        static CreditRecordView of(CreditRecord r, List<CreditRecordAmendment> trail) {
            return new CreditRecordView(r.id, r.uscc, r.kind, r.severity, r.positive, r.source, r.evidenceReference,
                    r.reason, r.occurredOn, r.decidedOn, r.countsUntil, r.enteredBy, r.enteredAt, r.status,
                    trail.stream().map(AmendmentView::of).toList());
        }
    }

    public record AmendmentView(CreditRecordAmendment.Action action, String reason, String evidenceReference,
            String by, Instant at, String previousValues) {
        static AmendmentView of(CreditRecordAmendment a) {
            return new AmendmentView(a.action, a.reason, a.evidenceReference, a.amendedBy, a.amendedAt,
                    a.previousValues);
        }
    }

    /**
     * The score with its whole sum: {@code base} plus the {@code contributions} is {@code total};
     * {@code score} is the total kept between 0 and 100 ({@code clamped} when that changed it). The
     * policy's parameters are at /api/v1/public/credit-policies/{policyVersion}.
     */
    public record ScoreView(LocalDate asOf, BigDecimal score, CreditLevel level, String policyVersion,
            BigDecimal base, List<CreditScore.Contribution> contributions, BigDecimal total, boolean clamped) {
        static ScoreView of(CreditScore s) {
            return new ScoreView(s.asOf(), s.score(), s.level(), s.policyVersion(), s.base(), s.contributions(),
                    s.total(), s.clamped());
        }
    }

    public record DebarmentView(UUID id, String uscc, LocalDate startsOn, LocalDate endsOn, LocalDate effectiveEnd,
            String reason, UUID recordId, String affiliateOf, LocalDate reinstatedOn, String reinstatementReason) {
        static DebarmentView of(Debarment d) {
            return new DebarmentView(d.id, d.uscc, d.startsOn, d.endsOn, d.effectiveEnd(), d.reason, d.recordId,
                    d.affiliateOf, d.reinstatedOn, d.reinstatementReason);
        }
    }

    public record ListingView(UUID id, AbnormalListing.Status status, LocalDate notifiedOn, LocalDate statementDeadline,
            String statement, LocalDate listedOn, String reason, LocalDate clearedOn, String clearReason,
            String decidedBy, String repairStatement, String repairEvidence, Instant repairRequestedAt,
            String repairRejection) {
        static ListingView of(AbnormalListing l) {
            Hearing h = l.hearing();
            return new ListingView(l.id, l.status, h.notifiedOn, h.statementDeadline, h.statement, l.listedOn,
                    l.reason, l.clearedOn, l.clearReason, l.decidedBy, l.repairStatement, l.repairEvidence,
                    l.repairRequestedAt, l.repairRejection);
        }
    }

    public record InspectionView(int year, InspectionResult result, LocalDate concludedOn, Instant recordedAt) {
        static InspectionView of(AnnualInspection i) {
            return new InspectionView(i.year, i.result, i.concludedOn, i.recordedAt);
        }
    }

    public record ComplianceView(UUID id, ComplianceKind kind, boolean inGoodStanding, LocalDate asOf,
            String evidenceReference) {
        static ComplianceView of(ComplianceRecord c) {
            return new ComplianceView(c.id, c.kind, c.inGoodStanding, c.asOf, c.evidenceReference);
        }
    }

    public record AffiliateView(String affiliateUscc, Affiliation.Relation relation, Instant recordedAt) {
        static AffiliateView of(Affiliation a) {
            return new AffiliateView(a.affiliateUscc, a.relation, a.recordedAt);
        }
    }

    public record ChangeView(String field, String oldValue, String newValue, String changedBy, Instant changedAt) {
        static ChangeView of(SupplierChange c) {
            return new ChangeView(c.field, c.oldValue, c.newValue, c.changedBy, c.changedAt);
        }
    }

    /** {@code metLate}: whether the publication came after the due day; null while nothing is published. */
    public record ObligationView(UUID id, DisclosureObligation.Kind kind, String subject, LocalDate dueOn,
            LocalDate fulfilledOn, Instant publishedAt, String publishedWhere, Instant recordedAt, Boolean metLate,
            LocalDate noticeIssuedOn, LocalDate correctionDeadline) {
        static ObligationView of(DisclosureObligation o) {
            return new ObligationView(o.id, o.kind, o.subject, o.dueOn, o.fulfilledOn, o.publishedAt,
                    o.publishedWhere, o.recordedAt, o.isFulfilled() ? o.metLate() : null, o.noticeIssuedOn,
                    o.correctionDeadline);
        }
    }

    /** The full credit report (信用报告) of a supplier. */
    public record CreditReportView(SupplierView supplier, ScoreView score, List<CreditRecordView> records,
            List<DebarmentView> debarments, List<ListingView> abnormalListings, List<InspectionView> inspections,
            List<ComplianceView> compliance) {
        static CreditReportView of(CreditReports.FullReport report, SupplierVisibility visibility,
                Function<CreditRecord, List<CreditRecordAmendment>> trails) {
            var facts = report.facts();
            return new CreditReportView(SupplierView.of(report.supplier(), visibility), ScoreView.of(report.score()),
                    facts.records().stream().map(r -> CreditRecordView.of(r, trails.apply(r))).toList(),
                    facts.debarments().stream().map(DebarmentView::of).toList(),
                    facts.listings().stream().map(ListingView::of).toList(),
                    facts.inspections().stream().sorted(Comparator.comparingInt(i -> i.year))
                            .map(InspectionView::of).toList(),
                    facts.compliance().stream().sorted(Comparator.comparing(c -> c.asOf))
                            .map(ComplianceView::of).toList());
        }
    }
}
