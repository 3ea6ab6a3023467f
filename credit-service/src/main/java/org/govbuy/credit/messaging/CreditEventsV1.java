package org.govbuy.credit.messaging;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

import org.govbuy.credit.domain.CreditLevel;
import org.govbuy.credit.domain.CreditRecordKind;
import org.govbuy.credit.domain.DisclosureObligation;
import org.govbuy.credit.domain.RatingLevel;
import org.govbuy.credit.domain.RecordSource;
import org.govbuy.credit.domain.Severity;

/**
 * Payloads of credit-service's events after registration (schemas: docs/events/credit-events.yaml).
 * Each carries the supplier's full {@link SupplierStandingV1}. Evidence and internal notes are
 * never published.
 */
public final class CreditEventsV1 {

    private CreditEventsV1() {
    }

    public record SupplierUpdatedV1(String uscc, List<String> changedFields, SupplierStandingV1 standing) {
        public static final String TYPE = "govbuy.credit.supplier.updated.v1";
    }

    public record SupplierDeregisteredV1(String uscc, LocalDate deregisteredOn, SupplierStandingV1 standing) {
        public static final String TYPE = "govbuy.credit.supplier.deregistered.v1";
    }

    public record RatingChangedV1(String uscc, RatingLevel previousLevel, RatingLevel level, LocalDate ratedOn,
            String authority, SupplierStandingV1 standing) {
        public static final String TYPE = "govbuy.credit.supplier.rating-changed.v1";
    }

    /**
     * The supplier is notified that it is to be debarred for a record (告知) and may state its case
     * until {@code statementDeadline}; the debarment would run until {@code wouldEndOn}.
     */
    public record DebarmentProposedV1(String uscc, UUID noticeId, UUID recordId, LocalDate notifiedOn,
            LocalDate statementDeadline, LocalDate wouldEndOn, SupplierStandingV1 standing) {
        public static final String TYPE = "govbuy.credit.supplier.debarment-proposed.v1";
    }

    /**
     * A disclosure deadline is near: {@code daysLeft} calendar days to {@code dueOn}. For a
     * messaging system to remind the organisation; nothing changes in the standing.
     */
    public record DisclosureReminderV1(String uscc, UUID obligationId, DisclosureObligation.Kind kind, String subject,
            LocalDate dueOn, long daysLeft, SupplierStandingV1 standing) {
        public static final String TYPE = "govbuy.credit.disclosure.reminder-due.v1";
    }

    /** The organisation is notified that it is to be abnormal-listed and may state its case until the deadline. */
    public record AbnormalListingProposedV1(String uscc, UUID listingId, LocalDate notifiedOn,
            LocalDate statementDeadline, String reason, SupplierStandingV1 standing) {
        public static final String TYPE = "govbuy.credit.supplier.abnormal-listing-proposed.v1";
    }

    public record AbnormalListedV1(String uscc, UUID listingId, LocalDate listedOn, String reason,
            SupplierStandingV1 standing) {
        public static final String TYPE = "govbuy.credit.supplier.abnormal-listed.v1";
    }

    public record AbnormalClearedV1(String uscc, UUID listingId, LocalDate clearedOn, SupplierStandingV1 standing) {
        public static final String TYPE = "govbuy.credit.supplier.abnormal-cleared.v1";
    }

    public record CreditRecordAddedV1(String uscc, UUID recordId, CreditRecordKind kind, Severity severity,
            boolean positive, RecordSource source, LocalDate occurredOn, LocalDate countsUntil,
            SupplierStandingV1 standing) {
        public static final String TYPE = "govbuy.credit.credit-record.added.v1";
    }

    /** A record was corrected (severity or dates); the standing after it. */
    public record CreditRecordCorrectedV1(String uscc, UUID recordId, CreditRecordKind kind, Severity severity,
            boolean positive, LocalDate occurredOn, LocalDate decidedOn, LocalDate countsUntil,
            SupplierStandingV1 standing) {
        public static final String TYPE = "govbuy.credit.credit-record.corrected.v1";
    }

    public record CreditRecordRevokedV1(String uscc, UUID recordId, SupplierStandingV1 standing) {
        public static final String TYPE = "govbuy.credit.credit-record.revoked.v1";
    }

    public record CreditLevelChangedV1(String uscc, CreditLevel previousLevel, CreditLevel level, BigDecimal score,
            String policyVersion, LocalDate asOf, SupplierStandingV1 standing) {
        public static final String TYPE = "govbuy.credit.credit-level.changed.v1";
    }

    public record SupplierDebarredV1(String uscc, UUID debarmentId, LocalDate startsOn, LocalDate endsOn,
            String reason, String affiliateOf, SupplierStandingV1 standing) {
        public static final String TYPE = "govbuy.credit.supplier.debarred.v1";
    }

    public record SupplierReinstatedV1(String uscc, UUID debarmentId, LocalDate reinstatedOn, boolean byDecision,
            SupplierStandingV1 standing) {
        public static final String TYPE = "govbuy.credit.supplier.reinstated.v1";
    }
}
