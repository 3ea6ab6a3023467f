package org.govbuy.platform.health;

import java.util.Properties;
import java.util.concurrent.TimeUnit;

import jakarta.annotation.PreDestroy;
import jakarta.enterprise.context.ApplicationScoped;

import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.AdminClientConfig;
import org.apache.kafka.clients.admin.DescribeClusterOptions;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.eclipse.microprofile.health.HealthCheck;
import org.eclipse.microprofile.health.HealthCheckResponse;
import org.eclipse.microprofile.health.HealthCheckResponseBuilder;

import io.smallrye.health.api.Wellness;

import org.govbuy.platform.outbox.OutboxRelayService;

/**
 * Whether the Kafka cluster answers, with the outbox backlog beside it — a wellness check, shown
 * in {@code /q/health} and {@code /q/health/well} but deliberately not in readiness: with the
 * outbox, writes go on while the broker is away (they wait in the outbox), so a broker outage must
 * not take every pod out of its Service. Operators alert on the outbox's age and parked rows
 * ({@code govbuy_outbox_oldest_age_seconds}, {@code govbuy_outbox_parked}) instead.
 */
@Wellness
@ApplicationScoped
public class KafkaHealthCheck implements HealthCheck {

    private final String bootstrapServers;
    private final OutboxRelayService outbox;
    private volatile Admin admin;

    KafkaHealthCheck(@ConfigProperty(name = "kafka.bootstrap.servers") String bootstrapServers,
            OutboxRelayService outbox) {
        this.bootstrapServers = bootstrapServers;
        this.outbox = outbox;
    }

    @Override
    public HealthCheckResponse call() {
        HealthCheckResponseBuilder builder = HealthCheckResponse.named("kafka");
        outbox.relay().ifPresent(relay -> builder.withData("outboxBacklog", relay.backlog())
                .withData("outboxOldestAgeSeconds", (long) relay.oldestUnpublishedAgeSeconds())
                .withData("outboxParked", relay.parked()));
        try {
            String clusterId = admin().describeCluster(new DescribeClusterOptions().timeoutMs(2000))
                    .clusterId().get(3, TimeUnit.SECONDS);
            return builder.up().withData("clusterId", clusterId).build();
        } catch (Exception e) {
            return builder.down()
                    .withData("bootstrapServers", bootstrapServers)
                    .withData("error", String.valueOf(e.getCause() != null ? e.getCause().getMessage() : e.getMessage()))
                    .build();
        }
    }

    private Admin admin() {
        if (admin == null) {
            synchronized (this) {
                if (admin == null) {
                    Properties properties = new Properties();
                    properties.put(AdminClientConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrapServers);
                    properties.put(AdminClientConfig.CLIENT_ID_CONFIG, "govbuy-health");
                    properties.put(AdminClientConfig.REQUEST_TIMEOUT_MS_CONFIG, "2000");
                    properties.put(AdminClientConfig.DEFAULT_API_TIMEOUT_MS_CONFIG, "3000");
                    properties.put(AdminClientConfig.RECONNECT_BACKOFF_MAX_MS_CONFIG, "1000");
                    admin = Admin.create(properties);
                }
            }
        }
        return admin;
    }

    @PreDestroy
    void close() {
        if (admin != null) {
            admin.close(java.time.Duration.ofSeconds(2));
        }
    }
}
