package org.govbuy.platform.idempotency;

import java.time.Clock;
import java.time.Duration;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;

import org.govbuy.platform.schedule.DueJob;
import org.govbuy.platform.schedule.RecurringJob;

/** Every hour, forgets idempotency keys older than a day: a portal retries within minutes. */
@ApplicationScoped
public class IdempotencyKeyPurge implements RecurringJob {

    static final Duration KEPT = Duration.ofDays(1);

    private final EntityManager entityManager;
    private final Clock clock;

    IdempotencyKeyPurge(EntityManager entityManager, Clock clock) {
        this.entityManager = entityManager;
        this.clock = clock;
    }

    @Override
    public String kind() {
        return "platform.idempotency-key-purge";
    }

    @Override
    public String cron() {
        return "0 17 * * * ?";
    }

    @Override
    public void run(DueJob job) {
        entityManager.createNativeQuery("DELETE FROM idempotency_key WHERE created_at < ?1")
                .setParameter(1, clock.instant().minus(KEPT)).executeUpdate();
    }
}
