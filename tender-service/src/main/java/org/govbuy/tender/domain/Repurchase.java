package org.govbuy.tender.domain;

import java.util.List;
import java.util.UUID;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;

import org.govbuy.platform.error.IllegalTransitionException;
import org.govbuy.platform.error.UnprocessableRequest;

/**
 * A tender that buys a failed lot again (重新采购, ADR 38): which tender and lot it stands in for, and a
 * switch of procurement method that waits for finance's approval before the tender is announced.
 * Empty (all null) on a tender made from a plan directly.
 */
@Embeddable
public class Repurchase {

    /** The tender whose failed lot this one buys again, and that lot's number. */
    @Column(name = "re_tender_of")
    public UUID originalTender;

    @Column(name = "re_tender_lot")
    public Integer originalLot;

    /** A switch of procurement method: PENDING until finance approves it, then APPROVED. */
    @Column(name = "method_change")
    public String methodChange;

    @Column(name = "method_change_reason")
    public String methodChangeReason;

    @Column(name = "method_change_decided_by")
    public String methodChangeDecidedBy;

    /**
     * A new draft that buys the failed lot of {@code failed} again, copying its terms (times to be
     * revised before announcing). Switching the method needs a reason and finance's approval.
     */
    public static Tender draft(Tender failed, PurchasePlan plan, int lotNumber, ProcurementMethod newMethod,
            List<String> named, String newSingleSourceReason, String reason, String actor, java.time.Instant now,
            TenderRules rules) {
        Lot lot = failed.lot(lotNumber);
        if (lot == null || lot.status != Lot.Status.FAILED) {
            throw new IllegalTransitionException("only a failed lot is re-tendered; lot " + lotNumber + " is "
                    + (lot == null ? "unknown" : lot.status));
        }
        ProcurementMethod method = newMethod == null ? failed.method : newMethod;
        boolean switched = method != failed.method;
        if (switched && (reason == null || reason.isBlank())) {
            throw new UnprocessableRequest("reason", "switching from " + failed.method + " to " + method
                    + " states why (finance approves it)");
        }
        Tender again = Tender.draft(plan, method, failed.terms(), List.of(new Tender.LotDraft(lot.title, lot.budget)),
                newMethod == null ? failed.namedSuppliers : named,
                newMethod == null ? failed.singleSourceReason : newSingleSourceReason, actor, now, rules);
        again.repurchase = new Repurchase();
        again.repurchase.originalTender = failed.id;
        again.repurchase.originalLot = lotNumber;
        if (switched) {
            again.repurchase.methodChange = "PENDING";
            again.repurchase.methodChangeReason = reason;
        }
        return again;
    }

    /** Finance approves the switch of procurement method. */
    public void approveMethodChange(UUID tenderId, String by) {
        if (!awaitsApproval()) {
            throw new IllegalTransitionException("tender " + tenderId + " has no switch of method awaiting approval");
        }
        methodChange = "APPROVED";
        methodChangeDecidedBy = by;
    }

    public boolean awaitsApproval() {
        return "PENDING".equals(methodChange);
    }
}
