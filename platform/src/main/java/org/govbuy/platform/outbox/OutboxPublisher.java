package org.govbuy.platform.outbox;

import java.nio.charset.StandardCharsets;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.Future;

import org.apache.kafka.clients.producer.Producer;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.clients.producer.RecordMetadata;
import org.apache.kafka.common.InvalidRecordException;
import org.apache.kafka.common.errors.RecordBatchTooLargeException;
import org.apache.kafka.common.errors.RecordTooLargeException;
import org.apache.kafka.common.errors.SerializationException;

import org.govbuy.platform.outbox.OutboxStore.Failure;
import org.govbuy.platform.outbox.OutboxStore.PendingEvent;
import org.govbuy.platform.outbox.OutboxStore.RoundOutcome;

/**
 * Sends a batch of outbox rows to Kafka as CloudEvents in binary mode and sorts each row by what
 * the broker said: acknowledged, failed for now (broker away, time-out: tried again later), or
 * refused for good (the record itself is unacceptable: parked). Once a row of an aggregate fails,
 * the aggregate's later rows of the batch are not sent, so the aggregate's order holds.
 */
final class OutboxPublisher {

    private static final DateTimeFormatter CE_TIME = DateTimeFormatter.ISO_OFFSET_DATE_TIME;

    private final Producer<String, String> producer;
    private final String topic;
    private final String source;

    OutboxPublisher(Producer<String, String> producer, String topic, String source) {
        this.producer = producer;
        this.topic = topic;
        this.source = source;
    }

    RoundOutcome send(List<PendingEvent> batch) {
        List<PendingEvent> sent = new ArrayList<>(batch.size());
        List<Future<RecordMetadata>> acks = new ArrayList<>(batch.size());
        Set<String> held = new HashSet<>();
        List<Failure> failed = new ArrayList<>();
        List<Failure> parked = new ArrayList<>();
        for (PendingEvent event : batch) {
            if (held.contains(event.aggregateId())) {
                continue;
            }
            Throwable refused;
            try {
                Future<RecordMetadata> ack = producer.send(toRecord(event));
                refused = failureOf(ack);
                if (refused == null) {
                    acks.add(ack);
                    sent.add(event);
                    continue;
                }
            } catch (RuntimeException e) {
                refused = e;
            }
            held.add(event.aggregateId());
            sort(event, refused, failed, parked);
            if (!neverAccepted(refused)) {
                // the broker or the client is in trouble: every further row would wait and fail too
                break;
            }
        }
        producer.flush();
        List<java.util.UUID> published = new ArrayList<>(sent.size());
        for (int i = 0; i < sent.size(); i++) {
            PendingEvent event = sent.get(i);
            try {
                acks.get(i).get();
                published.add(event.id());
            } catch (ExecutionException e) {
                sort(event, e.getCause() != null ? e.getCause() : e, failed, parked);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                failed.add(new Failure(event.id(), "interrupted while waiting for the broker"));
            }
        }
        return new RoundOutcome(published, failed, parked);
    }

    /** The error of a send the producer refused at once (e.g. a record too large), else null. */
    private static Throwable failureOf(Future<RecordMetadata> ack) {
        if (!ack.isDone()) {
            return null;
        }
        try {
            ack.get();
            return null;
        } catch (ExecutionException e) {
            return e.getCause() != null ? e.getCause() : e;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return e;
        }
    }

    private static void sort(PendingEvent event, Throwable error, List<Failure> failed, List<Failure> parked) {
        Failure failure = new Failure(event.id(), error.getClass().getSimpleName() + ": " + error.getMessage());
        if (neverAccepted(error)) {
            parked.add(failure);
        } else {
            failed.add(failure);
        }
    }

    /**
     * Errors about the record itself, which no retry can cure. Errors about the broker or the
     * client (unreachable, time-outs, authorization) concern every row and are tried again.
     */
    static boolean neverAccepted(Throwable error) {
        return error instanceof RecordTooLargeException || error instanceof RecordBatchTooLargeException
                || error instanceof InvalidRecordException || error instanceof SerializationException;
    }

    ProducerRecord<String, String> toRecord(PendingEvent event) {
        ProducerRecord<String, String> record = new ProducerRecord<>(topic, event.aggregateId(), event.payload());
        header(record, "ce_specversion", "1.0");
        header(record, "ce_id", event.id().toString());
        header(record, "ce_type", event.type());
        header(record, "ce_source", source);
        header(record, "ce_subject", event.aggregateId());
        header(record, "ce_time", CE_TIME.format(event.occurredAt().withOffsetSameInstant(ZoneOffset.UTC)));
        header(record, "content-type", "application/json");
        header(record, "ce_region", event.region());
        header(record, "ce_sequence", event.sequence() == null ? null : event.sequence().toString());
        header(record, "X-Request-Id", event.requestId());
        header(record, "traceparent", event.traceparent());
        return record;
    }

    private static void header(ProducerRecord<String, String> record, String name, String value) {
        if (value != null) {
            record.headers().add(name, value.getBytes(StandardCharsets.UTF_8));
        }
    }
}
