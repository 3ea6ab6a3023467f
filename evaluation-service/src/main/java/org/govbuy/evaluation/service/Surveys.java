package org.govbuy.evaluation.service;

import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.LockModeType;
import jakarta.transaction.Transactional;

import org.govbuy.evaluation.domain.Evaluation;
import org.govbuy.evaluation.domain.EvaluationStatus;
import org.govbuy.evaluation.domain.Satisfaction;
import org.govbuy.evaluation.domain.SurveyCode;
import org.govbuy.evaluation.domain.SurveyResponse;
import org.govbuy.platform.error.IllegalTransitionException;
import org.govbuy.platform.error.NotFoundProblem;
import org.govbuy.platform.error.UnprocessableRequest;

/**
 * The recipients' satisfaction survey (服务对象满意度调查): codes are issued in batches for printing,
 * each answers once, and an answer is stored apart from its code (ADR 46).
 */
@ApplicationScoped
@Transactional
public class Surveys {

    public static final int MAX_BATCH = 2000;

    private final Evaluations evaluations;

    Surveys(Evaluations evaluations) {
        this.evaluations = evaluations;
    }

    /** New codes for an open evaluation; returned once, to be printed — only their hashes are kept. */
    public List<String> issue(UUID evaluationId, int count) {
        if (count < 1 || count > MAX_BATCH) {
            throw new UnprocessableRequest("count", "from 1 to " + MAX_BATCH + " codes at a time");
        }
        Evaluation e = evaluations.lock(evaluationId);
        e.requireSurveyOpen();
        List<String> codes = new ArrayList<>(count);
        for (int i = 0; i < count; i++) {
            String code = SurveyCode.newCode();
            SurveyCode.issued(e.id, code).persist();
            codes.add(code);
        }
        return codes;
    }

    /** One answer per code: the code is spent and the answer stored without it, in one transaction. */
    public void respond(String code, int satisfaction) {
        if (satisfaction < 1 || satisfaction > Satisfaction.MAX) {
            throw new UnprocessableRequest("satisfaction", "from 1 (very dissatisfied) to 5 (very satisfied)");
        }
        SurveyCode issued = SurveyCode.findById(SurveyCode.hash(code), LockModeType.PESSIMISTIC_WRITE);
        if (issued == null) {
            throw new NotFoundProblem("no such survey code; check it against the printed slip");
        }
        if (issued.spent) {
            throw new IllegalTransitionException("one response per survey code: this code has been used");
        }
        Evaluation e = evaluations.require(issued.evaluationId);
        if (e.status != EvaluationStatus.OPEN) {
            throw new IllegalTransitionException("the survey has closed; responses are taken while the evaluation is open");
        }
        issued.spent = true;
        SurveyResponse.of(e.id, satisfaction).persist();
    }

    @Transactional(Transactional.TxType.SUPPORTS)
    public Satisfaction summary(UUID evaluationId) {
        int issued = (int) SurveyCode.count("evaluationId", evaluationId);
        return Satisfaction.of(issued, Results.answers(evaluationId));
    }
}
