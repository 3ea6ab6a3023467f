package org.govbuy.tender.messaging;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import java.util.stream.Collectors;

import jakarta.inject.Inject;

import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.junit.jupiter.api.Test;

import io.agroal.api.AgroalDataSource;
import io.quarkus.test.junit.QuarkusTest;

import org.govbuy.tender.CreditEvents;
import org.govbuy.testsupport.PostgresDatabaseResource;
import org.govbuy.testsupport.Sql;
import org.govbuy.testsupport.TopicReader;

/**
 * PostgreSQL stops for a few seconds and starts again while credit events flow into the supplier projection: the consumer waits
 * for the database instead of giving up, so nothing goes to dead letters and every event is
 * applied exactly once.
 */
@QuarkusTest
class DatabaseOutageTest {

    private static final int EVENTS = 120;

    @Inject
    AgroalDataSource dataSource;

    @ConfigProperty(name = "kafka.bootstrap.servers")
    String bootstrap;

    @Test
    void aDatabaseRestartUnderTheConsumerDeadLettersNothingAndAppliesEveryEventOnce() throws Exception {
        List<String> codes = new ArrayList<>();
        List<String> eventIds = new ArrayList<>();
        for (int i = 0; i < EVENTS; i++) {
            codes.add(CreditEvents.newUscc());
            eventIds.add(CreditEvents.newEventId());
        }
        CompletableFuture<Void> flowing = CompletableFuture.runAsync(() -> {
            for (int i = 0; i < EVENTS; i++) {
                CreditEvents.send(bootstrap, eventIds.get(i), SupplierRegisteredV1.TYPE, codes.get(i),
                        CreditEvents.supplierRegistered(codes.get(i), "重启期间登记的社会组织" + i));
                pause(25);
            }
        });
        // once the consumer is busy with the first events, the server goes down for 8 s
        await().atMost(Duration.ofSeconds(30)).until(() -> applied(codes) > 0);
        PostgresDatabaseResource.privateCluster().restart(Duration.ofSeconds(8));
        flowing.get(60, TimeUnit.SECONDS);

        await().atMost(Duration.ofSeconds(90)).pollInterval(Duration.ofMillis(500))
                .until(() -> applied(codes) == EVENTS);
        String ids = eventIds.stream().map(id -> "'" + id + "'").collect(Collectors.joining(","));
        assertThat(Sql.count(dataSource, "SELECT count(*) FROM inbox_event WHERE event_id IN (" + ids + ")"))
                .isEqualTo(EVENTS);
        List<ConsumerRecord<String, String>> dead = TopicReader.readUntil(bootstrap, "tender.dlq", read -> false,
                Duration.ofSeconds(3));
        assertThat(dead).noneMatch(r -> eventIds.contains(TopicReader.header(r, "ce_id")));
    }

    private long applied(List<String> codes) {
        try {
            return Sql.count(dataSource, "SELECT count(*) FROM supplier_projection WHERE uscc IN ("
                    + codes.stream().map(c -> "'" + c + "'").collect(Collectors.joining(",")) + ")");
        } catch (IllegalStateException databaseAway) {
            return -1;
        }
    }

    private static void pause(long millis) {
        try {
            Thread.sleep(millis);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
