package org.govbuy.contract.messaging;

import jakarta.enterprise.context.ApplicationScoped;

import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.eclipse.microprofile.reactive.messaging.Incoming;

import com.fasterxml.jackson.databind.ObjectMapper;

import io.smallrye.common.annotation.Blocking;

import org.govbuy.contract.service.EvaluationPayments;
import org.govbuy.platform.inbox.IdempotentConsumer;
import org.govbuy.platform.inbox.IncomingEvent;
import org.govbuy.platform.inbox.PoisonMessageException;
import org.govbuy.platform.inbox.ReplayableConsumer;

/** Reads {@code evaluation.events}: a completed evaluation releases the installments it triggers (评估兑现). */
@ApplicationScoped
public class EvaluationEventsConsumer implements ReplayableConsumer {

    static final String CONSUMER = "contract.evaluation-payments";

    private final IdempotentConsumer idempotent;
    private final EvaluationPayments payments;
    private final ObjectMapper mapper;
    private final String topic;

    EvaluationEventsConsumer(IdempotentConsumer idempotent, EvaluationPayments payments, ObjectMapper mapper,
            @ConfigProperty(name = "mp.messaging.incoming.evaluation-events.topic") String topic) {
        this.idempotent = idempotent;
        this.payments = payments;
        this.mapper = mapper;
        this.topic = topic;
    }

    @Override
    public boolean reads(String topic) {
        return this.topic.equals(topic);
    }

    @Override
    @Incoming("evaluation-events")
    @Blocking
    public void consume(ConsumerRecord<String, String> record) {
        // most events on the topic are not ours: skipped by their type, without a transaction
        idempotent.process(CONSUMER, record, java.util.Set.of(EvaluationCompletedV1.TYPE), this::apply);
    }

    private void apply(IncomingEvent event) {
        EvaluationCompletedV1 result = event.dataAs(mapper, EvaluationCompletedV1.class);
        String missing = result.missingField();
        if (missing != null) {
            throw new PoisonMessageException("evaluation event " + event.id() + " lacks " + missing);
        }
        payments.resultArrived(event, result);
    }
}
