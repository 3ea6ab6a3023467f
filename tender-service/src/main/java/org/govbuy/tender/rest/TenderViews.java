package org.govbuy.tender.rest;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;
import java.util.UUID;

import org.govbuy.tender.domain.Amendment;
import org.govbuy.tender.domain.Bid;
import org.govbuy.tender.domain.BidReceipt;
import org.govbuy.tender.domain.Clarification;
import org.govbuy.tender.domain.Objection;
import org.govbuy.tender.domain.Tender;
import org.govbuy.tender.messaging.TenderEventsV1.AnnouncementV1;
import org.govbuy.tender.messaging.TenderEventsV1.LotOpeningV1;

/** Response bodies of the tender APIs. */
public final class TenderViews {

    private TenderViews() {
    }

    /** A tender as its purchaser, finance and auditors see it: the announcement and what is not published. */
    public record TenderView(AnnouncementV1 announcement, List<String> invitedSuppliers, Instant createdAt,
            Instant cancelledAt, String cancellationReason, Instant openedAt, UUID reTenderOf, Integer reTenderLot,
            String methodChange, String methodChangeReason) {
        static TenderView of(Tender t, AnnouncementV1 announcement) {
            return new TenderView(announcement, t.method == org.govbuy.tender.domain.ProcurementMethod.INVITED_TENDER
                    ? t.namedSuppliers : List.of(), t.createdAt, t.cancelledAt, t.cancellationReason, t.openedAt,
                    t.repurchase == null ? null : t.repurchase.originalTender, t.repurchase == null ? null : t.repurchase.originalLot,
                    t.repurchase == null ? null : t.repurchase.methodChange,
                    t.repurchase == null ? null : t.repurchase.methodChangeReason);
        }
    }

    public record AmendmentView(int amendment, String description, Instant bidDeadline, Instant openingAt,
            boolean deadlinePushedOut, Instant publishedAt) {
        static AmendmentView of(Amendment a) {
            return new AmendmentView(a.number, a.description, a.bidDeadline, a.openingAt, a.deadlinePushed, a.publishedAt);
        }
    }

    /** A question and its answer: never who asked. */
    public record ClarificationView(UUID id, String question, Instant askedAt, String answer, Instant answeredAt) {
        static ClarificationView of(Clarification c) {
            return new ClarificationView(c.id, c.question, c.askedAt, c.answer, c.answeredAt);
        }
    }

    public record ObjectionView(UUID id, String grounds, Instant filedAt, String answer, Instant answeredAt) {
        static ObjectionView of(Objection o) {
            return new ObjectionView(o.id, o.grounds, o.filedAt, o.answer, o.answeredAt);
        }
    }

    /**
     * What the public sees of a tender: the announcement as amended, every amendment, the answered
     * questions and objections, a cancellation's reason and — only once opened — the opening record.
     * Before the opening it shows neither who bid nor how many.
     */
    public record PublicTenderView(AnnouncementV1 announcement, List<AmendmentView> amendments,
            List<ClarificationView> clarifications, List<ObjectionView> objections, Instant cancelledAt,
            String cancellationReason, OpeningRecordView opening) {
    }

    public record OpeningRecordView(Instant openedAt, List<LotOpeningV1> lots) {
    }

    /** A supplier's own bid: its receipt and state, and once opened its outcome. Never its content before. */
    public record OwnBidView(UUID bidId, UUID tenderId, int lot, String leadUscc, List<String> members,
            Bid.Status status, Instant receivedAt, Instant endedAt, BidReceipt receipt,
            List<org.govbuy.tender.domain.BidDocument.Listing> documents, BigDecimal openedPrice, List<String> openingReasons) {
        static OwnBidView of(Bid b) {
            return new OwnBidView(b.id, b.tenderId, b.lot, b.leadUscc, b.members, b.status, b.receivedAt, b.endedAt,
                    b.receipt(), org.govbuy.tender.domain.BidDocument.<org.govbuy.tender.domain.BidDocument>list(
                            "bidId = ?1 order by name", b.id).stream().map(d -> d.listing()).toList(),
                    b.openedPrice == null ? null : b.openedPrice.amount(), b.openingReasons);
        }
    }

    /** The key that verifies receipts and how to verify one. */
    public record ReceiptKeyView(String keyId, String algorithm, String publicKey, String signedText) {
    }
}
