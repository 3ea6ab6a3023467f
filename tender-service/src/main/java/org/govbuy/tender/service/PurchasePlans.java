package org.govbuy.tender.service;

import java.time.Clock;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.LockModeType;
import jakarta.transaction.Transactional;

import org.jboss.logging.Logger;

import org.govbuy.platform.error.NotFoundProblem;
import org.govbuy.platform.outbox.DomainEvent;
import org.govbuy.platform.outbox.Outbox;
import org.govbuy.platform.rest.PageView;
import org.govbuy.platform.rest.Paging;
import org.govbuy.tender.domain.PlanContent;
import org.govbuy.tender.domain.PlanStatus;
import org.govbuy.tender.domain.PurchasableItem;
import org.govbuy.tender.domain.PurchasePlan;
import org.govbuy.tender.messaging.TenderEventsV1.PlanApprovedV1;
import org.govbuy.tender.messaging.TenderEventsV1.PlanReturnedV1;
import org.govbuy.tender.messaging.TenderEventsV1.PlanSubmittedV1;

/**
 * Purchase plans (购买服务计划): a purchaser drafts and submits, finance of the region approves or
 * returns with reasons. What may be bought is the catalogue's to say, checked when the plan is
 * written and again when it is submitted.
 */
@ApplicationScoped
@Transactional
public class PurchasePlans {

    private static final Logger LOG = Logger.getLogger(PurchasePlans.class);

    private final PurchasableCatalogue catalogue;
    private final Outbox outbox;
    private final Clock clock;

    PurchasePlans(PurchasableCatalogue catalogue, Outbox outbox, Clock clock) {
        this.catalogue = catalogue;
        this.outbox = outbox;
        this.clock = clock;
    }

    public PurchasePlan draft(String orgCode, String region, PlanContent content, String actor) {
        PurchasableItem item = admitted(region, content);
        PurchasePlan plan = PurchasePlan.draft(orgCode, region, content, item.nameZh, actor, clock.instant());
        plan.persist();
        LOG.infof("plan %s drafted by %s for %s/%d", plan.id, orgCode, content.subItemCode(), content.fiscalYear());
        return plan;
    }

    public PurchasePlan revise(UUID id, PlanContent content) {
        PurchasePlan plan = lock(id);
        PurchasableItem item = admitted(plan.region, content);
        plan.revise(content, item.nameZh);
        return plan;
    }

    public PurchasePlan submit(UUID id, String actor) {
        PurchasePlan plan = lock(id);
        admitted(plan.region, plan.content());
        PlanSubmittedV1 event = plan.submit(actor, clock.instant());
        outbox.record(new DomainEvent(PlanSubmittedV1.TYPE, plan.id.toString(), plan.region, event));
        return plan;
    }

    public PurchasePlan approve(UUID id, String actor) {
        PurchasePlan plan = lock(id);
        PlanApprovedV1 event = plan.approve(actor, clock.instant());
        outbox.record(new DomainEvent(PlanApprovedV1.TYPE, plan.id.toString(), plan.region, event));
        LOG.infof("plan %s approved", plan.id);
        return plan;
    }

    public PurchasePlan returnWith(UUID id, String reason, String actor) {
        PurchasePlan plan = lock(id);
        PlanReturnedV1 event = plan.returnWith(reason, actor, clock.instant());
        outbox.record(new DomainEvent(PlanReturnedV1.TYPE, plan.id.toString(), plan.region, event));
        LOG.infof("plan %s returned to its department", plan.id);
        return plan;
    }

    /** The sub-item is purchasable here this year, and the plan's budget and method are justified. */
    private PurchasableItem admitted(String region, PlanContent content) {
        PurchasableItem item = catalogue.requirePurchasable("subItemCode", region, content.fiscalYear(),
                content.subItemCode());
        content.requireJustified(item.referencePriceMin, item.referencePriceMax);
        return item;
    }

    @Transactional(Transactional.TxType.SUPPORTS)
    public PurchasePlan require(UUID id) {
        return PurchasePlan.<PurchasePlan>findByIdOptional(id)
                .orElseThrow(() -> new NotFoundProblem("no purchase plan " + id));
    }

    /** Locks the plan for a change (its events are numbered in order). */
    PurchasePlan lock(UUID id) {
        return PurchasePlan.<PurchasePlan>findByIdOptional(id, LockModeType.PESSIMISTIC_WRITE)
                .orElseThrow(() -> new NotFoundProblem("no purchase plan " + id));
    }

    /** An organisation's plans, newest first. */
    @Transactional(Transactional.TxType.SUPPORTS)
    public PageView<PurchasePlan> ofOrganisation(String orgCode, PlanStatus status, Paging paging) {
        return page("orgCode = ?1" + (status == null ? "" : " and status = ?2"), paging, orgCode, status);
    }

    /** The plans of regions within {@code regionPrefix} (a jurisdiction), newest first. */
    @Transactional(Transactional.TxType.SUPPORTS)
    public PageView<PurchasePlan> ofJurisdiction(String regionPrefix, PlanStatus status, Paging paging) {
        return page("region like ?1" + (status == null ? "" : " and status = ?2"), paging, regionPrefix + "%", status);
    }

    private static PageView<PurchasePlan> page(String where, Paging paging, Object first, PlanStatus status) {
        Object[] params = status == null ? new Object[] { first } : new Object[] { first, status };
        return PageView.of(PurchasePlan.<PurchasePlan>find(where + " order by createdAt desc, id", params), paging);
    }
}
