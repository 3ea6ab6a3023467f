package org.govbuy.tender.messaging;

import jakarta.enterprise.context.ApplicationScoped;

import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.eclipse.microprofile.reactive.messaging.Incoming;

import com.fasterxml.jackson.databind.ObjectMapper;

import io.smallrye.common.annotation.Blocking;

import org.govbuy.platform.inbox.IdempotentConsumer;
import org.govbuy.platform.inbox.IncomingEvent;
import org.govbuy.platform.inbox.PoisonMessageException;
import org.govbuy.platform.inbox.ReplayableConsumer;
import org.govbuy.tender.messaging.CatalogueEventsV1.VersionPublishedV1;
import org.govbuy.tender.messaging.CatalogueEventsV1.VersionSupersededV1;
import org.govbuy.tender.service.PurchasableCatalogue;

/** Reads catalog.events into the projection of what may be bought; idempotent through the inbox. */
@ApplicationScoped
public class CatalogEventsConsumer implements ReplayableConsumer {

    static final String CONSUMER = "tender.purchasable-catalogue";

    private final IdempotentConsumer idempotent;
    private final PurchasableCatalogue catalogue;
    private final ObjectMapper mapper;
    private final String topic;

    CatalogEventsConsumer(IdempotentConsumer idempotent, PurchasableCatalogue catalogue, ObjectMapper mapper,
            @ConfigProperty(name = "mp.messaging.incoming.catalog-events.topic") String topic) {
        this.idempotent = idempotent;
        this.catalogue = catalogue;
        this.mapper = mapper;
        this.topic = topic;
    }

    @Override
    public boolean reads(String topic) {
        return this.topic.equals(topic);
    }

    @Override
    @Incoming("catalog-events")
    @Blocking
    public void consume(ConsumerRecord<String, String> record) {
        idempotent.process(CONSUMER, record, this::apply);
    }

    private void apply(IncomingEvent event) {
        switch (event.type()) {
            case VersionPublishedV1.TYPE -> {
                VersionPublishedV1 data = event.dataAs(mapper, VersionPublishedV1.class);
                if (data.versionId() == null || data.region() == null || data.publishedAt() == null
                        || data.subItems() == null || data.subItems().stream().anyMatch(s -> s.code() == null)) {
                    throw new PoisonMessageException("event " + event.id() + " lacks version, region, time or codes");
                }
                catalogue.published(event, data);
            }
            case VersionSupersededV1.TYPE -> {
                VersionSupersededV1 data = event.dataAs(mapper, VersionSupersededV1.class);
                if (data.versionId() == null || data.region() == null) {
                    throw new PoisonMessageException("event " + event.id() + " lacks the version");
                }
                catalogue.superseded(event, data);
            }
            default -> {
                // other catalogue events are not tender-service's concern
            }
        }
    }
}
