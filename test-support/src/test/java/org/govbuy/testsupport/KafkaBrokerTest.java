package org.govbuy.testsupport;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.Map;

import org.junit.jupiter.api.Test;

/** The test broker is a real Kafka that keeps its data across a stop and a start. */
class KafkaBrokerTest {

    @Test
    void aRecordWrittenBeforeARestartIsStillThereAfterIt() {
        try (KafkaBroker broker = KafkaBroker.create()) {
            broker.start();
            TopicReader.send(broker.bootstrapServers(), "restart-test", "k", "before", Map.of("ce_id", "1"));
            broker.stop();
            broker.start();
            TopicReader.send(broker.bootstrapServers(), "restart-test", "k", "after", Map.of("ce_id", "2"));

            var records = TopicReader.readUntil(broker.bootstrapServers(), "restart-test", read -> read.size() >= 2,
                    Duration.ofSeconds(30));
            assertThat(records).extracting(r -> r.value()).containsExactly("before", "after");
            assertThat(TopicReader.header(records.get(0), "ce_id")).isEqualTo("1");
        }
    }
}
