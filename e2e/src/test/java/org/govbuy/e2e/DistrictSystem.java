package org.govbuy.e2e;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.UUID;
import java.util.function.Predicate;

import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.common.TopicPartition;
import org.apache.kafka.common.serialization.StringDeserializer;

import org.govbuy.testsupport.TopicReader;

/** A district system that reads GovBuy's topics from the start, as one joining late does. */
final class DistrictSystem {

    private static final List<String> TOPICS = List.of("catalog.events", "tender.events", "contract.events",
            "evaluation.events", "credit.events");

    /** Each topic's public resource and the REST change feed that carries its public events (ADR 47). */
    private static final Map<String, String> FEED_OF_TOPIC = Map.of(
            "catalog.events", "/api/v1/public/catalogues/changes",
            "tender.events", "/api/v1/public/tenders/changes",
            "contract.events", "/api/v1/public/contracts/changes",
            "evaluation.events", "/api/v1/public/evaluations/changes",
            "credit.events", "/api/v1/public/suppliers/changes");

    /** One event as a district system keeps it. */
    record Event(String topic, String id, String type, String region, String data) {
    }

    private DistrictSystem() {
    }

    /** The change feed a system without Kafka reads instead of {@code topic}. */
    static String feedOf(String topic) {
        return FEED_OF_TOPIC.get(topic);
    }

    /**
     * The one event of {@code type} among a subject's: a relay that died before it marked an event
     * sent may have sent it again, so the same event (same id) may be there twice, but never two.
     */
    static Event only(List<Event> events, String type) {
        assertThat(events).as("events").isNotNull();
        List<Event> ofType = events.stream().filter(e -> type.equals(e.type())).toList();
        assertThat(ofType.stream().map(Event::id).distinct()).as(type).hasSize(1);
        return ofType.get(0);
    }

    /**
     * Every topic from its first offset to its end as of now, as a new district system reads it, keeping the
     * records {@code keep} accepts; by subject, in the order they came (one subject is one key, one partition).
     */
    static Map<String, List<Event>> replay(WholeSuite suite, Predicate<ConsumerRecord<String, String>> keep) {
        Properties properties = new Properties();
        properties.put(ConsumerConfig.BOOTSTRAP_SERVERS_CONFIG, suite.kafkaBootstrap());
        properties.put(ConsumerConfig.GROUP_ID_CONFIG, "district-" + UUID.randomUUID());
        properties.put(ConsumerConfig.ENABLE_AUTO_COMMIT_CONFIG, "false");
        properties.put(ConsumerConfig.ISOLATION_LEVEL_CONFIG, "read_committed");
        Map<String, List<Event>> bySubject = new LinkedHashMap<>();
        try (KafkaConsumer<String, String> consumer = new KafkaConsumer<>(properties, new StringDeserializer(),
                new StringDeserializer())) {
            List<TopicPartition> partitions = new ArrayList<>();
            TOPICS.forEach(topic -> consumer.partitionsFor(topic)
                    .forEach(p -> partitions.add(new TopicPartition(topic, p.partition()))));
            consumer.assign(partitions);
            consumer.seekToBeginning(partitions);
            Map<TopicPartition, Long> end = consumer.endOffsets(partitions);
            Instant limit = Instant.now().plus(Duration.ofSeconds(60));
            while (partitions.stream().anyMatch(p -> consumer.position(p) < end.get(p))) {
                assertThat(Instant.now()).as("replay finished in time").isBefore(limit);
                for (ConsumerRecord<String, String> record : consumer.poll(Duration.ofMillis(200))) {
                    if (keep.test(record)) {
                        bySubject.computeIfAbsent(TopicReader.header(record, "ce_subject"), s -> new ArrayList<>())
                                .add(new Event(record.topic(), TopicReader.header(record, "ce_id"),
                                        TopicReader.header(record, "ce_type"), TopicReader.header(record, "ce_region"),
                                        record.value()));
                    }
                }
            }
        }
        return bySubject;
    }
}
