package org.govbuy.platform.inbox;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.StandardCharsets;

import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.junit.jupiter.api.Test;

import com.fasterxml.jackson.databind.ObjectMapper;

class IncomingEventTest {

    record Shape(String uscc) {
    }

    private static ConsumerRecord<String, String> record(String value, String... headers) {
        ConsumerRecord<String, String> record = new ConsumerRecord<>("credit.events", 0, 7, "key", value);
        for (int i = 0; i < headers.length; i += 2) {
            record.headers().add(headers[i], headers[i + 1].getBytes(StandardCharsets.UTF_8));
        }
        return record;
    }

    @Test
    void theCloudEventAttributesComeFromTheHeaders() {
        IncomingEvent event = IncomingEvent.from(record("{\"uscc\":\"X\"}", "ce_id", "e-1", "ce_type",
                "govbuy.credit.supplier.registered.v1", "ce_region", "110108", "X-Request-Id", "r-1"));
        assertThat(event.id()).isEqualTo("e-1");
        assertThat(event.region()).isEqualTo("110108");
        assertThat(event.requestId()).isEqualTo("r-1");
        assertThat(event.dataAs(new ObjectMapper(), Shape.class).uscc()).isEqualTo("X");
    }

    @Test
    void aRecordWithoutIdOrTypeIsPoison() {
        assertThatThrownBy(() -> IncomingEvent.from(record("{}", "ce_type", "t")))
                .isInstanceOf(PoisonMessageException.class).hasMessageContaining("credit.events-0@7");
        assertThatThrownBy(() -> IncomingEvent.from(record("{}", "ce_id", "e-2")))
                .isInstanceOf(PoisonMessageException.class);
    }

    @Test
    void dataThatIsNotTheDocumentedShapeIsPoison() {
        IncomingEvent event = IncomingEvent.from(record("{not json", "ce_id", "e-3", "ce_type", "t"));
        assertThatThrownBy(() -> event.dataAs(new ObjectMapper(), Shape.class))
                .isInstanceOf(PoisonMessageException.class).hasMessageContaining("e-3");
    }
}
