package org.govbuy.platform.inbox;

import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Properties;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Instance;
import jakarta.persistence.EntityManager;

import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.common.TopicPartition;
import org.apache.kafka.common.header.Header;
import org.apache.kafka.common.header.internals.RecordHeaders;
import org.apache.kafka.common.record.TimestampType;
import org.apache.kafka.common.serialization.StringDeserializer;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.jboss.logging.Logger;

import io.quarkus.narayana.jta.QuarkusTransaction;

import org.govbuy.platform.error.IllegalTransitionException;
import org.govbuy.platform.error.NotFoundProblem;
import org.govbuy.platform.time.Instants;

/**
 * The service's dead letters, for operators: lists what its consumers gave up on (read from the
 * dead-letter topic, with the reason and the original topic, partition and offset) and replays one
 * by handing it back to the consumer of its original topic. A replay is recorded; a record that
 * was replayed successfully is not replayed again.
 */
@ApplicationScoped
public class DeadLetters {

    private static final Logger LOG = Logger.getLogger(DeadLetters.class);
    private static final Duration READ_LIMIT = Duration.ofSeconds(10);

    private final DeadLetterConfig config;
    private final String bootstrapServers;
    private final Instance<ReplayableConsumer> consumers;
    private final EntityManager entityManager;
    private final Clock clock;

    DeadLetters(DeadLetterConfig config, @ConfigProperty(name = "kafka.bootstrap.servers") String bootstrapServers,
            Instance<ReplayableConsumer> consumers, EntityManager entityManager, Clock clock) {
        this.config = config;
        this.bootstrapServers = bootstrapServers;
        this.consumers = consumers;
        this.entityManager = entityManager;
        this.clock = clock;
    }

    /** A dead letter as an operator sees it. */
    public record DeadLetter(int partition, long offset, Instant deadLetteredAt, String key, String eventId,
            String eventType, String originalTopic, Integer originalPartition, Long originalOffset, String reason,
            Replay lastReplay) {
    }

    public record Replay(Instant at, String by, boolean succeeded, String error) {
    }

    /** Every record on the dead-letter topic, oldest first (empty when the service has none). */
    public List<DeadLetter> list() {
        if (config.topic().isEmpty()) {
            return List.of();
        }
        Map<String, Replay> replays = replays();
        List<DeadLetter> letters = new ArrayList<>();
        for (ConsumerRecord<String, String> record : readAll()) {
            letters.add(new DeadLetter(record.partition(), record.offset(), Instant.ofEpochMilli(record.timestamp()),
                    record.key(), header(record, "ce_id"), header(record, "ce_type"),
                    header(record, "dead-letter-topic"), integer(header(record, "dead-letter-partition")),
                    longValue(header(record, "dead-letter-offset")), header(record, "dead-letter-reason"),
                    replays.get(record.partition() + "/" + record.offset())));
        }
        return letters;
    }

    /** Hands the dead letter back to its consumer; records the outcome and returns it. */
    public Replay replay(int partition, long offset, String by) {
        String topic = config.topic().orElseThrow(() -> new NotFoundProblem("this service has no dead letters"));
        Replay previous = replays().get(partition + "/" + offset);
        if (previous != null && previous.succeeded()) {
            throw new IllegalTransitionException("dead letter " + partition + "/" + offset + " was replayed on "
                    + previous.at() + " by " + previous.by());
        }
        ConsumerRecord<String, String> letter = read(topic, partition, offset)
                .orElseThrow(() -> new NotFoundProblem("no dead letter at partition " + partition + ", offset " + offset));
        String originalTopic = header(letter, "dead-letter-topic");
        ReplayableConsumer consumer = consumers.stream().filter(c -> originalTopic != null && c.reads(originalTopic))
                .findFirst().orElseThrow(() -> new IllegalTransitionException(
                        "no consumer of this service reads " + originalTopic));
        Replay outcome;
        try {
            consumer.consume(original(letter, originalTopic));
            outcome = new Replay(clock.instant(), by, true, null);
            LOG.infof("dead letter %d/%d (event %s) replayed by %s", partition, offset, header(letter, "ce_id"), by);
        } catch (RuntimeException e) {
            outcome = new Replay(clock.instant(), by, false, String.valueOf(e.getMessage()));
            LOG.warnf("dead letter %d/%d replayed by %s failed again: %s", partition, offset, by, e.getMessage());
        }
        store(topic, partition, offset, header(letter, "ce_id"), outcome);
        return outcome;
    }

    private void store(String topic, int partition, long offset, String eventId, Replay replay) {
        QuarkusTransaction.requiringNew().run(() -> entityManager.createNativeQuery("""
                INSERT INTO dead_letter_replay (topic, partition_no, record_offset, event_id, replayed_at, replayed_by,
                                                succeeded, error)
                VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8)
                ON CONFLICT (topic, partition_no, record_offset) DO UPDATE
                   SET replayed_at = excluded.replayed_at, replayed_by = excluded.replayed_by,
                       succeeded = excluded.succeeded, error = excluded.error""")
                .setParameter(1, topic).setParameter(2, partition).setParameter(3, offset).setParameter(4, eventId)
                .setParameter(5, replay.at()).setParameter(6, replay.by()).setParameter(7, replay.succeeded())
                .setParameter(8, replay.error() == null ? null
                        : replay.error().substring(0, Math.min(1000, replay.error().length())))
                .executeUpdate());
    }

    private Map<String, Replay> replays() {
        Map<String, Replay> replays = new HashMap<>();
        String topic = config.topic().orElse("");
        QuarkusTransaction.requiringNew().run(() -> {
            List<?> rows = entityManager.createNativeQuery("""
                    SELECT partition_no, record_offset, replayed_at, replayed_by, succeeded, error
                      FROM dead_letter_replay WHERE topic = ?1""").setParameter(1, topic).getResultList();
            for (Object row : rows) {
                Object[] columns = (Object[]) row;
                replays.put(columns[0] + "/" + columns[1], new Replay(Instants.of(columns[2]), (String) columns[3],
                        (Boolean) columns[4], (String) columns[5]));
            }
        });
        return replays;
    }

    /** The record as its consumer first saw it: original topic and coordinates, without dead-letter headers. */
    private static ConsumerRecord<String, String> original(ConsumerRecord<String, String> letter, String topic) {
        RecordHeaders headers = new RecordHeaders();
        for (Header header : letter.headers()) {
            if (!header.key().startsWith("dead-letter-")) {
                headers.add(header);
            }
        }
        Integer partition = integer(header(letter, "dead-letter-partition"));
        Long offset = longValue(header(letter, "dead-letter-offset"));
        return new ConsumerRecord<>(topic, partition == null ? 0 : partition, offset == null ? -1 : offset,
                letter.timestamp(), TimestampType.CREATE_TIME, -1, -1, letter.key(), letter.value(), headers,
                Optional.empty());
    }

    private List<ConsumerRecord<String, String>> readAll() {
        try (KafkaConsumer<String, String> consumer = newConsumer()) {
            List<TopicPartition> partitions = partitionsOf(consumer, config.topic().orElseThrow());
            if (partitions.isEmpty()) {
                return List.of();
            }
            consumer.assign(partitions);
            consumer.seekToBeginning(partitions);
            Map<TopicPartition, Long> ends = consumer.endOffsets(partitions);
            List<ConsumerRecord<String, String>> records = new ArrayList<>();
            Instant deadline = Instant.now().plus(READ_LIMIT);
            while (Instant.now().isBefore(deadline)
                    && partitions.stream().anyMatch(p -> consumer.position(p) < ends.get(p))) {
                consumer.poll(Duration.ofMillis(200)).forEach(records::add);
            }
            records.sort(java.util.Comparator.comparingLong(ConsumerRecord::timestamp));
            return records;
        }
    }

    private Optional<ConsumerRecord<String, String>> read(String topic, int partition, long offset) {
        try (KafkaConsumer<String, String> consumer = newConsumer()) {
            if (partitionsOf(consumer, topic).stream().noneMatch(p -> p.partition() == partition)) {
                return Optional.empty();
            }
            TopicPartition target = new TopicPartition(topic, partition);
            consumer.assign(List.of(target));
            if (offset < 0 || offset >= consumer.endOffsets(List.of(target)).get(target)) {
                return Optional.empty();
            }
            consumer.seek(target, offset);
            Instant deadline = Instant.now().plus(READ_LIMIT);
            while (Instant.now().isBefore(deadline)) {
                for (ConsumerRecord<String, String> record : consumer.poll(Duration.ofMillis(200))) {
                    if (record.offset() == offset) {
                        return Optional.of(record);
                    }
                }
            }
            return Optional.empty();
        }
    }

    private static List<TopicPartition> partitionsOf(KafkaConsumer<String, String> consumer, String topic) {
        var infos = consumer.partitionsFor(topic, Duration.ofSeconds(5));
        return infos == null ? List.of()
                : infos.stream().map(info -> new TopicPartition(topic, info.partition())).toList();
    }

    private KafkaConsumer<String, String> newConsumer() {
        Properties properties = new Properties();
        properties.put(ConsumerConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrapServers);
        properties.put(ConsumerConfig.ENABLE_AUTO_COMMIT_CONFIG, "false");
        properties.put(ConsumerConfig.ALLOW_AUTO_CREATE_TOPICS_CONFIG, "false");
        properties.put(ConsumerConfig.CLIENT_ID_CONFIG, "govbuy-dead-letters");
        return new KafkaConsumer<>(properties, new StringDeserializer(), new StringDeserializer());
    }

    private static String header(ConsumerRecord<String, String> record, String name) {
        Header header = record.headers().lastHeader(name);
        return header == null ? null : new String(header.value(), StandardCharsets.UTF_8);
    }

    private static Integer integer(String text) {
        try {
            return text == null ? null : Integer.valueOf(text.trim());
        } catch (NumberFormatException e) {
            return null;
        }
    }

    private static Long longValue(String text) {
        try {
            return text == null ? null : Long.valueOf(text.trim());
        } catch (NumberFormatException e) {
            return null;
        }
    }
}
