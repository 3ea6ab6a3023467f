package org.govbuy.platform.outbox;

import java.util.Map;
import java.util.Properties;

import org.apache.kafka.clients.producer.ProducerConfig;

/**
 * The relay's Kafka producer settings, in a class of their own (no framework types) so that tests
 * and the benchmarks' raw Kafka baseline produce exactly as the relay does.
 */
public final class RelayProducerSettings {

    private RelayProducerSettings() {
    }

    /** Producer settings that make an acknowledgement mean "stored on every in-sync replica". */
    public static Properties producerProperties(String bootstrapServers) {
        Properties properties = new Properties();
        properties.putAll(Map.of(
                ProducerConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrapServers,
                ProducerConfig.ACKS_CONFIG, "all",
                ProducerConfig.ENABLE_IDEMPOTENCE_CONFIG, "true",
                ProducerConfig.MAX_IN_FLIGHT_REQUESTS_PER_CONNECTION, "5",
                ProducerConfig.MAX_BLOCK_MS_CONFIG, "5000",
                ProducerConfig.REQUEST_TIMEOUT_MS_CONFIG, "5000",
                ProducerConfig.DELIVERY_TIMEOUT_MS_CONFIG, "10000",
                ProducerConfig.LINGER_MS_CONFIG, "0",
                ProducerConfig.RECONNECT_BACKOFF_MAX_MS_CONFIG, "1000",
                ProducerConfig.CLIENT_ID_CONFIG, "govbuy-outbox-relay"));
        // the broker's default message.max.bytes; Outbox.record refuses events above maxEventSize
        properties.put(ProducerConfig.MAX_REQUEST_SIZE_CONFIG, Integer.toString(1024 * 1024));
        return properties;
    }
}
