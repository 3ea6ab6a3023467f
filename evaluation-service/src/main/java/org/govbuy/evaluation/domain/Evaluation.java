package org.govbuy.evaluation.domain;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.time.Period;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import org.hibernate.annotations.JdbcTypeCode;
import org.hibernate.type.SqlTypes;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;

import org.govbuy.platform.error.IllegalTransitionException;

/**
 * An evaluation of a contract's performance (绩效评价), led by the purchaser with a drawn third-party
 * agency and the service's recipients. Its window opens on {@code opensOn} and should close by
 * {@code closesOn}; past it, unfinished, it is overdue. The supplier sees the proposed result and
 * may object once before it is final; a fail orders rectification (整改) and a re-evaluation.
 */
@Entity
@Table(name = "evaluation")
public class Evaluation extends PanacheEntityBase {

    @Id
    public UUID id;
    public UUID contractId;
    @Enumerated(EnumType.STRING)
    public EvaluationType type;
    public UUID reEvaluationOf;
    public String reason;
    @Enumerated(EnumType.STRING)
    public EvaluationStatus status;
    public LocalDate opensOn;
    public LocalDate closesOn;
    public LocalDate overdueSince;
    public String agencyId;
    public String drawSeed;
    @JdbcTypeCode(SqlTypes.JSON)
    public List<String> drawCandidates;
    @JdbcTypeCode(SqlTypes.JSON)
    public Map<String, String> drawExclusions;
    public Instant drawnAt;
    @JdbcTypeCode(SqlTypes.JSON)
    public EvaluationPlan plan;
    public BigDecimal score;
    @Enumerated(EnumType.STRING)
    public Grade grade;
    @JdbcTypeCode(SqlTypes.JSON)
    public List<Scorecard.Line> breakdown;
    public String gradeScaleVersion;
    public Instant proposedAt;
    public LocalDate objectionDueOn;
    public String objection;
    public Instant objectedAt;
    public String objectionAnswer;
    public Instant answeredAt;
    public LocalDate completedOn;
    public Boolean rectificationRequired;
    public LocalDate rectificationDueOn;
    public String rectificationReport;
    public Instant rectifiedAt;
    public Instant createdAt;
    public String createdBy;

    public static Evaluation schedule(UUID contractId, EvaluationType type, UUID reEvaluationOf, String reason,
            LocalDate opensOn, Period window, String by, Instant at) {
        Evaluation e = new Evaluation();
        e.id = UUID.randomUUID();
        e.contractId = contractId;
        e.type = type;
        e.reEvaluationOf = reEvaluationOf;
        e.reason = reason;
        e.status = EvaluationStatus.SCHEDULED;
        e.opensOn = opensOn;
        e.closesOn = opensOn.plus(window);
        e.createdAt = at;
        e.createdBy = by;
        return e;
    }

    public boolean isReEvaluation() {
        return reEvaluationOf != null;
    }

    /** The window opens: the plan is fixed for this evaluation, and the agency drawn (if one was eligible). */
    public void open(EvaluationPlan openedWith, AgencyDraw draw, Instant at) {
        require(EvaluationStatus.SCHEDULED, "opened");
        status = EvaluationStatus.OPEN;
        plan = openedWith;
        record(draw, at);
    }

    /** A new draw, when none was eligible at the opening or the drawn agency was suspended. */
    public void redraw(AgencyDraw draw, Instant at, boolean drawnAgencyActive) {
        require(EvaluationStatus.OPEN, "given an agency");
        if (agencyId != null && drawnAgencyActive) {
            throw new IllegalTransitionException("evaluation " + id + " has its agency " + agencyId
                    + "; a new draw replaces only an agency that is no longer active");
        }
        record(draw, at);
    }

    private void record(AgencyDraw draw, Instant at) {
        drawSeed = draw.seed();
        drawCandidates = draw.candidates();
        drawExclusions = draw.exclusions();
        agencyId = draw.drawn().orElse(null);
        drawnAt = at;
    }

    /** Scores may be given while the window is open, and revised while an objection is being answered. */
    public void requireScoring() {
        if (status != EvaluationStatus.OPEN && status != EvaluationStatus.OBJECTED) {
            throw new IllegalTransitionException("evaluation " + id + " is " + status + "; scores are given while it is open");
        }
    }

    public void requireSurveyOpen() {
        if (status != EvaluationStatus.OPEN) {
            throw new IllegalTransitionException("evaluation " + id + " is " + status
                    + "; the recipients' survey runs while it is open");
        }
    }

    /** The result is shown to the supplier, who may object until {@code objectionDueOn}. */
    public void propose(Scorecard.Result result, LocalDate dueOn, Instant at) {
        require(EvaluationStatus.OPEN, "proposed");
        if (agencyId == null) {
            throw new IllegalTransitionException("evaluation " + id + " has no agency; an agency must score it first");
        }
        setResult(result);
        status = EvaluationStatus.PROPOSED;
        proposedAt = at;
        objectionDueOn = dueOn;
    }

    public void object(String grounds, LocalDate today, Instant at) {
        if (objection != null) {
            throw new IllegalTransitionException("evaluation " + id + " has had its objection; a supplier objects once");
        }
        require(EvaluationStatus.PROPOSED, "objected to");
        if (today.isAfter(objectionDueOn)) {
            throw new IllegalTransitionException("the objection period ended on " + objectionDueOn);
        }
        objection = grounds;
        objectedAt = at;
        status = EvaluationStatus.OBJECTED;
    }

    /** The purchaser answers the objection, with the result as rescored; it is then final. */
    public void answer(String text, Scorecard.Result result, LocalDate today, Period rectification, Instant at) {
        require(EvaluationStatus.OBJECTED, "answered");
        objectionAnswer = text;
        answeredAt = at;
        setResult(result);
        complete(today, rectification);
    }

    /** Final without an objection: the supplier accepted, or the objection period passed. */
    public void finalise(LocalDate today, Period rectification) {
        require(EvaluationStatus.PROPOSED, "made final");
        complete(today, rectification);
    }

    private void complete(LocalDate today, Period rectification) {
        status = EvaluationStatus.COMPLETED;
        completedOn = today;
        rectificationRequired = grade == Grade.FAIL;
        rectificationDueOn = rectificationRequired ? today.plus(rectification) : null;
    }

    /** The supplier reports its rectification (整改报告) before the deadline. */
    public void rectified(String report, LocalDate today, Instant at) {
        if (!Boolean.TRUE.equals(rectificationRequired)) {
            throw new IllegalTransitionException("evaluation " + id + " ordered no rectification");
        }
        if (rectificationReport != null) {
            throw new IllegalTransitionException("evaluation " + id + " has its rectification report already");
        }
        rectificationReport = report;
        rectifiedAt = at;
    }

    public boolean markOverdue(LocalDate today) {
        if (overdueSince != null || !isOpenAfter(today)) {
            return false;
        }
        overdueSince = today;
        return true;
    }

    /** Unfinished after its window closed. */
    public boolean isOpenAfter(LocalDate today) {
        return today.isAfter(closesOn) && status != EvaluationStatus.COMPLETED && status != EvaluationStatus.CANCELLED;
    }

    public void cancel() {
        require(EvaluationStatus.SCHEDULED, "cancelled");
        status = EvaluationStatus.CANCELLED;
    }

    private void setResult(Scorecard.Result result) {
        score = result.score();
        grade = result.grade();
        breakdown = result.lines();
        gradeScaleVersion = result.gradeScaleVersion();
    }

    private void require(EvaluationStatus expected, String what) {
        if (status != expected) {
            throw new IllegalTransitionException("evaluation " + id + " is " + status + "; only a " + expected
                    + " evaluation can be " + what);
        }
    }
}
