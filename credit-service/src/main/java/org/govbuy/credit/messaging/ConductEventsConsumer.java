package org.govbuy.credit.messaging;

import java.time.LocalDate;
import java.util.Optional;

import jakarta.enterprise.context.ApplicationScoped;

import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.eclipse.microprofile.reactive.messaging.Incoming;
import org.jboss.logging.Logger;

import com.fasterxml.jackson.databind.ObjectMapper;

import io.smallrye.common.annotation.Blocking;

import org.govbuy.credit.domain.CreditRecordFacts;
import org.govbuy.credit.domain.CreditRecordKind;
import org.govbuy.credit.domain.RecordSource;
import org.govbuy.credit.domain.Severity;
import org.govbuy.credit.messaging.ConductEventsV1.AwardAbandonedV1;
import org.govbuy.credit.messaging.ConductEventsV1.ContractBreachedV1;
import org.govbuy.credit.messaging.ConductEventsV1.ContractTerminatedV1;
import org.govbuy.credit.messaging.ConductEventsV1.EvaluationCompletedV1;
import org.govbuy.credit.service.CreditRecords;
import org.govbuy.credit.service.SupplierFacts;
import org.govbuy.platform.inbox.IdempotentConsumer;
import org.govbuy.platform.inbox.IncomingEvent;
import org.govbuy.platform.inbox.PoisonMessageException;
import org.govbuy.platform.inbox.ReplayableConsumer;

/**
 * Turns what other services report about a supplier's conduct into credit records: performance
 * evaluation results, contract breaches and terminations for breach, abandoned awards (弃标).
 * Idempotent twice over: the inbox skips a repeated event, and each record keeps its event id.
 */
@ApplicationScoped
public class ConductEventsConsumer implements ReplayableConsumer {

    static final String CONSUMER = "credit.conduct-records";
    private static final Logger LOG = Logger.getLogger(ConductEventsConsumer.class);

    private final IdempotentConsumer idempotent;
    private final CreditRecords records;
    private final SupplierFacts facts;
    private final ObjectMapper mapper;
    private final java.util.List<String> topics;

    ConductEventsConsumer(IdempotentConsumer idempotent, CreditRecords records, SupplierFacts facts,
            ObjectMapper mapper, @ConfigProperty(name = "mp.messaging.incoming.conduct-events.topics")
            java.util.List<String> topics) {
        this.idempotent = idempotent;
        this.records = records;
        this.facts = facts;
        this.mapper = mapper;
        this.topics = topics;
    }

    @Override
    public boolean reads(String topic) {
        return topics.contains(topic);
    }

    @Override
    @Incoming("conduct-events")
    @Blocking
    public void consume(ConsumerRecord<String, String> record) {
        idempotent.process(CONSUMER, record, this::apply);
    }

    private void apply(IncomingEvent event) {
        toRecord(event).ifPresent(facts -> {
            requireKnownSupplier(event, facts.uscc());
            records.enter(facts, event.source() != null ? event.source() : "event");
        });
    }

    private Optional<CreditRecordFacts> toRecord(IncomingEvent event) {
        return switch (event.type()) {
            case EvaluationCompletedV1.TYPE -> {
                EvaluationCompletedV1 data = event.dataAs(mapper, EvaluationCompletedV1.class);
                require(event, data.supplierUscc(), data.grade(), data.completedOn());
                yield switch (data.grade()) {
                    case EXCELLENT, GOOD -> Optional.of(facts(event, data.supplierUscc(),
                            CreditRecordKind.PERFORMANCE_EVALUATION, Severity.NONE, RecordSource.EVALUATION_RESULT,
                            "evaluation " + data.evaluationId(), "performance evaluated " + data.grade(),
                            data.completedOn()));
                    case FAIL -> Optional.of(facts(event, data.supplierUscc(), CreditRecordKind.PERFORMANCE_EVALUATION,
                            Severity.GENERAL, RecordSource.EVALUATION_RESULT, "evaluation " + data.evaluationId(),
                            "performance evaluation failed", data.completedOn()));
                    case PASS -> Optional.empty();
                };
            }
            case ContractBreachedV1.TYPE -> {
                ContractBreachedV1 data = event.dataAs(mapper, ContractBreachedV1.class);
                require(event, data.supplierUscc(), data.severity(), data.occurredOn());
                if (data.severity() == Severity.NONE) {
                    throw new PoisonMessageException("event " + event.id() + ": a breach needs a severity");
                }
                yield Optional.of(facts(event, data.supplierUscc(), CreditRecordKind.CONTRACT_BREACH, data.severity(),
                        RecordSource.CONTRACT_BREACH, "contract " + data.contractId(),
                        data.description() != null ? data.description() : "breach of contract", data.occurredOn()));
            }
            case ContractTerminatedV1.TYPE -> {
                ContractTerminatedV1 data = event.dataAs(mapper, ContractTerminatedV1.class);
                require(event, data.supplierUscc(), data.cause(), data.terminatedOn());
                yield data.cause() != ContractTerminatedV1.Cause.SUPPLIER_BREACH ? Optional.empty()
                        : Optional.of(facts(event, data.supplierUscc(), CreditRecordKind.CONTRACT_BREACH,
                                Severity.SERIOUS, RecordSource.CONTRACT_BREACH, "contract " + data.contractId(),
                                "contract terminated for the supplier's breach", data.terminatedOn()));
            }
            case AwardAbandonedV1.TYPE -> {
                AwardAbandonedV1 data = event.dataAs(mapper, AwardAbandonedV1.class);
                require(event, data.supplierUscc(), data.tenderId(), data.abandonedOn());
                yield Optional.of(facts(event, data.supplierUscc(), CreditRecordKind.ABANDONED_AWARD, Severity.GENERAL,
                        RecordSource.TENDER, "tender " + data.tenderId() + (data.lotId() != null ? " lot "
                                + data.lotId() : ""), "award abandoned (弃标)", data.abandonedOn()));
            }
            default -> {
                LOG.debugf("event %s of type %s is not about conduct", event.id(), event.type());
                yield Optional.empty();
            }
        };
    }

    private static CreditRecordFacts facts(IncomingEvent event, String uscc, CreditRecordKind kind, Severity severity,
            RecordSource source, String evidence, String reason, LocalDate occurredOn) {
        return new CreditRecordFacts(uscc, kind, severity, source, evidence, reason, occurredOn, null, null,
                event.id(), event.region());
    }

    private static void require(IncomingEvent event, Object... fields) {
        for (Object field : fields) {
            if (field == null) {
                throw new PoisonMessageException("event " + event.id() + " (" + event.type()
                        + ") lacks a required field");
            }
        }
    }

    private void requireKnownSupplier(IncomingEvent event, String uscc) {
        if (facts.find(uscc).isEmpty()) {
            throw new PoisonMessageException("event " + event.id() + " concerns unknown supplier " + uscc);
        }
    }
}
