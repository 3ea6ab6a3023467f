package org.govbuy.platform.inbox;

import java.nio.charset.StandardCharsets;

import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.common.header.Header;

/**
 * A CloudEvent read from Kafka in binary mode: attributes from the {@code ce_*} headers, data the
 * record value. A record without an id or type is poison: it can never be processed.
 */
public record IncomingEvent(String id, String type, String source, String subject, String region, String time,
        String requestId, String data) {

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
                record.value());
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

    private static String header(ConsumerRecord<String, String> record, String name) {
        Header header = record.headers().lastHeader(name);
        return header == null ? null : new String(header.value(), StandardCharsets.UTF_8);
    }
}
