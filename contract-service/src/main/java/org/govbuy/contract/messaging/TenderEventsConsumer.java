package org.govbuy.contract.messaging;

import jakarta.enterprise.context.ApplicationScoped;

import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.eclipse.microprofile.reactive.messaging.Incoming;

import com.fasterxml.jackson.databind.ObjectMapper;

import io.smallrye.common.annotation.Blocking;

import org.govbuy.contract.service.ContractDrafts;
import org.govbuy.platform.inbox.IdempotentConsumer;
import org.govbuy.platform.inbox.IncomingEvent;
import org.govbuy.platform.inbox.PoisonMessageException;
import org.govbuy.platform.inbox.ReplayableConsumer;

/**
 * Reads {@code tender.events}: a final award becomes a draft contract, once (the inbox skips a
 * repeated event, and the award id is unique among contracts); other tender events are not ours.
 */
@ApplicationScoped
public class TenderEventsConsumer implements ReplayableConsumer {

    static final String CONSUMER = "contract.awards";

    private final IdempotentConsumer idempotent;
    private final ContractDrafts drafts;
    private final ObjectMapper mapper;
    private final String topic;

    TenderEventsConsumer(IdempotentConsumer idempotent, ContractDrafts drafts, ObjectMapper mapper,
            @ConfigProperty(name = "mp.messaging.incoming.tender-events.topic") String topic) {
        this.idempotent = idempotent;
        this.drafts = drafts;
        this.mapper = mapper;
        this.topic = topic;
    }

    @Override
    public boolean reads(String topic) {
        return this.topic.equals(topic);
    }

    @Override
    @Incoming("tender-events")
    @Blocking
    public void consume(ConsumerRecord<String, String> record) {
        // most events on the topic are not ours: skipped by their type, without a transaction
        idempotent.process(CONSUMER, record, java.util.Set.of(AwardFinalizedV1.TYPE), this::apply);
    }

    private void apply(IncomingEvent event) {
        AwardFinalizedV1 award = event.dataAs(mapper, AwardFinalizedV1.class);
        String missing = award.missingField();
        if (missing != null) {
            throw new PoisonMessageException("award event " + event.id() + " lacks " + missing);
        }
        if (award.awardedPrice().signum() < 0 || award.awardedPrice().stripTrailingZeros().scale() > 2) {
            throw new PoisonMessageException("award event " + event.id() + " has an awarded price that is not an amount of CNY");
        }
        drafts.fromAward(event, award);
    }
}
