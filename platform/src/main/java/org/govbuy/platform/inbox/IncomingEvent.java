package org.govbuy.platform.inbox;

import java.nio.charset.StandardCharsets;

import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.common.header.Header;

/**
 * A CloudEvent read from Kafka in binary mode: attributes from the {@code ce_*} headers, data the
 * record value. A record without an id or type is poison: it can never be processed.
 */
public record IncomingEvent(String id, String type, String source, String subject, String region, String time,
        String requestId, Long sequence, String data) {

    public static IncomingEvent from(ConsumerRecord<String, String> record) {
        String id = header(record, "ce_id");
        String type = header(record, "ce_type");
        if (id == null || id.isBlank() || type == null || type.isBlank()) {
            throw new PoisonMessageException("record at " + record.topic() + "-" + record.partition() + "@"
                    + record.offset() + " is not a CloudEvent: ce_id and ce_type are required");
        }
        if (record.value() == null) {
            throw new PoisonMessageException("event " + id + " has no data");
        }
        return new IncomingEvent(id, type, header(record, "ce_source"), header(record, "ce_subject"),
                header(record, "ce_region"), header(record, "ce_time"), header(record, "X-Request-Id"),
                sequence(record, id), record.value());
    }

    /** The data as {@code type}; data that does not fit the documented shape is poison. */
    public <T> T dataAs(com.fasterxml.jackson.databind.ObjectMapper mapper, Class<T> type) {
        try {
            return mapper.readValue(data, type);
        } catch (com.fasterxml.jackson.core.JsonProcessingException e) {
            throw new PoisonMessageException("event " + id + " (" + this.type + ") data does not match "
                    + type.getSimpleName() + ": " + e.getOriginalMessage(), e);
        }
    }

    /**
     * The producer's per-aggregate sequence number ({@code ce_sequence}), or null for an event from
     * before sequences existed. A sequence that is not a positive number is poison.
     */
    private static Long sequence(ConsumerRecord<String, String> record, String id) {
        String text = header(record, "ce_sequence");
        if (text == null) {
            return null;
        }
        try {
            long sequence = Long.parseLong(text.trim());
            if (sequence > 0) {
                return sequence;
            }
        } catch (NumberFormatException e) {
            // reported below
        }
        throw new PoisonMessageException("event " + id + " has an unreadable ce_sequence: " + text);
    }

    /** Whether this event is older than, or the same as, the one a projection already applied. */
    public boolean isNotNewerThan(Long appliedSequence) {
        return sequence != null && appliedSequence != null && sequence <= appliedSequence;
    }

    private static String header(ConsumerRecord<String, String> record, String name) {
        Header header = record.headers().lastHeader(name);
        return header == null ? null : new String(header.value(), StandardCharsets.UTF_8);
    }
}
