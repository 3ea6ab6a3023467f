package org.govbuy.platform.outbox;

import java.sql.DriverManager;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Properties;
import java.util.concurrent.ExecutionException;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;

import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.AdminClientConfig;
import org.apache.kafka.clients.admin.NewTopic;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.Producer;
import org.apache.kafka.common.config.TopicConfig;
import org.apache.kafka.common.errors.TopicExistsException;
import org.apache.kafka.common.serialization.StringSerializer;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.jboss.logging.Logger;

import io.agroal.api.AgroalDataSource;
import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.MeterRegistry;
import io.quarkus.runtime.ShutdownEvent;
import io.quarkus.runtime.StartupEvent;

import org.govbuy.platform.feed.PublicChanges;

/**
 * Runs this instance's {@link OutboxRelay}: an idempotent, acks=all producer, a dedicated LISTEN
 * connection to the service's database, and the backlog metrics.
 */
@ApplicationScoped
public class OutboxRelayService {

    private static final Logger LOG = Logger.getLogger(OutboxRelayService.class);

    @Inject
    OutboxConfig config;

    @Inject
    AgroalDataSource dataSource;

    @Inject
    MeterRegistry registry;

    @Inject
    PublicChanges publicChanges;

    @ConfigProperty(name = "kafka.bootstrap.servers", defaultValue = "127.0.0.1:9092")
    String bootstrapServers;

    @ConfigProperty(name = "quarkus.datasource.jdbc.url")
    String jdbcUrl;

    @ConfigProperty(name = "quarkus.datasource.username")
    Optional<String> username;

    @ConfigProperty(name = "quarkus.datasource.password")
    Optional<String> password;

    private Producer<String, String> producer;
    private OutboxRelay relay;

    void onStart(@Observes StartupEvent event) {
        if (!config.enabled()) {
            return;
        }
        producer = new KafkaProducer<>(RelayProducerSettings.producerProperties(bootstrapServers), new StringSerializer(),
                new StringSerializer());
        relay = newRelay(producer);
        Gauge.builder("govbuy.outbox.backlog", relay, OutboxRelay::backlog)
                .description("Outbox events not yet acknowledged by Kafka").register(registry);
        Gauge.builder("govbuy.outbox.oldest.age", relay, OutboxRelay::oldestUnpublishedAgeSeconds)
                .baseUnit("seconds").description("Age of the oldest unpublished outbox event").register(registry);
        Gauge.builder("govbuy.outbox.parked", relay, OutboxRelay::parked)
                .description("Outbox events the broker refused for good; an operator must act").register(registry);
        if (config.createTopic()) {
            Thread.ofVirtual().name("outbox-topic").start(this::createTopicIfMissing);
        }
        relay.start("outbox-relay");
    }

    private void createTopicIfMissing() {
        Properties properties = new Properties();
        properties.put(AdminClientConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrapServers);
        properties.put(AdminClientConfig.DEFAULT_API_TIMEOUT_MS_CONFIG, "30000");
        try (Admin admin = Admin.create(properties)) {
            admin.createTopics(List.of(new NewTopic(config.topic(), config.topicPartitions(),
                    config.topicReplicationFactor()).configs(Map.of(TopicConfig.MIN_IN_SYNC_REPLICAS_CONFIG,
                            Integer.toString(config.topicMinInsyncReplicas()))))).all().get();
            LOG.infof("created topic %s", config.topic());
        } catch (ExecutionException e) {
            if (!(e.getCause() instanceof TopicExistsException)) {
                LOG.warnf("topic %s could not be created now (%s); the broker will create it on first use",
                        config.topic(), e.getCause().getMessage());
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    void onStop(@Observes ShutdownEvent event) {
        if (relay != null) {
            relay.close();
        }
        if (producer != null) {
            producer.close(java.time.Duration.ofSeconds(5));
        }
    }

    /** This instance's relay, when it runs one. */
    public Optional<OutboxRelay> relay() {
        return Optional.ofNullable(relay);
    }

    /** A relay on this service's database with the given producer (tests run a second one). */
    public OutboxRelay newRelay(Producer<String, String> withProducer) {
        return new OutboxRelay(dataSource, this::openListenConnection, withProducer, OutboxRelay.Settings.from(config),
                publicChanges);
    }

    private java.sql.Connection openListenConnection() throws java.sql.SQLException {
        Properties properties = new Properties();
        username.ifPresent(user -> properties.setProperty("user", user));
        password.ifPresent(secret -> properties.setProperty("password", secret));
        properties.setProperty("ApplicationName", "govbuy-outbox-listener");
        return DriverManager.getConnection(jdbcUrl, properties);
    }
}
