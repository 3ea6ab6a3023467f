package org.govbuy.e2e.bench;

import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.UUID;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.atomic.AtomicBoolean;

import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.AdminClientConfig;
import org.apache.kafka.clients.admin.NewTopic;
import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.TopicPartition;
import org.apache.kafka.common.serialization.StringDeserializer;
import org.apache.kafka.common.serialization.StringSerializer;

import org.govbuy.platform.outbox.RelayProducerSettings;

/**
 * What the broker under the suite does on its own: a record sent with the relay's producer
 * settings (acks=all, idempotent, no linger) until a plain consumer on the same broker receives it,
 * at a fixed rate through {@link OpenModelLoad}. The floor of any event's trip through GovBuy.
 */
public final class KafkaRoundTrip implements AutoCloseable {

    private final String topic = "govbuy.bench.round-trip." + UUID.randomUUID();
    private final KafkaProducer<String, String> producer;
    private final KafkaConsumer<String, String> consumer;
    private final Map<String, CompletableFuture<Boolean>> waiting = new ConcurrentHashMap<>();
    private final AtomicBoolean running = new AtomicBoolean(true);
    private final Thread receiver;

    public KafkaRoundTrip(String bootstrapServers) {
        try (Admin admin = Admin.create(Map.of(AdminClientConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrapServers))) {
            admin.createTopics(List.of(new NewTopic(topic, 1, (short) 1))).all().get();
        } catch (ExecutionException e) {
            throw new IllegalStateException("cannot create " + topic, e.getCause());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
        producer = new KafkaProducer<>(RelayProducerSettings.producerProperties(bootstrapServers), new StringSerializer(),
                new StringSerializer());
        Properties consumerProperties = new Properties();
        consumerProperties.put(ConsumerConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrapServers);
        consumerProperties.put(ConsumerConfig.ENABLE_AUTO_COMMIT_CONFIG, "false");
        consumer = new KafkaConsumer<>(consumerProperties, new StringDeserializer(), new StringDeserializer());
        TopicPartition partition = new TopicPartition(topic, 0);
        consumer.assign(List.of(partition));
        consumer.seekToBeginning(List.of(partition));
        receiver = Thread.ofPlatform().name("bench-kafka-receiver").start(this::receive);
    }

    /** One record: completes when the consumer has received it. */
    public CompletableFuture<Boolean> send(long sequence) {
        String key = Long.toString(sequence);
        CompletableFuture<Boolean> received = new CompletableFuture<>();
        waiting.put(key, received);
        producer.send(new ProducerRecord<>(topic, key, "{\"sequence\":" + sequence + "}"), (metadata, failure) -> {
            if (failure != null) {
                waiting.remove(key);
                received.completeExceptionally(failure);
            }
        });
        return received;
    }

    private void receive() {
        while (running.get()) {
            for (ConsumerRecord<String, String> record : consumer.poll(Duration.ofMillis(100))) {
                CompletableFuture<Boolean> received = waiting.remove(record.key());
                if (received != null) {
                    received.complete(true);
                }
            }
        }
        consumer.close();
    }

    @Override
    public void close() {
        running.set(false);
        try {
            receiver.join(Duration.ofSeconds(5));
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
        producer.close(Duration.ofSeconds(5));
    }
}
