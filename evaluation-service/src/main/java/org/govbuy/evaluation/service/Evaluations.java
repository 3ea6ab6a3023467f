package org.govbuy.evaluation.service;

import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.stream.Collectors;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;

import org.jboss.logging.Logger;

import org.govbuy.evaluation.domain.Agency;
import org.govbuy.evaluation.domain.AgencyDraw;
import org.govbuy.evaluation.domain.ContractRecord;
import org.govbuy.evaluation.domain.Evaluation;
import org.govbuy.evaluation.domain.EvaluationPlan;
import org.govbuy.evaluation.domain.EvaluationRules;
import org.govbuy.evaluation.domain.EvaluationStatus;
import org.govbuy.evaluation.domain.EvaluationType;
import org.govbuy.evaluation.messaging.EvaluationEventsV1.EvaluationOpenedV1;
import org.govbuy.evaluation.messaging.EvaluationEventsV1.EvaluationOverdueV1;
import org.govbuy.evaluation.messaging.EvaluationEventsV1.EvaluationScheduledV1;
import org.govbuy.platform.draw.SeededDraw;
import org.govbuy.platform.error.IllegalTransitionException;
import org.govbuy.platform.error.NotFoundProblem;
import org.govbuy.platform.error.UnprocessableRequest;
import org.govbuy.platform.outbox.DomainEvent;
import org.govbuy.platform.outbox.Outbox;
import org.govbuy.platform.rest.PageView;
import org.govbuy.platform.rest.Paging;
import org.govbuy.platform.schedule.Jobs;

/**
 * An evaluation's window: scheduled on the durable scheduler (a job opens it on its first day in
 * China Standard Time, another flags it overdue when the window has closed unfinished), opened with
 * the contract's plan and a drawn agency, and every change recorded as an event in its transaction.
 */
@ApplicationScoped
@Transactional
public class Evaluations {

    public static final String OPENS = "evaluation.opens";
    public static final String CLOSES = "evaluation.window-closes";
    private static final Logger LOG = Logger.getLogger(Evaluations.class);

    private final Outbox outbox;
    private final Jobs jobs;
    private final EvaluationRules rules;
    private final Clock clock;
    private final Templates templates;

    Evaluations(Outbox outbox, Jobs jobs, EvaluationRules rules, Clock clock, Templates templates) {
        this.outbox = outbox;
        this.jobs = jobs;
        this.rules = rules;
        this.clock = clock;
        this.templates = templates;
    }

    /** Schedules an evaluation that opens on {@code opensOn}; in the caller's transaction. */
    @Transactional(Transactional.TxType.MANDATORY)
    public Evaluation schedule(ContractRecord c, EvaluationType type, UUID reEvaluationOf, String reason,
            LocalDate opensOn, String by) {
        Evaluation e = Evaluation.schedule(c.contractId, type, reEvaluationOf, reason, opensOn, rules.window(), by,
                clock.instant());
        e.persist();
        jobs.schedule(OPENS, e.id.toString(), rules.startOf(opensOn), null);
        jobs.schedule(CLOSES, e.id.toString(), rules.startOf(e.closesOn.plusDays(1)), null);
        publish(e, c, EvaluationScheduledV1.TYPE, EvaluationScheduledV1.of(e, c));
        return e;
    }

    /** An ad-hoc evaluation (专项评价) the purchaser adds, opening today or later within the term. */
    public Evaluation addAdHoc(ContractRecord c, LocalDate opensOn, String reason, String by) {
        LocalDate today = rules.today(clock.instant());
        if (c.status != ContractRecord.Status.ACTIVE) {
            throw new IllegalTransitionException("contract " + c.contractId + " has ended; no evaluation is added");
        }
        if (opensOn.isBefore(today) || opensOn.isAfter(c.serviceEndsOn)) {
            throw new UnprocessableRequest("opensOn", "from today (" + today + ") to the end of the term ("
                    + c.serviceEndsOn + ")");
        }
        Evaluation e = schedule(c, EvaluationType.AD_HOC, null, reason, opensOn, by);
        if (!opensOn.isAfter(today)) {
            open(e.id);
        }
        return e;
    }

    /** Opens the window: the plan is fixed for this evaluation and the agency drawn. Run by the scheduler. */
    @Transactional(Transactional.TxType.MANDATORY)
    public void open(UUID evaluationId) {
        Evaluation e = lock(evaluationId);
        if (e.status != EvaluationStatus.SCHEDULED) {
            return; // cancelled, or opened early by the supplier's rectification report
        }
        ContractRecord c = contract(e.contractId);
        e.open(planOf(c), draw(c), clock.instant());
        jobs.cancel(OPENS, e.id.toString());
        publish(e, c, EvaluationOpenedV1.TYPE, EvaluationOpenedV1.of(e));
        LOG.infof("evaluation %s (%s of contract %s) opened; agency %s drawn from %d", e.id, e.type, c.contractId,
                e.agencyId, e.drawCandidates.size());
    }

    /** A new draw, when none was eligible at the opening or the drawn agency was suspended or removed since. */
    public Evaluation redraw(UUID evaluationId) {
        Evaluation e = lock(evaluationId);
        ContractRecord c = contract(e.contractId);
        boolean active = e.agencyId != null && Agency.<Agency>findByIdOptional(e.agencyId)
                .map(a -> a.status == Agency.Status.ACTIVE).orElse(false);
        e.redraw(draw(c), clock.instant(), active);
        publish(e, c, EvaluationOpenedV1.TYPE, EvaluationOpenedV1.of(e));
        return e;
    }

    /** Flags the evaluation overdue if its window closed before it was completed. Run by the scheduler. */
    @Transactional(Transactional.TxType.MANDATORY)
    public void closeWindow(UUID evaluationId) {
        Evaluation e = lock(evaluationId);
        LocalDate today = rules.today(clock.instant());
        if (e.markOverdue(today)) {
            publish(e, contract(e.contractId), EvaluationOverdueV1.TYPE,
                    new EvaluationOverdueV1(e.id, e.contractId, e.closesOn, today));
            LOG.warnf("evaluation %s of contract %s is overdue: its window closed on %s", e.id, e.contractId, e.closesOn);
        }
    }

    @Transactional(Transactional.TxType.MANDATORY)
    public void cancel(Evaluation e) {
        e.cancel();
        jobs.cancel(OPENS, e.id.toString());
        jobs.cancel(CLOSES, e.id.toString());
    }

    private AgencyDraw draw(ContractRecord c) {
        // agencies are locked in id order while drawing, so two draws at once never both exceed a limit
        List<Agency> pool = Agency.getEntityManager()
                .createQuery("from Agency a order by a.id", Agency.class)
                .setLockMode(jakarta.persistence.LockModeType.PESSIMISTIC_WRITE).getResultList();
        Map<String, Long> open = Evaluation.getEntityManager().createQuery("""
                select e.agencyId, count(e) from Evaluation e where e.agencyId is not null and e.status in ?1
                group by e.agencyId""", Object[].class)
                .setParameter(1, List.of(EvaluationStatus.OPEN, EvaluationStatus.PROPOSED, EvaluationStatus.OBJECTED))
                .getResultList().stream().collect(Collectors.toMap(r -> (String) r[0], r -> (Long) r[1]));
        return AgencyDraw.draw(SeededDraw.newSeed(), pool, c, open, rules.draw());
    }

    /** The contract's plan as it stands: its template version with the contract's weights and agency share. */
    @Transactional(Transactional.TxType.SUPPORTS)
    public EvaluationPlan planOf(ContractRecord c) {
        return EvaluationPlan.of(templates.require(c.templateId), c.weights, c.agencyShare, rules.maxWeightAdjustment());
    }

    @Transactional(Transactional.TxType.SUPPORTS)
    public ContractRecord contract(UUID contractId) {
        return ContractRecord.<ContractRecord>findByIdOptional(contractId)
                .orElseThrow(() -> new NotFoundProblem("no contract " + contractId + " filed for evaluation"));
    }

    /** The evaluation, its row locked first, so changes to one evaluation happen one after another. */
    @Transactional(Transactional.TxType.MANDATORY)
    public Evaluation lock(UUID id) {
        Evaluation e = Evaluation.findById(id, jakarta.persistence.LockModeType.PESSIMISTIC_WRITE);
        if (e == null) {
            throw new NotFoundProblem("no evaluation " + id);
        }
        return e;
    }

    @Transactional(Transactional.TxType.SUPPORTS)
    public Evaluation require(UUID id) {
        return Evaluation.<Evaluation>findByIdOptional(id).orElseThrow(() -> new NotFoundProblem("no evaluation " + id));
    }

    @Transactional(Transactional.TxType.MANDATORY)
    public void publish(Evaluation e, ContractRecord c, String type, Object data) {
        outbox.record(new DomainEvent(type, e.id.toString(), c.region, data));
    }

    /** Evaluations of a department's contracts, soonest window first. */
    @Transactional(Transactional.TxType.SUPPORTS)
    public PageView<Evaluation> ofOrganisation(String orgCode, String region, UUID contractId, Paging paging) {
        return page("e.contractId in (select c.contractId from ContractRecord c where c.orgCode = ?1 and c.region = ?2)",
                contractId, paging, orgCode, region);
    }

    /** Evaluations of a supplier's contracts, as the sole supplier, lead or consortium member. */
    @Transactional(Transactional.TxType.SUPPORTS)
    public PageView<Evaluation> ofSupplier(String uscc, UUID contractId, Paging paging) {
        return page("e.contractId in (select c.contractId from ContractRecord c where c.supplierUscc = ?1"
                + " or function('jsonb_exists', c.memberUsccs, ?1) = true)", contractId, paging, uscc);
    }

    /** The evaluations an agency was drawn for. */
    @Transactional(Transactional.TxType.SUPPORTS)
    public PageView<Evaluation> ofAgency(String agencyId, UUID contractId, Paging paging) {
        return page("e.agencyId = ?1", contractId, paging, agencyId);
    }

    /** The evaluations in an official's jurisdiction (division-code prefix). */
    @Transactional(Transactional.TxType.SUPPORTS)
    public PageView<Evaluation> inJurisdiction(String regionPrefix, UUID contractId, Paging paging) {
        return page("e.contractId in (select c.contractId from ContractRecord c where c.region like ?1)", contractId,
                paging, regionPrefix + "%");
    }

    /** Final results for the public, newest first; optionally of one region or supplier. */
    @Transactional(Transactional.TxType.SUPPORTS)
    public PageView<Evaluation> published(String region, String supplierUscc, Paging paging) {
        return PageView.of(Evaluation.find("from Evaluation e where e.status = ?1 and e.contractId in (select c.contractId"
                + " from ContractRecord c where (?2 is null or c.region = ?2) and (?3 is null or c.supplierUscc = ?3))",
                io.quarkus.panache.common.Sort.descending("completedOn", "id"), EvaluationStatus.COMPLETED,
                region, supplierUscc), paging);
    }

    /** The contracts of these evaluations, by id, in one query. */
    @Transactional(Transactional.TxType.SUPPORTS)
    public Map<UUID, ContractRecord> contractsOf(List<Evaluation> page) {
        List<UUID> ids = page.stream().map(e -> e.contractId).distinct().toList();
        return ids.isEmpty() ? Map.of() : ContractRecord.<ContractRecord>list("contractId in ?1", ids).stream()
                .collect(Collectors.toMap(c -> c.contractId, c -> c));
    }

    private PageView<Evaluation> page(String where, UUID contractId, Paging paging, Object... parameters) {
        Object[] all = java.util.Arrays.copyOf(parameters, parameters.length + 1);
        all[parameters.length] = contractId;
        int n = all.length;
        return PageView.of(Evaluation.find("from Evaluation e where " + where + " and (?" + n + " is null or e.contractId = ?"
                + n + ")", io.quarkus.panache.common.Sort.ascending("opensOn", "id"), all), paging);
    }
}
