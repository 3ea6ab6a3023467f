package org.govbuy.evaluation.domain;

import java.util.UUID;

import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;

/**
 * One recipient's answer: the evaluation and the satisfaction given (1–5), and a random id. No code,
 * person, address or time is kept with it, so a response cannot be traced to whoever gave it.
 */
@Entity
@Table(name = "survey_response")
public class SurveyResponse extends PanacheEntityBase {

    @Id
    public UUID id;
    public UUID evaluationId;
    public short satisfaction;

    public static SurveyResponse of(UUID evaluationId, int satisfaction) {
        SurveyResponse r = new SurveyResponse();
        r.id = UUID.randomUUID();
        r.evaluationId = evaluationId;
        r.satisfaction = (short) satisfaction;
        return r;
    }
}
