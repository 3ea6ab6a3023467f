package org.govbuy.tender.messaging;

import jakarta.enterprise.context.ApplicationScoped;

import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.eclipse.microprofile.reactive.messaging.Incoming;
import org.jboss.logging.Logger;

import com.fasterxml.jackson.databind.ObjectMapper;

import io.smallrye.common.annotation.Blocking;

import org.govbuy.platform.inbox.IdempotentConsumer;
import org.govbuy.platform.inbox.IncomingEvent;
import org.govbuy.platform.inbox.PoisonMessageException;
import org.govbuy.platform.inbox.ReplayableConsumer;
import org.govbuy.tender.service.SupplierProjector;

/**
 * Reads {@code credit.events} into the local supplier projection. Idempotent through the inbox;
 * a record that cannot be processed goes to {@code tender.dlq} (channel failure strategy).
 */
@ApplicationScoped
public class CreditEventsConsumer implements ReplayableConsumer {

    static final String CONSUMER = "tender.supplier-projection";
    private static final Logger LOG = Logger.getLogger(CreditEventsConsumer.class);

    private final IdempotentConsumer idempotent;
    private final SupplierProjector projector;
    private final ObjectMapper mapper;
    private final String topic;

    CreditEventsConsumer(IdempotentConsumer idempotent, SupplierProjector projector, ObjectMapper mapper,
            @ConfigProperty(name = "mp.messaging.incoming.credit-events.topic") String topic) {
        this.idempotent = idempotent;
        this.projector = projector;
        this.mapper = mapper;
        this.topic = topic;
    }

    @Override
    public boolean reads(String topic) {
        return this.topic.equals(topic);
    }

    @Override
    @Incoming("credit-events")
    @Blocking
    public void consume(ConsumerRecord<String, String> record) {
        idempotent.process(CONSUMER, record, this::apply);
    }

    private void apply(IncomingEvent event) {
        switch (event.type()) {
            case SupplierRegisteredV1.TYPE -> {
                SupplierRegisteredV1 data = event.dataAs(mapper, SupplierRegisteredV1.class);
                String missing = data.missingField();
                if (missing != null) {
                    throw new PoisonMessageException("event " + event.id() + " lacks " + missing);
                }
                projector.supplierRegistered(event, data);
            }
            default -> {
                if (!SupplierStandingV1.CARRIED_BY.contains(event.type())) {
                    LOG.debugf("event %s of type %s is not for tender-service", event.id(), event.type());
                    return;
                }
                SupplierStandingV1 standing = event.dataAs(mapper, SupplierStandingV1.Carrier.class).standing();
                if (standing == null || standing.uscc() == null || standing.name() == null
                        || standing.status() == null || standing.region() == null) {
                    throw new PoisonMessageException("event " + event.id() + " lacks the supplier's standing");
                }
                projector.standingChanged(event, standing);
            }
        }
    }
}
