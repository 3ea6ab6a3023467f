package org.govbuy.evaluation.service;

import java.math.BigDecimal;
import java.time.Clock;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.LockModeType;
import jakarta.transaction.Transactional;

import org.jboss.logging.Logger;

import org.govbuy.evaluation.domain.ContractRecord;
import org.govbuy.evaluation.domain.Evaluation;
import org.govbuy.evaluation.domain.EvaluationPlan;
import org.govbuy.evaluation.domain.EvaluationRules;
import org.govbuy.evaluation.domain.EvaluationStatus;
import org.govbuy.evaluation.domain.EvaluationType;
import org.govbuy.evaluation.domain.IndicatorTemplate;
import org.govbuy.evaluation.domain.QuantityAchievement;
import org.govbuy.evaluation.messaging.ContractEventsV1.ContractFiledV1;
import org.govbuy.evaluation.messaging.ContractEventsV1.ProgressReportedV1;
import org.govbuy.evaluation.messaging.ContractEventsV1.ReportedQuantityV1;
import org.govbuy.platform.error.IllegalTransitionException;
import org.govbuy.platform.inbox.IncomingEvent;
import org.govbuy.platform.inbox.PoisonMessageException;

/**
 * Contracts as evaluation-service follows them: a filed contract gets its plan (the default
 * template, its weights) and its mid-term evaluation at half the term and final one at the end,
 * each on the durable scheduler; progress reports add to what was delivered; a contract that ends
 * early has its evaluations that have not opened cancelled.
 */
@ApplicationScoped
@Transactional
public class ContractPlans {

    private static final Logger LOG = Logger.getLogger(ContractPlans.class);
    static final String SYSTEM = "evaluation-service";

    private final Evaluations evaluations;
    private final Templates templates;
    private final EvaluationRules rules;
    private final Clock clock;

    ContractPlans(Evaluations evaluations, Templates templates, EvaluationRules rules, Clock clock) {
        this.evaluations = evaluations;
        this.templates = templates;
        this.rules = rules;
        this.clock = clock;
    }

    /** Plans a filed contract once, however often its event arrives. */
    public void plan(ContractFiledV1 filed) {
        if (ContractRecord.findById(filed.contractId()) != null) {
            return;
        }
        IndicatorTemplate template = templates.latest(rules.defaultTemplate());
        ContractRecord c = new ContractRecord();
        c.contractId = filed.contractId();
        c.orgCode = filed.orgCode();
        c.region = filed.region();
        c.title = filed.title();
        c.subItemCode = filed.subItemCode();
        c.supplierUscc = filed.supplierUscc();
        c.supplierName = filed.supplierName();
        c.memberUsccs = filed.memberUsccs() == null ? List.of() : List.copyOf(filed.memberUsccs());
        c.serviceStartsOn = filed.serviceStartsOn();
        c.serviceEndsOn = filed.serviceEndsOn();
        c.deliverables = filed.deliverables() == null ? List.of() : filed.deliverables().stream()
                .map(d -> new QuantityAchievement.Deliverable(d.number(), d.name(), d.targetForTerm(), d.unit())).toList();
        c.delivered = Map.of();
        c.status = ContractRecord.Status.ACTIVE;
        c.templateId = template.id;
        c.weights = Map.of();
        c.agencyShare = rules.defaultAgencyShare();
        c.filedAt = filed.filedAt() != null ? filed.filedAt() : clock.instant();
        c.persist();
        evaluations.schedule(c, EvaluationType.MID_TERM, null, null, c.midTerm(), SYSTEM);
        evaluations.schedule(c, EvaluationType.FINAL, null, null, c.serviceEndsOn, SYSTEM);
        LOG.infof("contract %s planned: mid-term on %s, final on %s", c.contractId, c.midTerm(), c.serviceEndsOn);
    }

    public void delivered(IncomingEvent event, ProgressReportedV1 report) {
        ContractRecord c = ContractRecord.findById(report.contractId(), LockModeType.PESSIMISTIC_WRITE);
        if (c == null) {
            throw new PoisonMessageException("progress event " + event.id() + " is about contract " + report.contractId()
                    + ", which was never filed");
        }
        for (ReportedQuantityV1 item : report.items()) {
            c.deliver(item.deliverable(), item.quantity() == null ? BigDecimal.ZERO : item.quantity());
        }
    }

    public void ended(UUID contractId) {
        ContractRecord c = ContractRecord.findById(contractId, LockModeType.PESSIMISTIC_WRITE);
        if (c == null) {
            return; // terminated before it was ever filed: nothing was planned
        }
        c.status = ContractRecord.Status.ENDED;
        for (Evaluation e : Evaluation.<Evaluation>list("contractId = ?1 and status = ?2", contractId,
                EvaluationStatus.SCHEDULED)) {
            evaluations.cancel(e);
        }
    }

    /** The purchaser's plan: another template version, weights within the limits, the agency's share. */
    public ContractRecord changePlan(ContractRecord c, UUID templateId, Map<String, Integer> weights, BigDecimal agencyShare) {
        IndicatorTemplate template = templateId == null ? templates.require(c.templateId) : templates.require(templateId);
        BigDecimal share = agencyShare == null ? c.agencyShare : agencyShare;
        Map<String, Integer> given = weights == null ? Map.of() : new HashMap<>(weights);
        EvaluationPlan.of(template, given, share, rules.maxWeightAdjustment());
        if (c.status != ContractRecord.Status.ACTIVE) {
            throw new IllegalTransitionException("contract " + c.contractId + " has ended; its plan no longer changes");
        }
        c.templateId = template.id;
        c.weights = given;
        c.agencyShare = share;
        return c;
    }

    @Transactional(Transactional.TxType.SUPPORTS)
    public ContractRecord require(UUID contractId) {
        return evaluations.contract(contractId);
    }
}
