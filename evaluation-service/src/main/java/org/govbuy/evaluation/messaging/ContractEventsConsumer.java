package org.govbuy.evaluation.messaging;

import java.util.Set;

import jakarta.enterprise.context.ApplicationScoped;

import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.eclipse.microprofile.reactive.messaging.Incoming;

import com.fasterxml.jackson.databind.ObjectMapper;

import io.smallrye.common.annotation.Blocking;

import org.govbuy.evaluation.messaging.ContractEventsV1.ContractFiledV1;
import org.govbuy.evaluation.messaging.ContractEventsV1.ContractTerminatedV1;
import org.govbuy.evaluation.messaging.ContractEventsV1.ProgressReportedV1;
import org.govbuy.evaluation.service.ContractPlans;
import org.govbuy.platform.inbox.IdempotentConsumer;
import org.govbuy.platform.inbox.IncomingEvent;
import org.govbuy.platform.inbox.PoisonMessageException;
import org.govbuy.platform.inbox.ReplayableConsumer;

/**
 * Reads {@code contract.events}: a filed contract is planned for evaluation (mid-term and final),
 * progress reports add to what was delivered, a termination cancels what has not opened. Other
 * contract events are skipped by their type without a transaction.
 */
@ApplicationScoped
public class ContractEventsConsumer implements ReplayableConsumer {

    static final String CONSUMER = "evaluation.contracts";
    private static final Set<String> TYPES = Set.of(ContractFiledV1.TYPE, ProgressReportedV1.TYPE, ContractTerminatedV1.TYPE);

    private final IdempotentConsumer idempotent;
    private final ContractPlans plans;
    private final ObjectMapper mapper;
    private final String topic;

    ContractEventsConsumer(IdempotentConsumer idempotent, ContractPlans plans, ObjectMapper mapper,
            @ConfigProperty(name = "mp.messaging.incoming.contract-events.topic") String topic) {
        this.idempotent = idempotent;
        this.plans = plans;
        this.mapper = mapper;
        this.topic = topic;
    }

    @Override
    public boolean reads(String topic) {
        return this.topic.equals(topic);
    }

    @Override
    @Incoming("contract-events")
    @Blocking
    public void consume(ConsumerRecord<String, String> record) {
        idempotent.process(CONSUMER, record, TYPES, this::apply);
    }

    private void apply(IncomingEvent event) {
        switch (event.type()) {
            case ContractFiledV1.TYPE -> {
                ContractFiledV1 filed = event.dataAs(mapper, ContractFiledV1.class);
                String missing = filed.missingField();
                if (missing != null) {
                    throw new PoisonMessageException("contract.filed event " + event.id() + " lacks " + missing);
                }
                plans.plan(filed);
            }
            case ProgressReportedV1.TYPE -> {
                ProgressReportedV1 report = event.dataAs(mapper, ProgressReportedV1.class);
                if (report.contractId() == null || report.items() == null) {
                    throw new PoisonMessageException("progress event " + event.id() + " lacks contractId or items");
                }
                plans.delivered(event, report);
            }
            case ContractTerminatedV1.TYPE -> {
                ContractTerminatedV1 terminated = event.dataAs(mapper, ContractTerminatedV1.class);
                if (terminated.contractId() == null) {
                    throw new PoisonMessageException("termination event " + event.id() + " lacks contractId");
                }
                plans.ended(terminated.contractId());
            }
            default -> throw new IllegalStateException("not a type this consumer reads: " + event.type());
        }
    }
}
